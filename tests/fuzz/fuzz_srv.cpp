// libFuzzer: the $SRV decoder never crashes; whatever it accepts encodes without throwing.
#include <cstdint>
#include <string>

#include "micro/JsonRead.h"
#include "srv/SrvCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    try {
        const auto s = switchboard::srv::decodeResponse(input);
        (void)switchboard::srv::encodeInfo(s);
        (void)switchboard::srv::encodeStats(s);
    } catch (const switchboard::micro::DecodeError &) {
    }
    (void)switchboard::srv::parseRfc3339(input);
    return 0;
}
