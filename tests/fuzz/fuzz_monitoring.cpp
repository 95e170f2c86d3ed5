// libFuzzer: the nats-server monitoring decoders (VARZ, ROUTEZ, CONNZ, $SYS replies), Go
// durations and Micro-Error headers never crash on any input; they decode or throw DecodeError.
#include <cstdint>
#include <string>

#include "live/MonitoringData.h"
#include "micro/JsonRead.h"
#include "micro/MicroError.h"
#include "util/GoDuration.h"

using namespace switchboard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    try {
        live::ServerInfo server;
        live::applyVarz(server, input);
    } catch (const micro::DecodeError &) {
    }
    try {
        (void)live::parseRoutez(input);
    } catch (const micro::DecodeError &) {
    }
    try {
        (void)live::parseConnzSubjects(input);
    } catch (const micro::DecodeError &) {
    }
    const live::SysReply reply = live::parseSysReply(input); // reports, never throws
    if (reply.error.empty() && !reply.data.empty()) {
        try {
            live::ServerInfo server;
            live::applyVarz(server, reply.data);
        } catch (const micro::DecodeError &) {
        }
    }
    (void)util::parseGoDurationNs(input);
    (void)micro::MicroError::parse(input);
    return 0;
}
