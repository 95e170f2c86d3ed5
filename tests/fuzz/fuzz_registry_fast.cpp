// libFuzzer, differential: whatever the simdjson registry path accepts, the reference decoder
// accepts too and decodes to the same value — as a bare service and as a watch/query result.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "micro/JsonRead.h"
#include "micro/RegistryCodec.h"
#include "micro/RegistryFastPath.h"

using namespace switchboard::micro;

namespace {

template <typename T, typename Reference>
void agree(const std::optional<T> &fast, Reference reference)
{
    if (!fast)
        return;
    try {
        if (!(reference() == *fast))
            std::abort();
    } catch (const DecodeError &) {
        std::abort(); // the fast path accepted what the reference rejects
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    agree(decodeServiceFast(input), [&] { return decodeServiceReference(input); });
    agree(decodeResultFast(input), [&] { return decodeResultReference(input); });
    return 0;
}
