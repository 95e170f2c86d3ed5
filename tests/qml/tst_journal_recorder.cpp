// The app keeps the journal: against a real nats-server, a go-micro node that hangs (SIGSTOP) is
// journaled stale with its service, zone and region, and back when it answers again (SIGCONT);
// the first picture of the cluster is not journaled. A subject the Traffic page watches is
// journaled when it starts and when it stops carrying messages.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include "AppContext.h"
#include "JournalStatus.h"
#include "NatsServer.h"
#include "TrafficController.h"
#include "nats/Connection.h"
#include "UnwritablePlace.h"
#include "watch/JournalReader.h"

using namespace switchboard;
using namespace switchboard::gui;
using namespace switchboard::watch;

class TestJournalRecorder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aHungNodeIsJournaledStaleThenBack()
    {
        testing::NatsServer nats;
        nats.start();
        QProcess mock;
        mock.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(nats.url()), "mock", "sleepy", "--endpoint",
                                          "Mock.Call", "--zone", "az-c"});
        QVERIFY(mock.waitForStarted());
        QVERIFY(mock.waitForReadyRead(10000));

        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        SessionSettings s;
        s.services.servers = {nats.url()};
        s.label = "eu-test";
        app.openSession(s);
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->catalogReady() && app.session()->nodeCount() == 1, 10000);

        JournalReader reader(dir.filePath("journal.sqlite"));
        auto eventsOf = [&](EventKind kind) {
            JournalQuery q;
            q.kinds = {kind};
            q.service = "sleepy";
            return reader.page(q);
        };
        // Sweeps now and then, as the requery timer would, until `kind` is journaled.
        auto waitFor = [&](EventKind kind) {
            for (int i = 0; i < 40; ++i) {
                app.session()->refresh();
                QTest::qWait(500);
                QVERIFY(app.journal()->flush());
                if (!eventsOf(kind).empty())
                    return;
            }
            QFAIL(qPrintable("no " + kindName(kind) + " event"));
        };
        const pid_t pid = pid_t(mock.processId());
        ::kill(pid, SIGSTOP);
        waitFor(EventKind::NodeStale);
        ::kill(pid, SIGCONT);
        waitFor(EventKind::NodeBack);

        const StoredEvent stale = eventsOf(EventKind::NodeStale).front();
        QCOMPARE(stale.event.region, QString("eu-test"));
        QCOMPARE(stale.event.zone, QString("az-c"));
        QVERIFY(!stale.event.node.isEmpty());
        QCOMPARE(eventsOf(EventKind::NodeBack).front().event.node, stale.event.node);
        QVERIFY2(eventsOf(EventKind::NodeBack).front().id > stale.id, "back before stale");
        // Connecting and the first sweep are the baseline: nothing registered was journaled.
        QVERIFY(eventsOf(EventKind::NodeRegistered).empty());
        QCOMPARE(reader.count({}), 2);

        // Closing the connection (as quitting does) is no loss: nothing is journaled; nor is the
        // first picture after opening again.
        app.session()->close();
        QTest::qWait(300);
        QVERIFY(app.journal()->flush());
        QCOMPARE(reader.count({}), 2);
        SessionSettings next = s;
        next.label = "eu-test-2";
        app.openSession(next);
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->catalogReady() && app.session()->nodeCount() == 1, 10000);
        app.session()->refresh();
        QTest::qWait(1000);
        QVERIFY(app.journal()->flush());
        QCOMPARE(reader.count({}), 2);

        mock.terminate();
        mock.waitForFinished(5000);
    }

    void aWatchedSubjectStartingAndStoppingIsJournaled()
    {
        testing::NatsServer nats;
        nats.start();
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        SessionSettings s;
        s.services.servers = {nats.url()};
        s.label = "eu-test";
        app.openSession(s);
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->state() == Session::Connected, 10000);

        TrafficController traffic;
        traffic.setActivityWindow(1000); // windows of a second instead of ten
        traffic.setSession(app.session());
        QVERIFY(traffic.subscribe("orders.>", QString()).isEmpty());
        nats::ConnectOptions o;
        o.servers = {nats.url()};
        auto publisher = nats::Connection::connect(o);
        const auto publishFor = [&](int ms, const std::string &subject) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms) {
                publisher->publish(subject, "{}");
                publisher->flush();
                QTest::qWait(50);
            }
        };
        publishFor(2500, "orders.audit"); // flowing from before: the baseline, not news
        publishFor(4000, "orders.created");
        QTest::qWait(4500);                // two empty windows and more: both stopped

        QVERIFY(app.journal()->flush());
        JournalReader reader(dir.filePath("journal.sqlite"));
        const auto count = [&](EventKind kind, const QString &subject) {
            JournalQuery q;
            q.kinds = {kind};
            int n = 0;
            for (const StoredEvent &e : reader.page(q))
                n += e.event.subject == subject && e.event.region == "eu-test" ? 1 : 0; // with its region
            return n;
        };
        QCOMPARE(count(EventKind::SubjectStarted, "orders.created"), 1);
        QCOMPARE(count(EventKind::SubjectStopped, "orders.created"), 1);
        QCOMPARE(count(EventKind::SubjectStarted, "orders.audit"), 0);
        QCOMPARE(count(EventKind::SubjectStopped, "orders.audit"), 1);
    }

    void theBannerSaysWhyChangesAreNotWrittenAndHowManyAreKept()
    {
        QTemporaryDir dir;
        const QString path = testing::unwritablePath(dir, "journal.sqlite");
        Journal journal(path);
        JournalStatus status(&journal);
        QCOMPARE(status.text(), QString());
        journal.start();
        for (int i = 0; i < 3; ++i)
            journal.append(JournalEvent{1, EventKind::NodeStale});
        QTRY_COMPARE(status.kind(), QString("warning"));
        QVERIFY2(status.text().contains(QFileInfo(path).absolutePath()), qPrintable(status.text()));
        QTRY_VERIFY2(status.text().contains("3 change"), qPrintable(status.text()));
    }

    void theBannerSaysOnceThatADamagedFileWasKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        Journal journal(path);
        JournalStatus status(&journal);
        journal.start();
        QTRY_COMPARE(status.kind(), QString("info"));
        QVERIFY2(status.text().contains(journal.setAsidePath()), qPrintable(status.text()));
        status.acknowledge();
        QCOMPARE(status.text(), QString());
    }
};

QTEST_MAIN(TestJournalRecorder)
#include "tst_journal_recorder.moc"
