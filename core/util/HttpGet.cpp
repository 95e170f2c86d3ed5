#include "HttpGet.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace switchboard::util {
namespace {

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool waitFor(int fd, short events, std::chrono::steady_clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0)
        return false;
    pollfd p{fd, events, 0};
    return ::poll(&p, 1, static_cast<int>(left)) == 1;
}

} // namespace

HttpResponse httpGet(const std::string &url, int timeoutMs, size_t maxBytes)
{
    HttpResponse r;
    const std::string prefix = "http://";
    if (url.rfind(prefix, 0) != 0) {
        r.error = "only http:// monitoring URLs are supported: " + url;
        return r;
    }
    const size_t hostStart = prefix.size();
    const size_t pathStart = url.find('/', hostStart);
    const std::string hostPort = url.substr(hostStart, pathStart == std::string::npos ? std::string::npos : pathStart - hostStart);
    const std::string path = pathStart == std::string::npos ? "/" : url.substr(pathStart);
    const size_t colon = hostPort.rfind(':');
    std::string host = colon == std::string::npos ? hostPort : hostPort.substr(0, colon);
    const std::string port = colon == std::string::npos ? "80" : hostPort.substr(colon + 1);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addresses = nullptr;
    if (const int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &addresses); rc != 0) {
        r.error = "cannot resolve " + host + ": " + gai_strerror(rc);
        return r;
    }
    Fd sock;
    for (addrinfo *a = addresses; a && sock.fd < 0; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0
            || (errno == EINPROGRESS && waitFor(fd, POLLOUT, deadline))) {
            int err = 0;
            socklen_t len = sizeof err;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            if (err == 0) {
                sock.fd = fd;
                break;
            }
            r.error = std::strerror(err);
        }
        ::close(fd);
    }
    ::freeaddrinfo(addresses);
    if (sock.fd < 0) {
        r.error = "cannot connect to " + hostPort + (r.error.empty() ? "" : ": " + r.error);
        return r;
    }
    const std::string request = "GET " + path + " HTTP/1.0\r\nHost: " + hostPort + "\r\nAccept: application/json\r\n\r\n";
    size_t sent = 0;
    while (sent < request.size()) {
        if (!waitFor(sock.fd, POLLOUT, deadline)) {
            r.error = "timeout sending to " + hostPort;
            return r;
        }
        const ssize_t n = ::send(sock.fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            r.error = "connection to " + hostPort + " lost";
            return r;
        }
        sent += static_cast<size_t>(n);
    }
    std::string response;
    char buf[16384];
    for (;;) {
        if (!waitFor(sock.fd, POLLIN, deadline)) {
            r.error = "timeout reading from " + hostPort;
            return r;
        }
        const ssize_t n = ::recv(sock.fd, buf, sizeof buf, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0)
            break;
        response.append(buf, static_cast<size_t>(n));
        if (response.size() > maxBytes) {
            r.error = "response from " + hostPort + " is too large";
            return r;
        }
    }
    const size_t bodyStart = response.find("\r\n\r\n");
    int status = 0;
    if (bodyStart == std::string::npos || std::sscanf(response.c_str(), "HTTP/%*d.%*d %d", &status) != 1) {
        r.error = "not an HTTP response from " + hostPort;
        return r;
    }
    r.status = status;
    r.body = response.substr(bodyStart + 4);
    return r;
}

} // namespace switchboard::util
