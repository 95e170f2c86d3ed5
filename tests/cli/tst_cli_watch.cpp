// switchboard-cli watch and journal, the real executable against a real nats-server:
// a subject that stops is pending, then firing after its for-duration, then resolved once it
// carries messages again for the clear duration; a service whose only node leaves fires at once;
// the exit code says whether a rule is firing at the end; a broken rules file names every
// mistake and exits 2; the journal command reads what the app wrote. collect stores a region's
// changes in JetStream with the limits of its config file, and journal --collector reads them.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

#include <atomic>
#include <thread>

#include <nlohmann/json.hpp>

#include "NatsServer.h"
#include "SteadyPublisher.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"
#include "watch/HistoryStreams.h"
#include "watch/Journal.h"

using namespace switchboard;
using namespace std::chrono_literals;

class TestCliWatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aStoppedSubjectFiresAndResolves()
    {
        testing::NatsServer server;
        server.start();
        QTemporaryDir dir;
        const QString rules = dir.filePath("rules.json");
        write(rules, R"({"version": 1, "rules": [
            {"id": "s", "name": "orders stopped", "kind": "subject-rate", "target": "orders.created",
             "comparison": "stopped", "forSeconds": 2, "clearSeconds": 2}]})");
        testing::SteadyPublisher feed(server.url(), "orders.created");

        QProcess watch;
        watch.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(server.url()), "watch", "--rules", rules,
                                           "--interval", "250ms", "--duration", "40s", "--json"});
        QVERIFY(watch.waitForStarted());
        QList<nlohmann::json> lines;
        auto waitFor = [&](const char *state, int ms) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms) {
                watch.waitForReadyRead(200);
                while (watch.canReadLine())
                    lines << nlohmann::json::parse(watch.readLine().toStdString());
                if (!lines.isEmpty() && lines.back()["state"] == state)
                    return true;
            }
            return false;
        };
        QTest::qWait(2000);
        feed.setPublishing(false); // the rate falls to 0 once the 5 s rate window has no message
        QVERIFY2(waitFor("firing", 15000), lines.isEmpty() ? "nothing" : lines.back().dump().c_str());
        feed.setPublishing(true);
        QVERIFY2(waitFor("resolved", 10000), lines.back().dump().c_str());
        ::kill(pid_t(watch.processId()), SIGINT);
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 0); // nothing firing at the end

        QStringList states;
        for (const auto &l : lines)
            states << QString::fromStdString(l["state"]);
        QString seen;
        for (const auto &l : lines)
            seen += QString::fromStdString(l.dump()) + "\n";
        QVERIFY2(states == (QStringList{"pending", "firing", "resolved"}), qPrintable(seen));
        const auto at = [](const nlohmann::json &l) {
            return QDateTime::fromString(QString::fromStdString(l["time"]), Qt::ISODate).toSecsSinceEpoch();
        };
        QVERIFY2(at(lines[1]) - at(lines[0]) >= 2, "fired before its for-duration"); // held 2 s
        QVERIFY2(at(lines[2]) - at(lines[1]) >= 2, "resolved before its clear duration");
        QCOMPARE(lines[1]["rule"], "orders stopped");
        QCOMPARE(lines[1]["where"], "orders.created");
        QCOMPARE(lines[1]["value"], 0.0);
    }

    void aServiceWithoutNodesFiresAndTheExitCodeSaysSo()
    {
        testing::NatsServer server;
        server.start();
        const QString url = QString::fromStdString(server.url());
        QProcess mock;
        mock.start(SWITCHBOARD_CLI_PATH, {"--server", url, "mock", "flaky", "--endpoint", "Flaky.Call", "--reply", "{}"});
        QVERIFY(mock.waitForReadyRead(10000));
        QTemporaryDir dir;
        const QString rules = dir.filePath("rules.json");
        write(rules, R"({"rules": [{"name": "flaky has no node", "kind": "service-nodes", "target": "flaky",
                                    "comparison": "below", "threshold": 1, "forSeconds": 0}]})");
        QProcess watch;
        watch.start(SWITCHBOARD_CLI_PATH, {"--server", url, "watch", "--rules", rules, "--interval", "250ms", "--duration", "30s"});
        QVERIFY(watch.waitForStarted());
        QTest::qWait(1500); // the registry read at least once: the node is there, nothing fires
        ::kill(pid_t(mock.processId()), SIGINT); // the mock deregisters its node
        QVERIFY(mock.waitForFinished(10000));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("firing") && t.elapsed() < 20000) {
            watch.waitForReadyRead(200);
            out += watch.readAllStandardOutput();
        }
        QVERIFY2(out.contains("firing  flaky has no node  value 0"), out.constData());
        QVERIFY2(!out.contains("pending"), out.constData()); // a for-duration of 0 fires at once
        ::kill(pid_t(watch.processId()), SIGTERM);
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 1); // firing at the end
    }

    // A NATS micro service counts its own errors: its STATS, looked at every 10 s, give the
    // error share since the last look.
    void aNatsMicroServicesErrorsFromItsStatsFire()
    {
        testing::NatsServer server;
        server.start();
        nats::ConnectOptions o;
        o.servers = {server.url()};
        auto conn = nats::Connection::connect(o);
        srv::SrvServiceOptions options;
        options.name = "ledger";
        srv::SrvService ledger(conn, options);
        std::atomic<int> served{0};
        ledger.addEndpoint("post", [&served](const srv::SrvRequest &) -> std::string {
            if (++served % 2 == 0)
                throw srv::SrvError(507, "the ledger is full");
            return "{}";
        }, "ledger.post");
        ledger.start();
        std::atomic<bool> stop{false};
        std::thread caller([&] {
            auto c = nats::Connection::connect(o);
            while (!stop) {
                c->publishRequest("ledger.post", "_INBOX.nobody", "{}");
                c->flush();
                std::this_thread::sleep_for(20ms);
            }
        });

        QTemporaryDir dir;
        const QString rules = dir.filePath("rules.json");
        write(rules, R"({"rules": [{"name": "ledger failing", "kind": "service-error-rate", "target": "ledger",
                                    "comparison": "above", "threshold": 20, "forSeconds": 0}]})");
        QProcess watch;
        watch.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(server.url()), "watch", "--rules", rules,
                                           "--interval", "500ms", "--duration", "40s", "--json"});
        QVERIFY(watch.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains(R"("state":"firing")") && t.elapsed() < 30000) {
            watch.waitForReadyRead(200);
            out += watch.readAllStandardOutput();
        }
        stop = true;
        caller.join();
        ::kill(pid_t(watch.processId()), SIGTERM);
        QVERIFY(watch.waitForFinished(10000));
        QVERIFY2(out.contains(R"("state":"firing")"), out.constData());
        for (const QByteArray &line : out.trimmed().split('\n')) {
            const auto j = nlohmann::json::parse(line.toStdString());
            if (j.value("state", "") == "firing") {
                const double value = j.value("value", -1.0);
                QVERIFY2(value > 40 && value < 60, line.constData()); // one request in two fails
            }
        }
    }

    void mistakesAreSaidAndExitWith2()
    {
        QTemporaryDir dir;
        const QString rules = dir.filePath("bad.json");
        write(rules, R"({"rules": [{"name": "a", "kind": "cpu"}, {"name": "b", "kind": "subject-rate"}]})");
        QProcess p;
        p.start(SWITCHBOARD_CLI_PATH, {"watch", "--rules", rules});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("rule 1 (a): \"kind\" must be one of"), err.constData());
        QVERIFY2(err.contains("rule 2 (b): \"target\" must name the subject"), err.constData());
        QVERIFY2(err.contains("no rules were loaded"), err.constData());
        for (const QStringList &args : {QStringList{"watch"}, QStringList{"watch", "--rules", dir.filePath("missing.json")},
                                        QStringList{"journal", "--since", "soon"}, QStringList{"journal", "--kind", "nope"}}) {
            p.start(SWITCHBOARD_CLI_PATH, args);
            QVERIFY(p.waitForFinished(10000));
            QVERIFY2(p.exitCode() == 2, qPrintable(args.join(' ')));
        }
        // An unreachable cluster: 3.
        write(rules, R"({"rules": [{"name": "z", "kind": "zone-health"}]})");
        p.start(SWITCHBOARD_CLI_PATH, {"--server", QString("nats://127.0.0.1:%1").arg(testing::freePort()), "watch", "--rules", rules});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 3);
    }

    void theJournalReadsWhatTheAppWrote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        {
            watch::Journal journal(path);
            journal.start();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            watch::JournalEvent old{now - 3 * 3600 * 1000, watch::EventKind::NodeStale, "eu", "az-a", "", "orders", "n-1", "", "", 0};
            watch::JournalEvent down{now - 60 * 1000, watch::EventKind::ServerDown, "eu", "az-b", "n2", "", "", "", "no-answer", 0};
            watch::JournalEvent back{now - 30 * 1000, watch::EventKind::NodeBack, "eu", "az-a", "", "orders", "n-1", "", "", 0};
            journal.append(std::vector<watch::JournalEvent>{old, down, back});
            QVERIFY(journal.flush());
        }
        QProcess p;
        p.start(SWITCHBOARD_CLI_PATH, {"journal", "--file", path, "--json"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // the last hour: not the one 3 h ago; oldest first
        QCOMPARE(nlohmann::json::parse(lines[0].toStdString())["kind"], "server-down");
        QCOMPARE(nlohmann::json::parse(lines[0].toStdString())["detail"], "no-answer");
        QCOMPARE(nlohmann::json::parse(lines[1].toStdString())["node"], "n-1");
        p.start(SWITCHBOARD_CLI_PATH, {"journal", "--file", path, "--since", "1d", "--kind", "node-stale", "--kind", "node-back"});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray table = p.readAllStandardOutput();
        QCOMPARE(table.count('\n'), 3); // the header and two rows
        QVERIFY2(table.startsWith("TIME") && table.contains("node-stale") && !table.contains("server-down"), table.constData());
        p.start(SWITCHBOARD_CLI_PATH, {"journal", "--file", dir.filePath("none.sqlite")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("no journal at"));
    }

    void collectStoresTheRegionsHistoryForTheJournal()
    {
        testing::NatsServerOptions options;
        options.jetStream = true;
        testing::NatsServer server(options);
        server.start();
        const QString url = QString::fromStdString(server.url());
        QTemporaryDir dir;
        const QString config = dir.filePath("collect.json");
        write(config, R"({"_comment": "as /etc/switchboard/collect.json", "region": "eu", "subject": [">"],
                          "rollup": "1s", "max-age": "2d", "events-max-bytes": "64MiB"})");
        QProcess collect;
        collect.start(SWITCHBOARD_CLI_PATH, {"--server", url, "collect", "--config", config, "--duration", "30s", "--json"});
        QVERIFY(collect.waitForStarted());
        QVERIFY(collect.waitForReadyRead(10000));
        const auto started = nlohmann::json::parse(collect.readLine().toStdString());
        QCOMPARE(started["state"], "started");
        QCOMPARE(started["created"].size(), 2u);
        QTest::qWait(2000); // the registry's first sweep is the baseline: the node comes after it

        QProcess mock;
        mock.start(SWITCHBOARD_CLI_PATH, {"--server", url, "mock", "ledger", "--endpoint", "Ledger.Post", "--zone", "az-b"});
        QVERIFY(mock.waitForStarted());
        QVERIFY(mock.waitForReadyRead(10000));
        QTest::qWait(3000); // a sweep of the registry and a few windows
        ::kill(pid_t(collect.processId()), SIGTERM);
        QVERIFY(collect.waitForFinished(15000));
        QCOMPARE(collect.exitCode(), 0);
        const QList<QByteArray> lines = collect.readAllStandardOutput().trimmed().split('\n');
        const auto last = nlohmann::json::parse(lines.back().toStdString());
        QCOMPARE(last["state"], "stopped");
        QCOMPARE(last["unsent"], 0);
        QVERIFY(last["rollups"].get<int>() >= 2);
        mock.terminate();
        mock.waitForFinished(5000);

        QProcess journal;
        journal.start(SWITCHBOARD_CLI_PATH, {"--server", url, "journal", "--collector", "--since", "10m", "--json"});
        QVERIFY(journal.waitForFinished(15000));
        QCOMPARE(journal.exitCode(), 0);
        const QByteArray out = journal.readAllStandardOutput();
        QVERIFY2(out.contains(R"("kind":"node-registered","region":"eu")") && out.contains(R"("service":"ledger")"), out.constData());

        // The stream keeps the limits from the config file.
        nats::ConnectOptions o;
        o.servers = {server.url()};
        watch::HistoryStreams streams(nats::Connection::connect(o), watch::HistoryConfig{});
        const watch::StreamState events = streams.info("SWITCHBOARD_EVENTS");
        QCOMPARE(events.maxAgeSeconds, 2 * 86400);
        QCOMPARE(events.maxBytes, int64_t(64) << 20);
    }

    void collectSaysWhatIsWrong()
    {
        testing::NatsServer plain; // no JetStream
        plain.start();
        QTemporaryDir dir;
        const QString config = dir.filePath("collect.json");
        write(config, R"({"region": "eu", "stream": "X"})");
        QProcess p;
        p.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(plain.url()), "collect", "--config", config});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains(R"("stream" is not an option of collect)"), "unknown key not named");
        write(config, "{not json");
        p.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(plain.url()), "collect", "--config", config});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("is not JSON"));
        p.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(plain.url()), "collect", "--events-stream", "a.b"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        p.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(plain.url()), "collect", "--duration", "1s"});
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray error = p.readAllStandardError();
        QVERIFY2(error.contains("JetStream is not enabled"), error.constData());
    }

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cli_watch.moc"
