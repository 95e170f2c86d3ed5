#pragma once
// go-micro's NATS registry (WIRE.md §1): Register answers broadcast queries and announces on the
// watch subject (and re-announces every heartbeat); Deregister announces delete; GetService and
// ListServices are broadcast sweeps; Watch follows the watch subject.

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "RegistryOptions.h"
#include "RegistrySweep.h"
#include "RegistryTypes.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

/// A live subscription to the watch subject(s); destroying it stops the callbacks.
class RegistryWatch {
public:
    RegistryWatch() = default;
    explicit RegistryWatch(std::vector<nats::Subscription> subs) : m_subs(std::move(subs)) {}
    void stop() { m_subs.clear(); }

private:
    std::vector<nats::Subscription> m_subs;
};

class Registry {
public:
    using WatchHandler = std::function<void(const RegistryResult &)>;
    /// A watch message that could not be decoded: the reason and the raw bytes.
    using WatchErrorHandler = std::function<void(const std::string &error, const std::string &payload)>;

    Registry(std::shared_ptr<nats::Connection> connection, RegistryOptions options = {});
    ~Registry();
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    void registerService(const Service &service);
    void deregisterService(const Service &service);

    [[nodiscard]] SweepResult getService(const std::string &name) const;
    [[nodiscard]] SweepResult getService(const std::string &name, const SweepOptions &options, int quorum = 0) const;
    [[nodiscard]] SweepResult listServices() const;
    [[nodiscard]] SweepResult listServices(const SweepOptions &options) const;

    /// Handlers run on a cnats thread.
    [[nodiscard]] RegistryWatch watch(WatchHandler onResult, WatchErrorHandler onError = {}) const;

    [[nodiscard]] const RegistryOptions &options() const noexcept { return m_options; }

private:
    struct Registered; // one per service name: versions, encoded replies
    void answerQuery(std::string_view payload, const std::string &reply);
    void listenForQueries();
    void announce(const Service &service, const std::string &action);
    void heartbeatLoop();

    std::shared_ptr<nats::Connection> m_connection;
    RegistryOptions m_options;

    std::mutex m_mutex;
    std::map<std::string, std::unique_ptr<Registered>> m_registered;
    /// One query listener per subject family for every service registered here, while there is
    /// one. (go-micro subscribes once per service: with many services per process that is a
    /// delivery thread each, all woken by every query, and a sweep waits for the slowest.)
    std::vector<nats::Subscription> m_queryListeners;

    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_heartbeat;
};

} // namespace switchboard::micro
