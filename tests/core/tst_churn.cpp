// Churn (issue 12 §2): go-micro services registering, deregistering and crashing (connection
// closed without a goodbye) for SB_CHURN_SECONDS (60 by default) while calls and traffic run.
// Afterwards the catalogue's live nodes are exactly the running ones within two sweeps, and the
// process's threads, file descriptors and the server's subscriptions are back where they were.
#include <QtTest>

#include <dirent.h>

#include <map>
#include <random>
#include <set>
#include <thread>

#include "NatsServer.h"
#include "live/ServiceCatalog.h"
#include "live/TrafficMonitor.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "nlohmann/json.hpp"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

namespace {

int entries(const char *dir)
{
    int n = 0;
    if (DIR *d = opendir(dir)) {
        while (readdir(d))
            ++n;
        closedir(d);
    }
    return n - 2; // . and ..
}

int threads() { return entries("/proc/self/task"); }
int fds() { return entries("/proc/self/fd"); }

struct Churner {
    std::shared_ptr<nats::Connection> connection;
    std::unique_ptr<micro::RpcServer> server;
};

} // namespace

class TestChurn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueConvergesAndNothingGrows();

private:
    int serverSubscriptions(const NatsServer &server)
    {
        const auto varz = nlohmann::json::parse(httpGet(server.monitorPort(), "/varz"), nullptr, false);
        return varz.is_object() ? varz.value("subscriptions", -1) : -1;
    }
};

void TestChurn::catalogueConvergesAndNothingGrows()
{
    const int seconds = qEnvironmentVariableIsSet("SB_CHURN_SECONDS") ? qEnvironmentVariableIntValue("SB_CHURN_SECONDS") : 60;
    NatsServer server;
    server.start();
    nats::ConnectOptions o;
    o.servers = {server.url()};
    auto dashboard = nats::Connection::connect(o);
    live::CatalogOptions co;
    co.requeryInterval = 1000ms;
    live::ServiceCatalog catalog(dashboard, co);
    catalog.start();
    live::TrafficMonitor traffic(dashboard);
    traffic.addSubject("churn.>");
    auto registry = std::make_shared<micro::Registry>(dashboard);
    micro::RpcClient rpc(dashboard, registry);
    auto publisher = nats::Connection::connect(o);
    QTRY_VERIFY_WITH_TIMEOUT(catalog.snapshot().sweeps >= 2, 5000);
    const int threadsBefore = threads(), fdsBefore = fds(), subsBefore = serverSubscriptions(server);

    std::mt19937 random(42);
    std::vector<Churner> churners(50);
    const auto startOne = [&](size_t i) {
        Churner c;
        c.connection = nats::Connection::connect(o);
        micro::ServerOptions so;
        so.name = "churn-" + std::to_string(i % 10);
        so.workers = 1;
        c.server = std::make_unique<micro::RpcServer>(c.connection, so);
        c.server->handle("Churn.Echo", [](const micro::RpcRequest &r) { return r.body; });
        c.server->start();
        churners[i] = std::move(c);
    };
    uint64_t calls = 0, answered = 0, published = 0, started = 0, stopped = 0, crashed = 0;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        const size_t i = random() % churners.size();
        if (!churners[i].server) {
            startOne(i);
            ++started;
        } else if (random() % 2) {
            churners[i].server->stop(); // deregisters
            churners[i] = {};
            ++stopped;
        } else {
            churners[i].connection->close(); // kill -9: no deregistration
            churners[i] = {};
            ++crashed;
        }
        micro::CallRequest r;
        r.service = "churn-" + std::to_string(random() % 10);
        r.endpoint = "Churn.Echo";
        r.body = "{}";
        r.timeout = 200ms;
        ++calls;
        answered += rpc.call(r).ok() ? 1 : 0;
        publisher->publish("churn.event", "{}");
        ++published;
        std::this_thread::sleep_for(20ms);
    }
    qInfo("%d s: %llu started, %llu stopped, %llu crashed; %llu calls, %llu answered; %llu published",
          seconds, (unsigned long long)started, (unsigned long long)stopped, (unsigned long long)crashed,
          (unsigned long long)calls, (unsigned long long)answered, (unsigned long long)published);
    QVERIFY(crashed > 10 && stopped > 10);
    QVERIFY(answered > 0);

    // The truth: the node ids of the servers still running.
    std::set<std::string> running;
    for (const auto &c : churners)
        if (c.server)
            running.insert(c.server->node().id);
    const auto live = [&catalog] {
        std::set<std::string> ids;
        for (const auto &service : catalog.snapshot().services)
            if (service.name.rfind("churn-", 0) == 0)
                for (const auto &version : service.versions)
                    for (const auto &node : version.nodes)
                        if (node.missedSweeps == 0)
                            ids.insert(node.id);
        return ids;
    };
    const uint64_t sweepsAtEnd = catalog.snapshot().sweeps;
    QTRY_VERIFY_WITH_TIMEOUT(live() == running || catalog.snapshot().sweeps > sweepsAtEnd + 2, 10000);
    QVERIFY2(live() == running, ("live nodes " + std::to_string(live().size()) + " vs running " + std::to_string(running.size())).c_str());
    QVERIFY2(catalog.snapshot().sweeps <= sweepsAtEnd + 2, "converged within two sweeps");
    publisher->flush();
    QTRY_COMPARE_WITH_TIMEOUT(traffic.snapshot().messages + uint64_t(traffic.snapshot().dropped), published, 5000);

    // Everything the churn made is gone again.
    churners.clear();
    QTRY_VERIFY_WITH_TIMEOUT(threads() <= threadsBefore, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(fds() <= fdsBefore, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(serverSubscriptions(server) <= subsBefore, 10000);
    qInfo("threads %d → %d, fds %d → %d, server subscriptions %d → %d", threadsBefore, threads(), fdsBefore, fds(), subsBefore,
          serverSubscriptions(server));
}

QTEST_GUILESS_MAIN(TestChurn)
#include "tst_churn.moc"
