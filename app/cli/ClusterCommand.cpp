// switchboard-cli cluster [--watch] [--monitor URL,...] [--expect N]: zones, servers and their health.
#include "Commands.h"

#include <iostream>
#include <thread>

#include "LiveViews.h"
#include "Printing.h"
#include "Translate.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "nats/Connection.h"

namespace switchboard::cli {

int runCluster(const CliContext &ctx)
{
    const bool watch = ctx.args().has("--watch");
    live::ClusterOptions options;
    options.pollInterval = std::chrono::milliseconds(parseDurationMicros(ctx.args().valueOr("--interval", "2s")) / 1000);
    options.monitorUrls = ctx.monitorUrls();
    options.collectPlacement = true;
    const std::string expect = ctx.args().valueOr("--expect", "0");
    try {
        options.expectedServers = std::stoi(expect);
    } catch (const std::exception &) {
        throw UsageError(tr("--expect takes a number of servers, not '%1'", expect));
    }
    if (watch)
        blockStopSignals();
    auto conn = ctx.connect();
    live::ClusterMonitor monitor(conn, options);
    monitor.start();
    // The catalogue places service nodes in zones (their metadata, else their server's tag).
    live::CatalogOptions catalogOptions;
    catalogOptions.requeryInterval = options.pollInterval * 5;
    live::ServiceCatalog catalog(conn, catalogOptions);
    catalog.setPlacementResolver([&monitor](const std::string &subject) { return monitor.placement(subject); });
    // Rates need two samples: a one-shot view polls twice, half a second apart.
    while (monitor.snapshot().polls == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    catalog.start(); // after the first poll, so placements are known
    if (!watch) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        monitor.pollNow();
        while (monitor.snapshot().polls < 2)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    while (catalog.snapshot().sweeps == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    auto show = [&] {
        auto s = monitor.snapshot();
        live::addServiceNodes(s.zones, catalog.snapshot());
        if (ctx.json()) {
            std::cout << jsonText(clusterJson(s), watch ? -1 : 2) << std::endl;
            return;
        }
        if (watch)
            clearScreenIfTerminal();
        printCluster(s);
    };
    show();
    if (!watch) {
        // Zones, servers named by the others' routes that do not answer, expected count.
        return monitor.snapshot().health == live::Health::Healthy ? ExitOk : ExitRemoteError;
    }
    while (!waitForStopSignal(options.pollInterval))
        show();
    return ExitOk;
}

} // namespace switchboard::cli
