#pragma once
// Owning wrapper over an asynchronous natsSubscription. Destroying it unsubscribes and waits
// until cnats has stopped calling the handler, so a handler may safely capture its owner.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <nats/nats.h>

#include "Message.h"

namespace switchboard::nats {

class Connection;

class Subscription {
public:
    /// Runs on a cnats delivery thread, never on the caller's thread.
    using Handler = std::function<void(Message &&)>;

    Subscription() = default;
    Subscription(Subscription &&other) noexcept;
    Subscription &operator=(Subscription &&other) noexcept;
    Subscription(const Subscription &) = delete;
    Subscription &operator=(const Subscription &) = delete;
    ~Subscription();

    [[nodiscard]] bool isActive() const noexcept { return m_sub != nullptr; }
    [[nodiscard]] const std::string &subject() const noexcept { return m_subject; }

    /// Removes interest and waits for the handler to return (unless called from the handler).
    void unsubscribe();
    /// Explicit cnats pending limits: beyond them messages are dropped and counted.
    void setPendingLimits(int messages, int bytes);
    /// Messages cnats dropped for this subscription because the handler fell behind.
    [[nodiscard]] int64_t dropped() const;
    /// Messages received by cnats but not yet handed to the handler.
    [[nodiscard]] int pendingMessages() const;

private:
    friend class Connection;
    struct State;
    static Subscription create(std::shared_ptr<Connection> connection, const std::string &subject,
                               const std::string &queueGroup, Handler handler);
    Subscription(std::shared_ptr<Connection> connection, natsSubscription *sub,
                 std::shared_ptr<State> state, std::string subject);

    static void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure);
    static void onComplete(void *closure);

    std::shared_ptr<Connection> m_connection; // keeps the connection alive while subscribed
    natsSubscription *m_sub = nullptr;
    std::shared_ptr<State> m_state;
    std::string m_subject;
};

} // namespace switchboard::nats
