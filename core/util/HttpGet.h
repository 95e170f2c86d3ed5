#pragma once
// A minimal blocking HTTP/1.0 GET for nats-server's monitoring endpoints (/varz, /routez, …):
// plain HTTP on a trusted network, small JSON bodies, hard timeouts. Not a general HTTP client.

#include <string>

namespace switchboard::util {

struct HttpResponse {
    int status = 0;       ///< 0 when the server could not be reached or answered garbage
    std::string body;
    std::string error;    ///< why status is 0
    [[nodiscard]] bool ok() const noexcept { return status >= 200 && status < 300; }
};

/// url: "http://host:port/path?query". Only http:// is supported.
[[nodiscard]] HttpResponse httpGet(const std::string &url, int timeoutMs = 2000, size_t maxBytes = 64 * 1024 * 1024);

} // namespace switchboard::util
