#pragma once
// Hosting a NATS micro ($SRV) service: the nine plain control subscriptions (PING/INFO/STATS at
// three levels), queue-group endpoints, per-endpoint stats, and error replies in headers.
// go-micro does not speak $SRV; this is for services (and the demo) that do.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "SrvTypes.h"
#include "micro/Envelope.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}
namespace switchboard::util {
class WorkerPool;
}

namespace switchboard::srv {

/// Thrown by a handler: becomes Nats-Service-Error / Nats-Service-Error-Code (+ optional body).
class SrvError : public std::runtime_error {
public:
    SrvError(int code, const std::string &description, std::string body = {})
        : std::runtime_error(description), m_code(code), m_body(std::move(body)) {}
    [[nodiscard]] int code() const noexcept { return m_code; }
    [[nodiscard]] const std::string &body() const noexcept { return m_body; }

private:
    int m_code;
    std::string m_body;
};

struct SrvRequest {
    std::string subject;
    std::string body;
    micro::Header headers;
};
using SrvHandler = std::function<std::string(const SrvRequest &)>;

struct SrvServiceOptions {
    std::string name;          ///< [A-Za-z0-9-_]+
    std::string version = "1.0.0";
    std::string description;
    Metadata metadata;
    std::string queueGroup = "q";
    int workers = 2;
};

class SrvService {
public:
    SrvService(std::shared_ptr<nats::Connection> connection, SrvServiceOptions options);
    ~SrvService();

    /// subject empty: the endpoint name.
    void addEndpoint(const std::string &name, SrvHandler handler, const std::string &subject = {},
                     std::optional<Metadata> metadata = std::nullopt);
    void start();
    void stop(); ///< $SRV has no deregistration: the instance simply stops answering

    [[nodiscard]] const std::string &id() const noexcept { return m_id; }
    /// Current PING/INFO/STATS content.
    [[nodiscard]] SrvInstance snapshot() const;

private:
    struct Endpoint;
    void serve(Endpoint &endpoint, nats::Message &&msg);

    std::shared_ptr<nats::Connection> m_connection;
    SrvServiceOptions m_options;
    std::string m_id;
    int64_t m_startedUnixNs = 0;
    std::vector<std::unique_ptr<Endpoint>> m_endpoints;
    std::unique_ptr<util::WorkerPool> m_pool;
    std::vector<nats::Subscription> m_subscriptions;
    mutable std::mutex m_statsMutex;
};

} // namespace switchboard::srv
