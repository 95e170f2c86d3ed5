// switchboard-cli demo [--chaos] [--json]: the local 3-zone cluster with living services, until
// Ctrl-C. --chaos reads commands from stdin (stop-server N, kill-node SERVICE, load FACTOR, …).
#include "Commands.h"

#include <unistd.h>

#include <iostream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "Translate.h"
#include "demo/Demo.h"
#include "LiveViews.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "nats/Connection.h"

namespace switchboard::cli {
namespace {

const char *kChaosHelp =
    "chaos commands: stop-server N | restart-server N | kill-node SERVICE | restart-node SERVICE | load FACTOR | help";

std::string chaos(demo::Demo &d, const std::string &line)
{
    std::istringstream in(line);
    std::string verb, arg;
    in >> verb >> arg;
    try {
        if (verb == "stop-server")
            return d.stopServer(std::stoi(arg));
        if (verb == "restart-server")
            return d.restartServer(std::stoi(arg));
        if (verb == "kill-node")
            return d.killNode(arg);
        if (verb == "restart-node")
            return d.restartNode(arg);
        if (verb == "load")
            return d.setLoadFactor(std::stod(arg));
    } catch (const std::exception &e) {
        return tr("chaos command failed: %1", e.what());
    }
    return tr(kChaosHelp);
}

nats::ConnectOptions demoOptions(const demo::DemoInfo &info, bool dashboard)
{
    nats::ConnectOptions o;
    o.servers = nats::ConnectOptions::splitServers(info.urls);
    o.user = dashboard ? info.dashboardUser : info.servicesUser;
    o.password = dashboard ? info.dashboardPassword : info.servicesPassword;
    o.sendAsap = true;
    return o;
}

/// What ./run shows: services (as the services user sees them) and cluster health (as the
/// dashboard sees it), refreshed every 2 s until Ctrl-C — or once, when there is no terminal.
void showDemo(const demo::DemoInfo &info, bool once)
{
    live::CatalogOptions co;
    co.requeryInterval = std::chrono::seconds(5);
    live::ServiceCatalog catalog(nats::Connection::connect(demoOptions(info, false)), co);
    live::ClusterOptions clo;
    clo.pollInterval = std::chrono::seconds(1);
    live::ClusterMonitor cluster(nats::Connection::connect(demoOptions(info, true)), clo);
    catalog.start();
    cluster.start();
    // Rates need two polls, and the demo's traffic a moment to show.
    std::this_thread::sleep_for(std::chrono::milliseconds(2200));
    for (;;) {
        if (!once)
            clearScreenIfTerminal();
        std::cout << '\n' << tr("== services (user %1) ==", info.servicesUser) << '\n';
        printCatalog(catalog.snapshot());
        std::cout << '\n' << tr("== cluster (user %1, system account) ==", info.dashboardUser) << '\n';
        printCluster(cluster.snapshot());
        if (once)
            return;
        std::cout << '\n' << tr("Ctrl-C stops the demo.") << std::endl;
        if (waitForStopSignal(std::chrono::milliseconds(2000))) {
            requestStop(); // let the caller's wait return at once too
            return;
        }
    }
}

} // namespace

int runDemo(const CliContext &ctx)
{
    if (demo::findNatsServer().empty())
        throw CommandFailure{ExitConnection, tr("the demo needs nats-server: sudo apt-get install nats-server")};
    blockStopSignals();
    const auto started = std::chrono::steady_clock::now();
    demo::Demo d;
    try {
        d.start();
    } catch (const std::exception &e) {
        throw CommandFailure{ExitConnection, tr("the demo could not start: %1", e.what())};
    }
    const demo::DemoInfo info = d.info();

    // Started means discoverable: wait until a client sees every demo service.
    nats::ConnectOptions o;
    o.servers = nats::ConnectOptions::splitServers(info.urls);
    o.user = info.servicesUser;
    o.password = info.servicesPassword;
    auto conn = nats::Connection::connect(o);
    live::CatalogOptions co;
    co.requeryInterval = std::chrono::milliseconds(50);
    live::ServiceCatalog catalog(conn, co);
    catalog.start();
    const auto expected = demo::Demo::serviceNames();
    while (std::chrono::steady_clock::now() - started < std::chrono::seconds(20)) {
        if (catalog.snapshot().services.size() >= expected.size())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const double startupMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    catalog.stop();

    if (ctx.json()) {
        std::cout << nlohmann::ordered_json{{"urls", info.urls}, {"services_user", info.servicesUser},
                                            {"services_password", info.servicesPassword}, {"dashboard_user", info.dashboardUser},
                                            {"dashboard_password", info.dashboardPassword}, {"monitor_urls", info.monitorUrls},
                                            {"zones", info.zones}, {"services", expected}, {"startup_ms", startupMs}}
                         .dump()
                  << std::endl;
    } else {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.0f", startupMs);
        std::cout << tr("Switchboard demo is up in %1 ms: a 3-zone NATS cluster (az-a, az-b, az-c) with %2.", ms,
                        plural(static_cast<long long>(expected.size()), "%n service", "%n services"))
                  << '\n'
                  << tr("  servers:    %1", info.urls) << '\n'
                  << tr("  services:   user %1, password %2 (discovery, calls, traffic)", info.servicesUser, info.servicesPassword) << '\n'
                  << tr("  dashboard:  user %1, password %2 (system account: cluster health)", info.dashboardUser,
                        info.dashboardPassword)
                  << '\n';
        std::string monitors;
        for (const auto &m : info.monitorUrls)
            monitors += (monitors.empty() ? "" : ",") + m;
        std::cout << tr("  monitoring: %1", monitors) << '\n'
                  << tr("Try:  switchboard-cli --server %1 --user %2 --password %3 services", info.urls, info.servicesUser,
                        info.servicesPassword)
                  << '\n'
                  << tr("      switchboard-cli --server %1 --user %2 --password %3 cluster", info.urls, info.dashboardUser,
                        info.dashboardPassword)
                  << '\n'
                  << tr("Ctrl-C stops everything.") << std::endl;
    }

    if (ctx.args().has("--show")) {
        showDemo(info, !::isatty(STDIN_FILENO));
        if (!::isatty(STDIN_FILENO)) {
            d.stop();
            return ExitOk;
        }
    }

    std::thread chaosReader;
    if (ctx.args().has("--chaos")) {
        std::cerr << tr(kChaosHelp) << std::endl;
        // Lives until exit: restarted servers are tied to the thread that started them.
        chaosReader = std::thread([&d] {
            std::string line;
            while (std::getline(std::cin, line))
                if (!line.empty())
                    std::cout << chaos(d, line) << std::endl;
        });
        chaosReader.detach();
    }
    waitForStopSignal();
    std::cerr << tr("stopping the demo…") << std::endl;
    d.stop();
    return ExitOk;
}

} // namespace switchboard::cli
