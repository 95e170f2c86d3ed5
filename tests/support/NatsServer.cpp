#include "NatsServer.h"

#include "util/HttpGet.h"

namespace switchboard::testing {

std::string httpGet(int port, const std::string &path, int timeoutMs)
{
    const util::HttpResponse r = util::httpGet("http://127.0.0.1:" + std::to_string(port) + path, timeoutMs);
    return r.status > 0 ? r.body : std::string();
}

} // namespace switchboard::testing
