#include "CatalogTypes.h"

namespace switchboard::live {

const char *protocolName(Protocol p)
{
    return p == Protocol::GoMicro ? "go-micro" : "nats-micro";
}

const char *outcomeName(SweepOutcome o)
{
    switch (o) {
    case SweepOutcome::NotYet: return "not yet";
    case SweepOutcome::Replies: return "ok";
    case SweepOutcome::NoResponders: return "no responders";
    case SweepOutcome::Timeout: return "timeout";
    case SweepOutcome::Failed: return "failed";
    }
    return "?";
}

size_t CatalogService::nodeCount() const
{
    size_t n = 0;
    for (const auto &v : versions)
        n += v.nodes.size();
    return n;
}

size_t CatalogService::staleCount() const
{
    size_t n = 0;
    for (const auto &v : versions)
        for (const auto &node : v.nodes)
            n += node.stale;
    return n;
}

std::set<std::string> liveNodeAddresses(const CatalogSnapshot &catalog)
{
    std::set<std::string> addresses;
    for (const auto &service : catalog.services)
        if (service.protocol == Protocol::GoMicro)
            for (const auto &version : service.versions)
                for (const auto &node : version.nodes)
                    if (!node.stale)
                        addresses.insert(node.address);
    return addresses;
}

} // namespace switchboard::live
