// libFuzzer, differential: whatever the fast envelope path accepts, the reference decoder accepts
// too and decodes to the same envelope.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "micro/EnvelopeFastPath.h"
#include "micro/JsonRead.h"

using namespace switchboard::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    const auto fast = decodeEnvelopeFast(input);
    if (!fast)
        return 0;
    try {
        if (!(decodeEnvelopeReference(input) == *fast))
            std::abort();
    } catch (const DecodeError &) {
        std::abort(); // the fast path accepted what the reference rejects
    }
    return 0;
}
