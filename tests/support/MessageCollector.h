#pragma once
// Collects raw messages from a subscription so a test can wait for them and inspect the bytes.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "nats/Connection.h"

namespace switchboard::testing {

struct RawMessage {
    std::string subject, reply, data;
};

class MessageCollector {
public:
    MessageCollector(nats::Connection &connection, const std::string &subject, const std::string &queue = {})
        : m_state(std::make_shared<State>())
    {
        m_sub = connection.subscribe(
            subject,
            [state = m_state](nats::Message &&m) {
                std::lock_guard lock(state->mutex);
                state->messages.push_back({std::string(m.subject()), std::string(m.reply()), std::string(m.data())});
                state->arrived.notify_all();
            },
            queue);
        connection.flush();
    }

    /// Waits until at least n messages arrived; returns whether they did.
    bool waitFor(size_t n, std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        std::unique_lock lock(m_state->mutex);
        return m_state->arrived.wait_for(lock, timeout, [&] { return m_state->messages.size() >= n; });
    }

    std::vector<RawMessage> messages() const
    {
        std::lock_guard lock(m_state->mutex);
        return m_state->messages;
    }

    size_t count() const
    {
        std::lock_guard lock(m_state->mutex);
        return m_state->messages.size();
    }

private:
    struct State {
        std::mutex mutex;
        std::condition_variable arrived;
        std::vector<RawMessage> messages;
    };
    std::shared_ptr<State> m_state;
    nats::Subscription m_sub;
};

} // namespace switchboard::testing
