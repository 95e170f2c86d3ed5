// switchboard-cli services: every go-micro service found by one broadcast sweep.
#include "Commands.h"

#include <iostream>
#include <set>

#include <nlohmann/json.hpp>

#include "Printing.h"
#include "Translate.h"
#include "micro/Registry.h"
#include "nats/Connection.h"

namespace switchboard::cli {

int runServices(const CliContext &ctx)
{
    auto conn = ctx.connect();
    micro::Registry registry(conn);
    const micro::SweepResult sweep = registry.listServices();
    const double sweepMs = static_cast<double>(sweep.elapsed.count()) / 1000.0;

    if (ctx.json()) {
        nlohmann::ordered_json out;
        out["services"] = nlohmann::ordered_json::array();
        for (const auto &s : sweep.services) {
            nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
            for (const auto &n : s.nodes.value_or(std::vector<micro::Node>{}))
                nodes.push_back({{"id", n.id}, {"address", n.address}, {"zone", zoneOf(n)},
                                 {"metadata", n.metadata.value_or(micro::Metadata{})}});
            out["services"].push_back({{"name", s.name}, {"version", s.version},
                                       {"endpoints", s.endpoints ? s.endpoints->size() : 0}, {"nodes", nodes}});
        }
        out["sweep_ms"] = sweepMs;
        out["replies"] = sweep.replies;
        out["no_responders"] = sweep.noResponders;
        out["errors"] = sweep.errors;
        std::cout << out.dump(2) << '\n';
        return ExitOk;
    }

    for (const auto &e : sweep.errors)
        std::cerr << tr("warning: a service answered with something unreadable: %1", e) << '\n';
    if (sweep.services.empty()) {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.1f", sweepMs);
        if (sweep.noResponders)
            std::cout << tr("no go-micro services: nothing listens on the registry query subjects (%1 ms)", ms) << '\n';
        else
            std::cout << tr("no services found (sweep %1 ms)", ms) << '\n';
        return ExitOk;
    }
    std::vector<std::vector<std::string>> rows{{tr("SERVICE"), tr("VERSION"), tr("NODES"), tr("ZONES"), tr("ENDPOINTS")}};
    size_t nodeCount = 0;
    for (const auto &s : sweep.services) {
        std::set<std::string> zones;
        const auto nodes = s.nodes.value_or(std::vector<micro::Node>{});
        for (const auto &n : nodes)
            zones.insert(zoneOf(n));
        std::string zoneList;
        for (const auto &z : zones)
            zoneList += (zoneList.empty() ? "" : ",") + z;
        nodeCount += nodes.size();
        rows.push_back({s.name, s.version, std::to_string(nodes.size()), zoneList,
                        std::to_string(s.endpoints ? s.endpoints->size() : 0)});
    }
    printTable(rows);
    char footer[64];
    std::snprintf(footer, sizeof footer, "%.1f", sweepMs);
    std::cout << tr("%1 services, %2 nodes, sweep %3 ms", std::to_string(sweep.services.size()),
                    std::to_string(nodeCount), footer)
              << '\n';
    return ExitOk;
}

} // namespace switchboard::cli
