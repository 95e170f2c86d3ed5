#include "Registry.h"

#include "JsonRead.h"
#include "RegistryCodec.h"
#include "nats/Connection.h"
#include "nats/Error.h"

#include <algorithm>

namespace switchboard::micro {

struct Registry::Registered {
    std::vector<Service> versions;          ///< local cache, merged like go-micro's addServices
    std::vector<Service> announced;         ///< as passed to registerService: re-announced on heartbeat
    std::vector<std::string> encodedReplies; ///< bare Service JSON per version, ready for queries

    void encode(WireLayout layout)
    {
        encodedReplies.clear();
        for (const Service &s : versions)
            encodedReplies.push_back(encodeService(s, layout));
    }
};

Registry::Registry(std::shared_ptr<nats::Connection> connection, RegistryOptions options)
    : m_connection(std::move(connection))
    , m_options(std::move(options))
    , m_heartbeat([this] { heartbeatLoop(); })
{
}

Registry::~Registry()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_heartbeat.join();
    std::vector<nats::Subscription> listeners;
    {
        std::lock_guard lock(m_mutex);
        listeners.swap(m_queryListeners);
    }
    // Listeners are destroyed outside the lock: their handlers take it.
}

void Registry::announce(const Service &service, const std::string &action)
{
    const std::string payload = encodeResult(RegistryResult{action, service}, m_options.layout);
    for (SubjectFamily f : m_options.families)
        m_connection->publish(watchSubject(f), payload);
}

void Registry::listenForQueries()
{
    std::vector<nats::Subscription> listeners;
    for (SubjectFamily f : m_options.families) {
        // Plain subscriptions (no queue group), as go-micro's: every instance answers.
        listeners.push_back(m_connection->subscribe(querySubject(f), [this](nats::Message &&m) {
            if (!m.reply().empty())
                answerQuery(m.data(), std::string(m.reply()));
        }));
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_queryListeners.empty())
            m_queryListeners.swap(listeners);
    }
    // Whoever sees our announcement must be able to query us: the server has to know the
    // listeners before the create goes out (it comes from another connection).
    m_connection->flush();
    // A concurrent registration's spare listeners (if any) unsubscribe here, outside the lock.
}

void Registry::registerService(const Service &service)
{
    bool needListeners = false;
    {
        std::lock_guard lock(m_mutex);
        auto &slot = m_registered[service.name];
        if (!slot)
            slot = std::make_unique<Registered>();
        needListeners = m_queryListeners.empty();
        mergeService(slot->versions, service);
        auto same = std::find_if(slot->announced.begin(), slot->announced.end(), [&](const Service &s) {
            return s.version == service.version && s.nodes == service.nodes;
        });
        if (same == slot->announced.end())
            slot->announced.push_back(service);
        else
            *same = service;
        slot->encode(m_options.layout);
    }
    if (needListeners)
        listenForQueries();
    announce(service, m_options.registerAction);
}

void Registry::deregisterService(const Service &service)
{
    std::vector<nats::Subscription> listeners;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_registered.find(service.name);
        if (it != m_registered.end()) {
            Registered &reg = *it->second;
            auto isGone = [&](const Node &n) {
                return service.nodes && std::any_of(service.nodes->begin(), service.nodes->end(),
                                                    [&](const Node &d) { return d.id == n.id; });
            };
            for (Service &v : reg.versions) {
                if (v.version == service.version && v.nodes)
                    std::erase_if(*v.nodes, isGone);
            }
            std::erase_if(reg.versions, [](const Service &v) { return !v.nodes || v.nodes->empty(); });
            std::erase_if(reg.announced, [&](const Service &s) {
                return s.version == service.version && s.nodes && std::all_of(s.nodes->begin(), s.nodes->end(), isGone);
            });
            reg.encode(m_options.layout);
            if (reg.versions.empty())
                m_registered.erase(it);
        }
        if (m_registered.empty())
            listeners.swap(m_queryListeners);
    }
    listeners.clear(); // unsubscribes (outside the lock: the handlers take it)
    announce(service, "delete");
}

void Registry::answerQuery(std::string_view payload, const std::string &reply)
{
    RegistryResult query;
    try {
        query = decodeResult(payload);
    } catch (const DecodeError &) {
        return; // go-micro ignores queries it cannot decode
    }
    if (query.action == "get" && !query.service)
        return;
    if (query.action != "get" && query.action != "list")
        return;
    // A reply per service and version, as go-micro's per-service listeners send them.
    std::vector<std::string> replies;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[name, reg] : m_registered) {
            if (query.action == "get" && name != query.service->name)
                continue;
            replies.insert(replies.end(), reg->encodedReplies.begin(), reg->encodedReplies.end());
        }
    }
    for (const std::string &r : replies) {
        try {
            m_connection->publish(reply, r);
        } catch (const std::exception &) {
            return; // connection closing: the requester will time out
        }
    }
}

void Registry::heartbeatLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_wake.wait_for(lock, m_options.heartbeat, [this] { return m_stopping; }))
            break;
        std::vector<Service> toAnnounce;
        for (const auto &[name, reg] : m_registered)
            toAnnounce.insert(toAnnounce.end(), reg->announced.begin(), reg->announced.end());
        lock.unlock();
        for (const Service &s : toAnnounce) {
            try {
                announce(s, m_options.registerAction);
            } catch (const std::exception &) {
                // disconnected: the next heartbeat tries again
            }
        }
        lock.lock();
    }
}

SweepResult Registry::getService(const std::string &name) const
{
    return getService(name, m_options.sweep);
}

SweepResult Registry::getService(const std::string &name, const SweepOptions &options, int quorum) const
{
    if (name.empty())
        throw nats::Error(nats::ErrorKind::InvalidArgument, "getService needs a service name");
    return sweepRegistry(*m_connection, m_options.families, m_options.layout, name, options, quorum);
}

SweepResult Registry::listServices() const
{
    return listServices(m_options.sweep);
}

SweepResult Registry::listServices(const SweepOptions &options) const
{
    return sweepRegistry(*m_connection, m_options.families, m_options.layout, {}, options);
}

RegistryWatch Registry::watch(WatchHandler onResult, WatchErrorHandler onError) const
{
    std::vector<nats::Subscription> subs;
    for (SubjectFamily f : m_options.families) {
        subs.push_back(m_connection->subscribe(watchSubject(f), [onResult, onError](nats::Message &&m) {
            try {
                onResult(decodeResult(m.data()));
            } catch (const DecodeError &e) {
                if (onError)
                    onError(e.what(), std::string(m.data()));
            }
        }));
    }
    return RegistryWatch(std::move(subs));
}

} // namespace switchboard::micro
