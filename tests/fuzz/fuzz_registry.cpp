// libFuzzer: registry decoders never crash; an accepted message survives a round trip through
// both wire layouts unchanged.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "micro/JsonRead.h"
#include "micro/MicroError.h"
#include "micro/RegistryCodec.h"

using namespace switchboard::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    try {
        const RegistryResult r = decodeResult(input);
        for (WireLayout layout : {WireLayout::Modern, WireLayout::Legacy})
            if (!(decodeResult(encodeResult(r, layout)) == r))
                std::abort();
    } catch (const DecodeError &) {
    }
    try {
        const Service s = decodeService(input);
        if (!(decodeService(encodeService(s, WireLayout::Modern)) == s))
            std::abort();
    } catch (const DecodeError &) {
    }
    (void)MicroError::parse(input).toJson();
    return 0;
}
