#include "SyntheticServices.h"

#include <array>
#include <chrono>
#include <cstdio>

#include "micro/Envelope.h"
#include "nats/Connection.h"

namespace switchboard::demo {

namespace {

constexpr std::array kWords = {"accounts", "billing",  "carts",   "checkout", "coupons",  "delivery", "emails",  "fraud",
                               "invoices", "ledger",   "loyalty", "media",    "offers",   "pricing2", "quotes",  "ratings",
                               "refunds",  "reviews",  "search",  "sessions", "shipping", "stock",    "tax",     "wishlist"};

std::string nameOf(size_t i)
{
    std::string name = std::string("synth.") + kWords[i % kWords.size()];
    if (i >= kWords.size())
        name += "-" + std::to_string(i / kWords.size());
    return name;
}

std::string hexId(size_t service, size_t node)
{
    char id[40];
    std::snprintf(id, sizeof id, "%08zx-%04zx-4%03zx-8000-%012zx", service * 2654435761u % 0xffffffffu, node & 0xffff,
                  (service + node) & 0xfff, service * 1000 + node);
    return id;
}

} // namespace

SyntheticServices::SyntheticServices(std::shared_ptr<nats::Connection> connection, int nodes, std::vector<std::string> zones)
    : m_connection(connection), m_registry(std::move(connection))
{
    if (zones.empty())
        zones = {""};
    const size_t total = size_t(std::max(nodes, 1));
    const size_t services = std::max<size_t>(4, total / 8);
    m_services.resize(services);
    for (size_t s = 0; s < services; ++s) {
        micro::Service &svc = m_services[s];
        svc.name = nameOf(s);
        svc.version = "1.0.0";
        svc.metadata = micro::Metadata{{"synthetic", "true"}};
        svc.endpoints = std::vector<micro::Endpoint>{micro::Endpoint{"Synth.Call", std::nullopt, std::nullopt, micro::Metadata{}}};
        svc.nodes = std::vector<micro::Node>{};
    }
    // Nodes dealt round the services, each in the zones in turn: a service's nodes spread.
    for (size_t n = 0; n < total; ++n) {
        micro::Service &svc = m_services[n % services];
        const size_t k = svc.nodes->size();
        micro::Metadata meta{{"zone", zones[(n % services + k) % zones.size()]}, {"transport", "nats"}, {"registry", "nats"}};
        svc.nodes->push_back({svc.name + "-" + hexId(n % services, k), nats::Connection::newInbox(), std::move(meta)});
    }
    // Three callees each, never itself: a graph with chains, fans and cycles.
    for (size_t s = 0; s < services; ++s)
        for (size_t step : {size_t(1), size_t(7), size_t(13)}) {
            const size_t to = (s * step + step + 2) % services;
            if (to != s)
                m_calls.push_back({s, to});
        }
}

SyntheticServices::~SyntheticServices()
{
    m_worker.stop();
    for (const micro::Service &s : m_services)
        try {
            m_registry.deregisterService(s);
        } catch (...) { // the cluster may be gone first
        }
}

void SyntheticServices::start()
{
    for (const micro::Service &s : m_services)
        m_registry.registerService(s);
    m_worker.start([this] { callRound(); }, std::chrono::seconds(1));
}

void SyntheticServices::callRound()
{
    ++m_round;
    for (size_t i = 0; i < m_calls.size(); ++i) {
        const auto [from, to] = m_calls[i];
        const micro::Service &callee = m_services[to];
        if (callee.nodes->empty())
            continue;
        const micro::Node &node = (*callee.nodes)[(m_round + i) % callee.nodes->size()];
        micro::Envelope e;
        e.header = {{"Content-Type", "application/json"}, {"Micro-Endpoint", "Synth.Call"}, {"Micro-From-Service", m_services[from].name},
                    {"Micro-Id", std::to_string(m_round * 100000 + i)}, {"Micro-Service", callee.name}};
        e.body = "{}";
        try {
            m_connection->publish(node.address, micro::encodeEnvelope(e));
        } catch (...) { // a reconnecting connection: the next round tries again
        }
    }
}

} // namespace switchboard::demo
