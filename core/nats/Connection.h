#pragma once
// Owning wrapper over natsConnection. Shared: subscriptions keep it alive.

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nats/nats.h>

#include "ConnectOptions.h"
#include "Subscription.h"

namespace switchboard::nats {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

class Connection : public std::enable_shared_from_this<Connection> {
public:
    /// Connects to the first reachable server; throws nats::Error (ConnectionFailed) otherwise.
    static std::shared_ptr<Connection> connect(const ConnectOptions &options);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void publish(const std::string &subject, std::string_view data);
    void publishRequest(const std::string &subject, const std::string &reply, std::string_view data);
    /// Publishes with NATS headers (used by $SRV; go-micro never uses headers).
    void publishWithHeaders(const std::string &subject, const std::string &reply,
                            std::string_view data, const HeaderList &headers);

    [[nodiscard]] Subscription subscribe(const std::string &subject, Subscription::Handler handler,
                                         const std::string &queueGroup = {});

    /// Closes the connection at once, without flushing: what a crashing process does.
    void close();

    /// Round trip to the server: everything published before has been processed by it.
    void flush(int64_t timeoutMs = 5000);
    /// A fresh "_INBOX.<nuid>" subject.
    [[nodiscard]] static std::string newInbox();

    /// The server's URL, with a password or token in it shown as "***".
    [[nodiscard]] std::string connectedUrl() const;
    [[nodiscard]] std::string connectedServerId() const;
    [[nodiscard]] bool isClosed() const;
    [[nodiscard]] natsConnection *raw() const noexcept { return m_conn; }

private:
    explicit Connection(natsConnection *conn) : m_conn(conn) {}
    natsConnection *m_conn = nullptr;
};

} // namespace switchboard::nats
