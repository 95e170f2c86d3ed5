// switchboard-cli's live views through failover (issue 12 §1), on a 3-server cluster.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

#include "NatsServer.h"

using namespace switchboard;
using namespace switchboard::testing;

class TestCliFailover : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void watchViewsKeepGoingThroughFailover();

private:
    const QString exe = QStringLiteral(SWITCHBOARD_CLI_PATH);
};

void TestCliFailover::watchViewsKeepGoingThroughFailover()
{
    // Issue 12 §1: `services --watch` and `cluster --watch` on a 3-server cluster go on printing
    // while the servers they use are killed one after the other (kill -9).
    NatsServerOptions o;
    o.servers = 3;
    NatsServer cluster(o);
    cluster.start();
    std::vector<std::unique_ptr<QProcess>> watches;
    for (const QStringList &args : {QStringList{QStringLiteral("services"), QStringLiteral("--watch"), QStringLiteral("--interval"),
                                                QStringLiteral("300ms"), QStringLiteral("--json")},
                                    QStringList{QStringLiteral("cluster"), QStringLiteral("--watch"), QStringLiteral("--interval"),
                                                QStringLiteral("300ms"), QStringLiteral("--json")}}) {
        auto p = std::make_unique<QProcess>();
        p->start(exe, QStringList{QStringLiteral("--server"), QString::fromStdString(cluster.urls())} + args);
        QVERIFY(p->waitForStarted());
        watches.push_back(std::move(p));
    }
    auto linesSoFar = [&](QProcess &p, QByteArray &seen) {
        seen += p.readAllStandardOutput();
        return seen.count('\n');
    };
    std::vector<QByteArray> seen(watches.size());
    for (size_t i = 0; i < watches.size(); ++i)
        QTRY_VERIFY_WITH_TIMEOUT(linesSoFar(*watches[i], seen[i]) >= 1, 10000);
    for (int killed = 0; killed < 2; ++killed) {
        cluster.kill(killed);
        std::vector<qsizetype> before;
        for (size_t i = 0; i < watches.size(); ++i)
            before.push_back(linesSoFar(*watches[i], seen[i]));
        for (size_t i = 0; i < watches.size(); ++i) {
            QTRY_VERIFY2_WITH_TIMEOUT(linesSoFar(*watches[i], seen[i]) >= before[i] + 3,
                                      qPrintable(QStringLiteral("watch %1 stopped after server %2 died: %3")
                                                     .arg(i).arg(killed).arg(QString::fromUtf8(watches[i]->readAllStandardError()))),
                                      15000);
            QCOMPARE(watches[i]->state(), QProcess::Running);
        }
    }
    // Each line is a whole JSON document, the last one too.
    for (auto &s : seen) {
        const QByteArrayList lines = s.trimmed().split('\n');
        QVERIFY(!nlohmann::json::parse(lines.last().toStdString(), nullptr, false).is_discarded());
    }
    for (auto &p : watches) {
        p->terminate();
        p->waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(TestCliFailover)
#include "tst_cli_failover.moc"
