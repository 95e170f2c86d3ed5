// The Timeline's rows: newest first from a real journal file, filtered by kind, zone, service and
// text, a page at a time as the list scrolls, the histogram of the range, and new events added on
// top without starting the list again (the place the user scrolled to stays).
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "EventWords.h"
#include "TimelineModel.h"
#include "watch/Journal.h"

using namespace switchboard::gui;
using namespace switchboard::watch;

namespace {
JournalEvent makeEvent(qint64 at, EventKind kind, const QString &service, const QString &zone, const QString &node)
{
    JournalEvent e;
    e.atMs = at;
    e.kind = kind;
    e.region = "eu";
    e.zone = zone;
    e.service = service;
    e.node = node;
    return e;
}

bool settled(TimelineModel &m)
{
    return !m.loading() && !m.counting();
}
} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFiltersPagesAndNewEventsOnTop()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath("journal.sqlite"));
        journal.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // 500 events over the last 50 minutes, one every 6 s; every 5th goes stale in az-b.
        for (int i = 0; i < 500; ++i) {
            const bool stale = i % 5 == 0;
            journal.append(makeEvent(now - (500 - i) * 6000, stale ? EventKind::NodeStale : EventKind::NodeRegistered,
                                 i % 2 ? "orders" : "payments", stale ? "az-b" : "az-a", QString("node-%1").arg(i)));
        }
        QVERIFY(journal.flush());

        // A model tester fetches every page as soon as it can: it checks that pages fetched from
        // inside the model's own signals neither repeat nor skip rows.
        {
            TimelineModel eager;
            QAbstractItemModelTester tester(&eager, QAbstractItemModelTester::FailureReportingMode::QtTest);
            eager.setJournal(&journal);
            QTRY_VERIFY(settled(eager) && eager.rowCount() == 500);
            QSet<QString> nodes;
            for (int row = 0; row < eager.rowCount(); ++row)
                nodes.insert(eager.get(row).value("node").toString());
            QCOMPARE(nodes.size(), 500);
        }

        TimelineModel model;
        model.setJournal(&journal);
        QTRY_VERIFY(settled(model));
        QCOMPARE(model.problem(), QString());
        QCOMPARE(model.total(), 500);
        QCOMPARE(model.rowCount(), TimelineModel::kPageSize);
        QCOMPARE(model.get(0).value("node").toString(), QString("node-499")); // newest first
        QCOMPARE(model.get(0).value("sentence").toString(), EventWords::sentence(makeEvent(0, EventKind::NodeRegistered, "orders", "az-a", "node-499")));
        qint64 inHistogram = 0;
        for (const QVariant &n : model.histogram())
            inHistogram += n.toLongLong();
        QCOMPARE(model.histogram().size(), TimelineModel::kHistogramSlices);
        QCOMPARE(inHistogram, 500);
        // Oldest slice first: the 50 minutes of events fill the last 50 of the hour's 60 slices.
        QCOMPARE(model.histogram().first().toLongLong(), 0);
        QVERIFY(model.histogram().last().toLongLong() > 0);

        // Scrolling down fetches the next pages until all are there.
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * TimelineModel::kPageSize);
        QTRY_VERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 500);
        QTRY_VERIFY(settled(model));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.get(499).value("node").toString(), QString("node-0"));

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // New events go on top; the rows below stay (no reset).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        journal.append(makeEvent(QDateTime::currentMSecsSinceEpoch(), EventKind::ServerDown, "", "az-c", ""));
        journal.append(makeEvent(QDateTime::currentMSecsSinceEpoch(), EventKind::NodeBack, "orders", "az-b", "node-0"));
        QVERIFY(journal.flush());
        QTRY_COMPARE(model.rowCount(), 502);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(model.get(0).value("kind").toString(), QString("node-back"));
        QCOMPARE(model.get(0).value("tone").toString(), QString("green"));

        // Filters: kind, zone, service, text; each starts the list again.
        model.setKinds({"node-stale"});
        QTRY_VERIFY(settled(model) && model.total() == 100);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.get(0).value("zone").toString(), QString("az-b"));
        model.setService("orders"); // stale ones are i % 5 == 0; orders are odd i: i % 10 == 5
        QTRY_VERIFY(settled(model) && model.total() == 50);
        model.setKinds({});
        model.setService({});
        model.setText("NODE-49");
        QTRY_VERIFY(settled(model) && model.total() == 11); // node-49, node-490 … node-499
        model.setText({});
        model.setZone("az-c");
        QTRY_VERIFY(settled(model) && model.total() == 1);
        QCOMPARE(model.get(0).value("kind").toString(), QString("server-down"));
        model.setZone({});
        model.setRangeMinutes(15); // 150 of the first 500 (every 6 s), and the two new ones
        QTRY_VERIFY(settled(model) && model.total() >= 150 && model.total() <= 152);
    }

    void aServerDownIsWordedFromItsStoredFault()
    {
        JournalEvent e = makeEvent(0, EventKind::ServerDown, "", "az-b", "");
        e.server = "n2";
        e.detail = "no-answer";
        QCOMPARE(EventWords::sentence(e), QString("Server n2 in az-b is down: did not answer the $SYS request"));
        e.detail = "connection refused"; // the transport's own words are kept as they are
        QCOMPARE(EventWords::sentence(e), QString("Server n2 in az-b is down: connection refused"));
    }

    void aJournalThatCannotBeReadIsSaid()
    {
        QTemporaryDir dir;
        Journal journal(dir.filePath("never-written/journal.sqlite")); // not started: no file
        TimelineModel model;
        model.setJournal(&journal);
        QTRY_VERIFY(settled(model));
        QVERIFY(!model.problem().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timeline_model.moc"
