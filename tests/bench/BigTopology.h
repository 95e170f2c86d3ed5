#pragma once
// The large synthetic map the topology benchmarks share: 1 000 nodes and more over three zones,
// calls between sixty services with rates and errors.

#include "TopologyGraph.h"

#include <algorithm>

namespace switchboard::bench {

/// `count` distinct calls between the services svc0…svc59.
inline void addCalls(switchboard::gui::TopologyGraph &graph, size_t count)
{
    for (int a = 0; a < 60 && graph.calls.size() < count; ++a)
        for (int b = 0; b < 60 && graph.calls.size() < count; ++b)
            if (a != b)
                graph.calls.push_back({QStringLiteral("svc%1").arg(a), QStringLiteral("svc%1").arg(b), 1.0 + (a + b) % 9, 10,
                                       {QStringLiteral("Svc.Call")}, 0.01 * ((a * b) % 7)});
}

/// A graph of `nodes` nodes of nodes/10 services over three zones, with `calls` calls.
inline switchboard::gui::TopologyGraph bigGraph(int nodes, size_t calls)
{
    switchboard::gui::TopologyGraph graph;
    for (const char *z : {"az-a", "az-b", "az-c"})
        graph.zones.push_back({QString::fromLatin1(z), QStringLiteral("healthy"), {}});
    const int services = std::max(60, nodes / 10);
    for (int i = 0; i < nodes; ++i)
        graph.nodes.push_back({QStringLiteral("node-%1").arg(i), QStringLiteral("svc%1").arg(i % services),
                               graph.zones[size_t((i / services + i) % 3)].name, QStringLiteral("go-micro"), false});
    addCalls(graph, calls);
    return graph;
}

} // namespace switchboard::bench
