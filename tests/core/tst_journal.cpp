// The journal on real SQLite files: batches written and read back newest first under filters, a
// writer killed with SIGKILL mid-batch leaves a sound file holding every committed batch, a
// damaged file is set aside (kept) and a new one started, an unwritable place or a full disk
// makes the journal unavailable without blocking or losing what is pending, and retention keeps
// the days and the size cap.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>


#include "UnwritablePlace.h"
#include "watch/Journal.h"
#include "watch/JournalReader.h"

using namespace switchboard::watch;

namespace {
constexpr qint64 kMinute = 60'000;

JournalEvent eventAt(qint64 at, EventKind kind, const QString &service, const QString &node = {})
{
    JournalEvent e;
    e.atMs = at;
    e.kind = kind;
    e.region = "eu";
    e.zone = at % 2 ? "az-a" : "az-b";
    e.service = service;
    e.node = node;
    return e;
}

/// SQLite's own verdict on the file, and the number of events in it.
std::pair<QString, qint64> inspect(const QString &path)
{
    std::pair<QString, qint64> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec("PRAGMA integrity_check") && q.next())
                result.first = q.value(0).toString();
            if (q.exec("SELECT count(*) FROM events") && q.next())
                result.second = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase("inspect");
    return result;
}
} // namespace

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesInBatchesAndReadsBackNewestFirstUnderFilters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("data/journal.sqlite"); // the folder is made
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60 * kMinute;
        std::vector<JournalEvent> written;
        {
            Journal journal(path);
            journal.start();
            for (int i = 0; i < 1000; ++i) {
                JournalEvent e = eventAt(t0 + i * 3000, i % 10 == 0 ? EventKind::NodeStale : EventKind::NodeRegistered,
                                         i % 3 == 0 ? "orders" : "payments", QString("node-%1").arg(i));
                e.detail = i == 500 ? "Ünïcode · 支付" : "";
                e.value = i;
                written.push_back(e);
                journal.append(e);
            }
            QVERIFY2(journal.flush(), qPrintable(journal.problemDetail()));
            QCOMPARE(journal.written(), 1000);
            QCOMPARE(journal.state(), Journal::State::Ready);
        }
        JournalReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.problem()));
        JournalQuery all;
        all.limit = 100;
        std::vector<StoredEvent> page = reader.page(all);
        QCOMPARE(page.size(), size_t(100));
        QCOMPARE(page.front().event, written.back());
        QCOMPARE(page.back().event, written[900]);
        all.after = page.back();
        page = reader.page(all);
        QCOMPARE(page.front().event, written[899]);
        QCOMPARE(reader.count({}), 1000);

        JournalQuery stale;
        stale.kinds = {EventKind::NodeStale};
        stale.service = "orders"; // i % 10 == 0 and i % 3 == 0: i % 30 == 0
        QCOMPARE(reader.count(stale), 34);
        JournalQuery text;
        text.text = "支付";
        page = reader.page(text);
        QCOMPARE(page.size(), size_t(1));
        QCOMPARE(page.front().event, written[500]);
        text.text = "NODE-99"; // node-99, node-990…node-999
        QCOMPARE(reader.count(text), 11);

        JournalQuery range;
        range.sinceMs = t0;
        range.untilMs = t0 + 3000 * 1000;
        const std::vector<qint64> slices = reader.histogram(range, 10);
        QCOMPARE(slices.size(), size_t(10));
        for (qint64 n : slices)
            QCOMPARE(n, 100);
    }

    void aRowSQLiteRefusesHoldsBackNothingElse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        Journal journal(path);
        journal.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 100; ++i) {
            JournalEvent e = eventAt(now + i, EventKind::CallErrors, "orders");
            e.value = i == 50 ? std::numeric_limits<double>::quiet_NaN() : i; // SQLite stores NaN as NULL: refused
            journal.append(e);
        }
        QVERIFY(journal.flush());
        QCOMPARE(journal.state(), Journal::State::Ready);
        QCOMPARE(journal.written(), 99);
        QCOMPARE(journal.dropped(), 1);
        QCOMPARE(inspect(path), std::make_pair(QString("ok"), qint64(99)));
    }

    void aWriterKilledMidBatchLeavesASoundFileWithEveryCommittedBatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        QProcess writer;
        writer.start(SB_JOURNAL_WRITER, {path});
        QVERIFY(writer.waitForStarted());
        qint64 committed = 0;
        QString buffered;
        QElapsedTimer clock;
        clock.start();
        while (committed < 20'000 && clock.elapsed() < 20'000) {
            writer.waitForReadyRead(500);
            buffered += QString::fromLatin1(writer.readAllStandardOutput());
            const QStringList lines = buffered.split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                if (lines[i].startsWith("committed "))
                    committed = lines[i].mid(10).toLongLong();
            buffered = lines.back();
        }
        QVERIFY2(committed >= 20'000, qPrintable(QString("only %1 committed").arg(committed)));
        writer.kill(); // SIGKILL: no destructor, no last flush
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const auto [verdict, count] = inspect(path);
        QCOMPARE(verdict, QString("ok"));
        QVERIFY2(count >= committed, qPrintable(QString("%1 in the file, %2 reported committed").arg(count).arg(committed)));
        // And the journal goes on with the same file.
        Journal journal(path);
        journal.start();
        journal.append(eventAt(QDateTime::currentMSecsSinceEpoch(), EventKind::ConnectionBack, ""));
        QVERIFY(journal.flush());
        QCOMPARE(inspect(path).second, count + 1);
    }

    void aDamagedFileIsSetAsideAndANewOneStarted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        QByteArray garbage(64 * 1024, '\x5a');
        garbage.prepend("not a database at all");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        Journal journal(path);
        journal.start();
        journal.append(eventAt(QDateTime::currentMSecsSinceEpoch(), EventKind::ServerDown, ""));
        QVERIFY(journal.flush());
        QCOMPARE(journal.state(), Journal::State::Ready);
        const QString aside = journal.setAsidePath();
        QVERIFY2(aside.startsWith(path + ".damaged-"), qPrintable(aside));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage); // nothing of it lost
        QCOMPARE(inspect(path), std::make_pair(QString("ok"), qint64(1)));
    }

    void anUnwritablePlaceMakesItUnavailableWithoutBlockingOrLosing()
    {
        QTemporaryDir dir;
        const QString path = switchboard::testing::unwritablePath(dir, "journal.sqlite");
        Journal journal(path);
        journal.start();
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 1000; ++i)
            journal.append(eventAt(QDateTime::currentMSecsSinceEpoch(), EventKind::NodeRegistered, "orders"));
        QVERIFY2(clock.elapsed() < 500, "append waited for the disk");
        QVERIFY(!journal.flush(3000));
        QCOMPARE(journal.state(), Journal::State::Unavailable);
        QVERIFY(journal.problem() == JournalFile::Problem::ReadOnly || journal.problem() == JournalFile::Problem::CannotCreate);
        QVERIFY(!journal.problemDetail().isEmpty());
        QCOMPARE(journal.pending(), size_t(1000)); // kept for when the place can be written
        QCOMPARE(journal.dropped(), 0);
    }

    void aFullDiskKeepsWhatIsPendingAndTheFileSound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        Journal::Limits limits;
        limits.maxPages = 40; // SQLite's "database or disk is full" after ~160 KiB
        Journal journal(path, limits);
        journal.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        journal.append(eventAt(now, EventKind::NodeRegistered, "orders", "first"));
        QVERIFY(journal.flush());
        for (int i = 0; i < 20'000; ++i)
            journal.append(eventAt(now + i, EventKind::NodeRegistered, "orders", QString("node-%1").arg(i)));
        QVERIFY(!journal.flush(5000));
        QCOMPARE(journal.state(), Journal::State::Unavailable);
        QCOMPARE(journal.problem(), JournalFile::Problem::DiskFull);
        QCOMPARE(journal.pending(), size_t(20'000));
        QCOMPARE(journal.written(), 1);
        QCOMPARE(inspect(path), std::make_pair(QString("ok"), qint64(1)));
    }

    void aVersionOneJournalGetsItsTextIndexAndTextFindsTheSameRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            // A journal as version 1 wrote it: the table, its indexes, no text index.
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE events (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL,"
                           " region TEXT NOT NULL DEFAULT '', zone TEXT NOT NULL DEFAULT '', server TEXT NOT NULL DEFAULT '',"
                           " service TEXT NOT NULL DEFAULT '', node TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '',"
                           " detail TEXT NOT NULL DEFAULT '', value REAL NOT NULL DEFAULT 0)"));
            QVERIFY(q.exec("CREATE INDEX events_at ON events (at)"));
            QVERIFY(q.exec("BEGIN"));
            for (int i = 0; i < 9000; ++i)
                QVERIFY(q.exec(QString("INSERT INTO events (at, kind, service, node) VALUES (%1, 'node-stale', 'Orders', 'orders-%2')")
                                   .arg(now - 9000 + i)
                                   .arg(i)));
            QVERIFY(q.exec("COMMIT"));
            QVERIFY(q.exec("PRAGMA user_version = 1"));
        }
        QSqlDatabase::removeDatabase("v1");
        Journal journal(path);
        journal.start();
        QTRY_COMPARE(journal.state(), Journal::State::Ready); // opened and migrated
        JournalReader reader(path);
        JournalQuery q;
        q.text = "ORDERS-12"; // the index and the scan alike: inside a field, any ASCII case
        q.limit = 1000;
        const auto rows = reader.page(q); // orders-12, orders-120…129, orders-1200…1299
        QCOMPARE(int(rows.size()), 111);
        QCOMPARE(reader.count(q), 111);
        q.text = "orders-8999"; // the newest: found by the scan of the newest rows
        QCOMPARE(int(reader.page(q).size()), 1);
        q.text = "orders-0"; // the oldest: beyond the scan, found through the index
        QCOMPARE(reader.page(q).front().event.node, QString("orders-0"));
        q.text = "or"; // two characters: scanned
        QCOMPARE(reader.count(q), 9000);
        {
            // The index was built from the version-1 rows (not only the scan finding them).
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery c(db);
            QVERIFY(c.exec("SELECT count(*) FROM events_text WHERE events_text MATCH '\"orders-12\"'") && c.next());
            QCOMPARE(c.value(0).toInt(), 111);
        }
        QSqlDatabase::removeDatabase("check");
    }

    void retentionKeepsTheDaysAndTheSizeCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("journal.sqlite");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Journal::Limits limits;
        limits.retentionDays = 7;
        limits.maxBytes = 256 * 1024;
        Journal journal(path, limits);
        journal.start();
        journal.append(eventAt(now - 8 * 24 * 60 * kMinute, EventKind::NodeStale, "old"));
        journal.append(eventAt(now - 6 * 24 * 60 * kMinute, EventKind::NodeStale, "kept"));
        QVERIFY(journal.flush());
        journal.trim();
        QTRY_COMPARE(inspect(path).second, 1);
        for (int i = 0; i < 20'000; ++i)
            journal.append(eventAt(now + i, EventKind::NodeRegistered, "orders", QString("node-%1").arg(i)));
        QVERIFY(journal.flush());
        journal.trim();
        JournalReader reader(path);
        // Trimming runs on the journal's thread: rows go in steps, then the pages are given back.
        // Its end is the file under the cap; only then is the count final (read before, it caught
        // the deletion half-way: 19 756, 1 008 or 785 rows in three runs, and failed under load).
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(path).size() <= limits.maxBytes + 64 * 1024,
                                  qPrintable(QString::number(QFileInfo(path).size())), 20000);
        const qint64 kept = reader.count({});
        // Nine tenths of 256 KiB at ~300 bytes a row with its trigram index: ~780 rows. What
        // matters is that trimming stopped there: many kept, not all, not none.
        QVERIFY2(kept >= 500 && kept < 5000, qPrintable(QString::number(kept)));
        JournalQuery newest;
        newest.limit = 1;
        QCOMPARE(reader.page(newest).front().event.node, QString("node-19999")); // the oldest went
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
