#include "RegistrySweep.h"

#include "RegistryCodec.h"
#include "nats/Connection.h"
#include "util/Utf8.h"

#include <algorithm>

namespace switchboard::micro {
namespace {

int largestNodeCount(const std::vector<Service> &services)
{
    int best = 0;
    for (const auto &s : services)
        best = std::max(best, s.nodes ? static_cast<int>(s.nodes->size()) : 0);
    return best;
}

} // namespace

std::string encodeQuery(const std::string &name, WireLayout layout)
{
    RegistryResult query;
    if (name.empty()) {
        query.action = "list";
    } else {
        // Never send a get with "Service":null: Go responders dereference it and crash (WIRE.md §1.5).
        query.action = "get";
        query.service = Service{name, "", std::nullopt, std::nullopt, std::nullopt};
    }
    return encodeResult(query, layout);
}

void mergeService(std::vector<Service> &services, Service reply)
{
    auto it = std::find_if(services.begin(), services.end(), [&](const Service &s) {
        return s.name == reply.name && s.version == reply.version;
    });
    if (it == services.end()) {
        services.push_back(std::move(reply));
        return;
    }
    if (!it->endpoints && reply.endpoints)
        it->endpoints = std::move(reply.endpoints);
    if (!it->metadata && reply.metadata)
        it->metadata = std::move(reply.metadata);
    if (!reply.nodes)
        return;
    if (!it->nodes)
        it->nodes.emplace();
    for (Node &node : *reply.nodes) {
        auto same = std::find_if(it->nodes->begin(), it->nodes->end(), [&](const Node &n) { return n.id == node.id; });
        if (same == it->nodes->end())
            it->nodes->push_back(std::move(node));
        else
            *same = std::move(node);
    }
}

SweepResult sweepRegistry(nats::Connection &connection, const std::vector<SubjectFamily> &families,
                          WireLayout layout, const std::string &name, const SweepOptions &options, int quorum)
{
    std::vector<std::string> subjects;
    for (SubjectFamily f : families)
        subjects.push_back(querySubject(f));
    SweepResult result;
    const nats::BroadcastResult raw =
        nats::broadcastRequest(connection, subjects, encodeQuery(name, layout), options, [&](const std::string &bytes) {
            try {
                mergeService(result.services, decodeService(bytes));
            } catch (const std::exception &e) {
                // A peer answering garbage to every query must not fill memory with its errors.
                if (++result.errorCount <= 20)
                    result.errors.push_back(std::string(e.what()) + " in reply: " + util::excerpt(bytes));
            }
            return quorum > 0 && largestNodeCount(result.services) >= quorum;
        });
    result.replies = static_cast<int>(raw.replies.size());
    result.elapsed = raw.elapsed;
    result.firstReply = raw.firstReply;
    result.lastReply = raw.lastReply;
    result.capped = raw.capped;
    result.noResponders = raw.noResponders;
    result.refused = raw.refused;
    std::sort(result.services.begin(), result.services.end(), [](const Service &a, const Service &b) {
        return a.name != b.name ? a.name < b.name : a.version < b.version;
    });
    return result;
}

} // namespace switchboard::micro
