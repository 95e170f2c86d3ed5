// The kept load runs: a run written and read back exactly, listed newest first; a folder that
// cannot be written says so and keeps nothing half-written; damaged and oversized files are
// listed with their reason and left on disk; past the cap the oldest runs' files go.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "LoadRunStore.h"

using namespace switchboard;
using namespace switchboard::gui;

namespace {

load::LoadSnapshot runOf(int samples)
{
    load::LatencyHistogram h;
    for (int i = 1; i <= samples; ++i)
        h.record(i * 10);
    load::LoadSnapshot run;
    run.state = load::LoadSnapshot::State::Finished;
    run.done = uint64_t(samples);
    run.latency = h.snapshot();
    return run;
}

load::LoadPlan plan()
{
    load::LoadPlan p;
    p.service = "greeter";
    p.endpoint = "Greeter.Hello";
    p.concurrency = 8;
    return p;
}

} // namespace

class TestLoadRunStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keptAndReadBack()
    {
        QTemporaryDir dir;
        LoadRunStore store(dir.filePath("load-runs"));
        QVERIFY(store.waitForLoaded());
        QCOMPARE(store.runs()->count(), 0);
        const QString first = store.save(plan(), runOf(100), "pass");
        const QString second = store.save(plan(), runOf(300), "fail");
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        QCOMPARE(store.runs()->count(), 2);
        QCOMPARE(store.runs()->get(0).value("runId").toString(), second); // newest first
        QCOMPARE(store.runs()->get(0).value("verdict").toString(), QString("fail"));
        QString error;
        const auto back = store.read(first, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->run.done, uint64_t(100));
        QCOMPARE(back->run.latency.percentileMicros(99), runOf(100).latency.percentileMicros(99));
        QCOMPARE(back->plan.concurrency, 8);
        // A second store on the same folder (the app started again) lists the same.
        LoadRunStore again(dir.filePath("load-runs"));
        QVERIFY(again.waitForLoaded());
        QCOMPARE(again.runs()->count(), 2);
        QCOMPARE(again.info(first).value("verdict").toString(), QString("pass"));
        QCOMPARE(again.runs()->get(1).value("damaged").toBool(), false);
    }

    void unwritableFolderSaysSo()
    {
        QTemporaryDir dir;
        // A file where the folder should be: root can write anywhere, but not into a file.
        QFile blocker(dir.filePath("load-runs"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LoadRunStore store(dir.filePath("load-runs"));
        QVERIFY(store.waitForLoaded());
        QSignalSpy spy(&store, &LoadRunStore::saveErrorChanged);
        QCOMPARE(store.save(plan(), runOf(10), {}), QString());
        QCOMPARE(spy.count(), 1);
        QVERIFY2(store.saveError().startsWith("The load run could not be kept in "), qPrintable(store.saveError()));
        QCOMPARE(store.runs()->count(), 0);
    }

    void damagedFilesListedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("load-runs");
        QVERIFY(QDir().mkpath(folder));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(folder + "/" + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write("cut.json", R"({"service":"greeter","latency":)");
        write("other.json", R"({"hello":"world"})");
        // A run whose own fields have other types than written: read, those fields left empty.
        QByteArray odd;
        {
            LoadRunStore writer(dir.filePath("scratch"));
            QVERIFY(writer.waitForLoaded());
            const QString id = writer.save(plan(), runOf(10), "pass");
            QFile f(dir.filePath("scratch") + "/" + id + ".json");
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto json = nlohmann::json::parse(f.readAll().toStdString());
            json["at"] = 5;
            json["verdict"] = nlohmann::json::array({1});
            odd = QByteArray::fromStdString(json.dump());
        }
        write("odd.json", odd);
        QFile big(folder + "/big.json");
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(LoadRunStore::kMaxFileBytes + 1));
        big.close();
        LoadRunStore store(folder);
        QVERIFY(store.waitForLoaded());
        QCOMPARE(store.runs()->count(), 4);
        const QVariantMap oddRow = store.runs()->get(store.runs()->indexOfKey("odd"));
        QCOMPARE(oddRow.value("damaged").toBool(), false);
        QCOMPARE(oddRow.value("verdict").toString(), QString());
        for (int i = 0; i < 4; ++i) {
            const QVariantMap row = store.runs()->get(i);
            if (row.value("runId") == "odd")
                continue;
            QVERIFY(row.value("damaged").toBool());
            QVERIFY2(row.value("summary").toString().startsWith("Damaged: "), qPrintable(row.value("summary").toString()));
        }
        QString error;
        QVERIFY(!store.read("big", &error));
        QVERIFY2(error.contains("larger than 16 MiB"), qPrintable(error));
        QVERIFY(!store.read("cut", &error));
        QVERIFY2(error.contains("not JSON"), qPrintable(error));
        // A new run does not push damaged files out, and they stay on disk until removed.
        QVERIFY(!store.save(plan(), runOf(10), {}).isEmpty());
        QVERIFY(QFile::exists(folder + "/cut.json"));
        store.remove("cut");
        QVERIFY(!QFile::exists(folder + "/cut.json"));
        QCOMPARE(store.runs()->count(), 4);
    }

    void oldestRunsGoPastTheCap()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("load-runs");
        LoadRunStore store(folder);
        QVERIFY(store.waitForLoaded());
        QStringList ids;
        for (int i = 0; i < LoadRunStore::kMaxRuns + 3; ++i)
            ids << store.save(plan(), runOf(5), {});
        QCOMPARE(store.runs()->count(), LoadRunStore::kMaxRuns);
        QCOMPARE(QDir(folder).entryList({"*.json"}, QDir::Files).size(), LoadRunStore::kMaxRuns);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!QFile::exists(folder + "/" + ids[i] + ".json"), qPrintable(ids[i]));
        QVERIFY(QFile::exists(folder + "/" + ids.last() + ".json"));
    }
};

QTEST_MAIN(TestLoadRunStore)
#include "tst_load_run_store.moc"
