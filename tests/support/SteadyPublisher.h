#pragma once
// Publishes to one subject every 20 ms (50 msgs/s) from a thread of its own until destroyed,
// pausable: a subject that carries messages, then stops, then carries them again.

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "nats/Connection.h"

namespace switchboard::testing {

class SteadyPublisher {
public:
    SteadyPublisher(const std::string &url, std::string subject)
        : m_subject(std::move(subject))
    {
        nats::ConnectOptions o;
        o.servers = {url};
        m_connection = nats::Connection::connect(o);
        m_thread = std::thread([this] {
            while (!m_done) {
                if (m_publishing)
                    m_connection->publish(m_subject, "{}");
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    ~SteadyPublisher()
    {
        m_done = true;
        m_thread.join();
    }
    SteadyPublisher(const SteadyPublisher &) = delete;
    SteadyPublisher &operator=(const SteadyPublisher &) = delete;

    void setPublishing(bool on) { m_publishing = on; }

private:
    std::string m_subject;
    std::shared_ptr<nats::Connection> m_connection;
    std::atomic<bool> m_publishing{true}, m_done{false};
    std::thread m_thread;
};

} // namespace switchboard::testing
