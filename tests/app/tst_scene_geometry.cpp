// The map the real app lays out, checked from its --dump-scene: on the demo, on two regions and
// with 1 000 synthetic nodes (at the level the app picks by size, and at the Nodes level), no
// edge passes through a box it does not join, no two visible labels overlap, and after Fit the
// map covers at least half the canvas and 80 % of its width or height.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "TopologyFixtures.h"

using namespace switchboard::gui;

namespace {

struct Dumped {
    MapScene scene;
    QJsonObject root;
};

Dumped load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Dumped d;
    d.root = QJsonDocument::fromJson(f.readAll()).object();
    auto rect = [](const QJsonObject &o) { return QRectF(o["x"].toDouble(), o["y"].toDouble(), o["w"].toDouble(), o["h"].toDouble()); };
    for (const QJsonValue &v : d.root["boxes"].toArray()) {
        const QJsonObject o = v.toObject();
        MapBox b;
        b.key = o["id"].toString();
        b.parent = o["parent"].toString();
        b.frame = o["frame"].toBool();
        b.rect = rect(o);
        d.scene.boxes.push_back(b);
    }
    for (const QJsonValue &v : d.root["edges"].toArray()) {
        const QJsonObject o = v.toObject();
        MapEdge e;
        e.from = o["from"].toString();
        e.to = o["to"].toString();
        for (const QJsonValue &p : o["polyline"].toArray())
            e.route << QPointF(p.toArray()[0].toDouble(), p.toArray()[1].toDouble());
        d.scene.edges.push_back(e);
    }
    return d;
}

} // namespace

class TestSceneGeometry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void laidOutMapKeepsItsRules_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("level"); // remembered before the start; empty: chosen by size
        // Whether words must be on the map: at the nodes level of 1 000 nodes Fit zooms to ~0.23,
        // where only edge rates stay at 11 px, and those come with the first sampled calls (a
        // loaded machine dumped the scene before them: CI saw 0 labels, a quiet one 1–3).
        QTest::addColumn<bool>("wordsExpected");
        QTest::newRow("demo") << QStringList{} << QString() << true;
        QTest::newRow("demo, zones") << QStringList{} << QString("zones") << true;
        QTest::newRow("two regions") << QStringList{"--regions", "2"} << QString() << true;
        QTest::newRow("1 000 nodes") << QStringList{"--demo-nodes", "1000"} << QString() << true;
        QTest::newRow("1 000 nodes, nodes level") << QStringList{"--demo-nodes", "1000"} << QString("nodes") << false;
    }

    void laidOutMapKeepsItsRules()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, level);
        QFETCH(bool, wordsExpected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        if (!level.isEmpty()) {
            QDir().mkpath(home.filePath("Switchboard"));
            QFile settings(home.filePath("Switchboard/switchboard.conf"));
            QVERIFY(settings.open(QIODevice::WriteOnly));
            settings.write("[topology]\nlevel=" + level.toUtf8() + "\n");
        }
        const QString file = home.filePath("scene.json");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", home.path());
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(SB_SWITCHBOARD, QStringList{"--demo", "--page", "topology", "--dump-scene", file} + arguments);
        QVERIFY(app.waitForFinished(150000));
        const QString output = QString::fromUtf8(app.readAll());
        QVERIFY2(app.exitCode() == 0, qPrintable(output));
        const Dumped d = load(file);
        QVERIFY2(!d.scene.boxes.empty(), qPrintable(output));
        if (!level.isEmpty())
            QCOMPARE(d.root["level"].toString(), level);

        // Routes.
        const QString problem = testing::geometryProblem(d.scene);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!d.scene.edges.empty());

        // Labels: none over another.
        const QJsonArray labels = d.root["labels"].toArray();
        QVERIFY(!wordsExpected || !labels.isEmpty());
        std::vector<std::pair<QRectF, QString>> rects;
        for (const QJsonValue &v : labels) {
            const QJsonObject o = v.toObject();
            rects.push_back({QRectF(o["x"].toDouble(), o["y"].toDouble(), o["w"].toDouble(), o["h"].toDouble()), o["text"].toString()});
            QVERIFY2(o["px"].toDouble() >= 11, qPrintable(o["text"].toString() + " is drawn below 11 px"));
        }
        for (size_t i = 0; i < rects.size(); ++i)
            for (size_t j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].first.intersects(rects[j].first), qPrintable(rects[i].second + " over " + rects[j].second));

        // Fit: the map's box after Fit against the canvas.
        const QJsonObject view = d.root["viewport"].toObject(), bounds = d.root["bounds"].toObject();
        const double zoom = view["zoom"].toDouble(), width = view["width"].toDouble(), height = view["height"].toDouble();
        const double w = bounds["w"].toDouble() * zoom / width, h = bounds["h"].toDouble() * zoom / height;
        qInfo("%s: %s level, %lld boxes, %lld edges, %lld labels; the map covers %.0f %% of the canvas (%.0f %% of its width, %.0f %% of its height)",
              QTest::currentDataTag(), qPrintable(d.root["level"].toString()), qint64(d.scene.boxes.size()), qint64(d.scene.edges.size()),
              qint64(labels.size()), w * h * 100, w * 100, h * 100);
        QVERIFY2(w * h >= 0.5, qPrintable(QString("covers %1 of the canvas").arg(w * h)));
        QVERIFY2(w >= 0.8 || h >= 0.8, qPrintable(QString("covers %1 of the width, %2 of the height").arg(w).arg(h)));
    }
};

QTEST_GUILESS_MAIN(TestSceneGeometry)
#include "tst_scene_geometry.moc"
