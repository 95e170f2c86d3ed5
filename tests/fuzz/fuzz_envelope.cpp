// libFuzzer: the envelope decoder never crashes, and whatever it accepts re-encodes to bytes
// that decode to the same envelope.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "micro/Envelope.h"
#include "micro/JsonRead.h"

using namespace switchboard::micro;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    Envelope e;
    try {
        e = decodeEnvelope(input);
    } catch (const DecodeError &) {
        return 0;
    }
    const Envelope again = decodeEnvelope(encodeEnvelope(e));
    if (!(again == e))
        std::abort();
    return 0;
}
