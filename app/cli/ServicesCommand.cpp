// switchboard-cli services [--watch]: go-micro and $SRV services from the live catalogue.
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

int runServices(const CliContext &ctx)
{
    const bool watch = ctx.args().has("--watch");
    live::CatalogOptions options;
    options.requeryInterval = std::chrono::milliseconds(parseDurationMicros(ctx.args().valueOr("--interval", "15s")) / 1000);
    if (watch)
        blockStopSignals();
    auto conn = ctx.connect();
    live::ServiceCatalog catalog(conn, options);
    std::unique_ptr<live::ClusterMonitor> cluster;
    if (watch) {
        // With system-account rights (or monitoring URLs), nodes without a zone in their
        // metadata get the zone of the server they are connected to.
        live::ClusterOptions co;
        co.monitorUrls = ctx.monitorUrls();
        cluster = std::make_unique<live::ClusterMonitor>(conn, co);
        cluster->start();
        catalog.setPlacementResolver([m = cluster.get()](const std::string &subject) { return m->placement(subject); });
    }
    catalog.start();
    while (catalog.snapshot().sweeps == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));

    auto show = [&] {
        const auto s = catalog.snapshot();
        if (ctx.json()) {
            std::cout << jsonText(catalogJson(s), watch ? -1 : 2) << std::endl;
            return;
        }
        if (watch)
            clearScreenIfTerminal();
        printCatalog(s);
        if (watch)
            std::cout << tr("(refreshing every second, re-query every %1; Ctrl-C to stop)", ctx.args().valueOr("--interval", "15s"))
                      << std::endl;
    };
    show();
    if (!watch)
        return ExitOk;
    while (!waitForStopSignal(std::chrono::milliseconds(1000)))
        show();
    return ExitOk;
}

} // namespace switchboard::cli
