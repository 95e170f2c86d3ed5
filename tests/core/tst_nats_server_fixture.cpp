// The test fixture itself: free ports, a zoned 3-server cluster with monitoring and a system
// account, kill/restart, and no server outliving a crashed test.
#include <QtTest>

#include <signal.h>

#include "NatsServer.h"
#include "nats/Connection.h"
#include "nats/Error.h"

using namespace switchboard;
using namespace switchboard::testing;

class TestNatsServerFixture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleServerOnAFreePort();
    void zonedClusterWithSystemAccount();
    void killAndRestart();
    void serverDiesWithACrashedTest();
};

void TestNatsServerFixture::singleServerOnAFreePort()
{
    NatsServer server;
    server.start();
    QVERIFY(server.clientPort() != 4222);
    nats::ConnectOptions o;
    o.servers = {server.url()};
    auto conn = nats::Connection::connect(o);
    QVERIFY(!conn->isClosed());
    QVERIFY(httpGet(server.monitorPort(), "/healthz").find("ok") != std::string::npos);
}

void TestNatsServerFixture::zonedClusterWithSystemAccount()
{
    NatsServerOptions so;
    so.servers = 3;
    so.systemAccount = true;
    NatsServer cluster(so);
    cluster.start();
    const char *zones[] = {"az-a", "az-b", "az-c"};
    for (int i = 0; i < 3; ++i) {
        const std::string varz = httpGet(cluster.monitorPort(i), "/varz");
        QVERIFY2(varz.find(std::string("\"az:") + zones[i] + "\"") != std::string::npos, varz.c_str());
        QVERIFY(httpGet(cluster.monitorPort(i), "/routez").find("\"num_routes\": 2") != std::string::npos);
    }
    // The system user sees every server answer a broadcast STATSZ request.
    nats::ConnectOptions o;
    o.servers = {cluster.url(0)};
    o.user = "sys";
    o.password = "sys";
    auto sys = nats::Connection::connect(o);
    std::atomic<int> replies{0};
    const std::string inbox = nats::Connection::newInbox();
    auto sub = sys->subscribe(inbox, [&](nats::Message &&) { ++replies; });
    sys->publishRequest("$SYS.REQ.SERVER.PING.STATSZ", inbox, "");
    QTRY_COMPARE(replies.load(), 3);
    // The application user lives in another account: no server answers it.
    o.user = "app";
    o.password = "app";
    auto app = nats::Connection::connect(o);
    std::atomic<int> appReplies{0};
    const std::string appInbox = nats::Connection::newInbox();
    auto appSub = app->subscribe(appInbox, [&](nats::Message &&m) {
        if (!m.isNoResponders())
            ++appReplies;
    });
    app->publishRequest("$SYS.REQ.SERVER.PING.STATSZ", appInbox, "");
    app->flush();
    QTest::qWait(200);
    QCOMPARE(appReplies.load(), 0);
}

void TestNatsServerFixture::killAndRestart()
{
    NatsServerOptions so;
    so.servers = 3;
    NatsServer cluster(so);
    cluster.start();
    const pid_t victim = cluster.pid(1);
    cluster.kill(1);
    QCOMPARE(::kill(victim, 0), -1); // gone
    QVERIFY(httpGet(cluster.monitorPort(1), "/healthz").empty());
    cluster.restart(1);
    QVERIFY(httpGet(cluster.monitorPort(1), "/healthz").find("ok") != std::string::npos);
    QVERIFY(httpGet(cluster.monitorPort(0), "/routez").find("\"num_routes\": 2") != std::string::npos);
}

void TestNatsServerFixture::serverDiesWithACrashedTest()
{
    QProcess helper;
    helper.start(QCoreApplication::applicationDirPath() + QStringLiteral("/nats_server_orphan_helper"));
    QVERIFY(helper.waitForFinished(20000));
    QVERIFY(helper.exitStatus() == QProcess::CrashExit);
    const QList<QByteArray> printed = helper.readAllStandardOutput().trimmed().split(' ');
    QCOMPARE(printed.size(), 2);
    const pid_t pid = static_cast<pid_t>(printed[0].toInt());
    QVERIFY(pid > 0);
    // A crash runs no destructor, so the directory stays; the test removes it, not /tmp's owner.
    const QString directory = QString::fromUtf8(printed[1]);
    QVERIFY(directory.startsWith(QLatin1String(NatsServer::kDirectoryPrefix)));
    const auto removeDirectory = qScopeGuard([&] { QDir(directory).removeRecursively(); });
    // PR_SET_PDEATHSIG kills it; it is then reparented and reaped.
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        for (pid_t p : natsServersMentioning(NatsServer::kDirectoryPrefix))
            if (p == pid)
                return false;
        return true;
    }(), 5000);
}

QTEST_GUILESS_MAIN(TestNatsServerFixture)
#include "tst_nats_server_fixture.moc"
