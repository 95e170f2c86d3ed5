// The map's picture (MapPainter): a part painted around the view is, tile for tile, the whole
// picture there (so a tile keeps its texture across pans); boxes are drawn in their colours and
// dimmed outside the selection; the parts asked for snap to the tile grid and stay in the picture.
#include <QSignalSpy>
#include <QtTest>

#include "MapPainter.h"
#include "TopologyFixtures.h"
#include "TopologyModel.h"

using namespace switchboard::gui;
using namespace switchboard::gui::testing;

namespace {
MapPainter::Content contentOf(std::shared_ptr<const MapScene> scene, QSet<QString> lit = {})
{
    MapPainter::Content c;
    c.scene = std::move(scene);
    c.edges = {QColor("#555555"), QColor("#c08000"), QColor("#c00000"), 0.2};
    c.boxes = {QColor("#e0e0e0"), QColor("#ffffff"), QColor("#202020"), QColor("#00a000"), QColor("#808080"),
               QColor("#c00000"), QColor("#c08000"), QColor("#555555")};
    c.lit = std::move(lit);
    return c;
}

/// The pixel of a picture at a scene point, or transparent where nothing was painted.
QRgb pixelAt(const MapPainter::Picture &picture, QPointF scenePoint)
{
    const double sx = picture.size.width() / picture.rect.width(), sy = picture.size.height() / picture.rect.height();
    const QPoint px(int((scenePoint.x() - picture.rect.left()) * sx), int((scenePoint.y() - picture.rect.top()) * sy));
    for (const MapPainter::Tile &t : picture.tiles)
        if (QRect(t.at, t.image.size()).contains(px))
            return t.image.pixel(px - t.at);
    return 0;
}
} // namespace

class TestMapPainter : public QObject {
    Q_OBJECT
    std::shared_ptr<const MapScene> m_scene;
private Q_SLOTS:
    void initTestCase()
    {
        TopologyModel model;
        model.setLevel("services");
        TopologyGraph g = graphOf(12, 2);
        addCalls(g, 12, 3);
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        m_scene = model.scene();
        QVERIFY(m_scene->boxes.size() >= 12);
        QVERIFY(!m_scene->edges.empty());
    }

    void aPartIsTheWholePictureThereTileForTile()
    {
        const MapPainter::Content content = contentOf(m_scene);
        const double scale = 2;
        const QSize size = MapPainter::sizeAt(m_scene->bounds, scale);
        const MapPainter::Picture whole = MapPainter::paint(content, scale, QRect(QPoint(0, 0), size));
        QVERIFY(whole.tiles.size() > 4);
        const QRectF b = m_scene->bounds;
        const QRectF area(b.center().x() - b.width() / 5, b.center().y() - b.height() / 5, b.width() / 4, b.height() / 4);
        const QRect part = MapPainter::pixelsFor(b, scale, area);
        const MapPainter::Picture some = MapPainter::paint(content, scale, part);
        QCOMPARE(some.signature, whole.signature);
        QVERIFY(!some.tiles.empty());
        QVERIFY2(some.tiles.size() < whole.tiles.size(), "the part painted everything");
        QVERIFY(some.covers(area));
        QVERIFY(!some.covers(b));
        QVERIFY(whole.covers(b));
        for (const MapPainter::Tile &t : some.tiles) {
            QVERIFY2(part.contains(QRect(t.at, t.image.size())), "a tile outside the part asked for");
            const auto same = std::find_if(whole.tiles.begin(), whole.tiles.end(), [&](const auto &w) { return w.at == t.at; });
            QVERIFY2(same != whole.tiles.end(), "a tile the whole picture does not have");
            QCOMPARE(same->hash, t.hash);
            QCOMPARE(same->image, t.image);
        }
    }

    void partsSnapToTheTileGridInsideThePicture()
    {
        const QRectF bounds(-100, 50, 1000, 600);
        QCOMPARE(MapPainter::sizeAt(bounds, 1.5), QSize(1500, 900));
        // 300..450 px across, 150..300 down: tiles 256..512 and 0..512, clipped to the picture.
        QCOMPARE(MapPainter::pixelsFor(bounds, 1.5, QRectF(100, 150, 100, 100)), QRect(256, 0, 256, 512));
        QCOMPARE(MapPainter::pixelsFor(bounds, 1.5, QRectF(-500, -500, 5000, 5000)), QRect(0, 0, 1500, 900));
        QVERIFY(MapPainter::pixelsFor(bounds, 1.5, QRectF(2000, 2000, 10, 10)).isEmpty());
        // The overview stays small for a big map, and is the picture itself for a small one.
        QCOMPARE(MapPainter::overviewScale(QRectF(0, 0, 20000, 5000), 2), double(MapPainter::kOverviewSide) / 20000);
        QCOMPARE(MapPainter::overviewScale(QRectF(0, 0, 500, 300), 2), 2.0);
    }

    void boxesAreDrawnAndDimmedOutsideTheSelection()
    {
        const MapBox *box = nullptr;
        for (const MapBox &b : m_scene->boxes)
            if (b.kind == MapBox::Kind::Service && b.key != m_scene->edges.front().from && b.key != m_scene->edges.front().to)
                box = &b;
        QVERIFY(box);
        // Below the header, left of the ring, clear of any route (routes go around boxes).
        const QPointF inside(box->rect.left() + 4, box->rect.bottom() - 4);
        const double scale = 1;
        const QRect all(QPoint(0, 0), MapPainter::sizeAt(m_scene->bounds, scale));
        const MapPainter::Picture plain = MapPainter::paint(contentOf(m_scene), scale, all);
        QCOMPARE(QColor::fromRgba(pixelAt(plain, inside)), QColor("#ffffff"));
        QCOMPARE(QColor::fromRgba(pixelAt(plain, box->rect.topLeft() + QPointF(0.5, 20))).rgb(), QColor("#202020").rgb());
        // Another box selected: this one fades to a fifth.
        const QSet<QString> lit{m_scene->edges.front().from, m_scene->edges.front().to};
        const MapPainter::Picture dimmed = MapPainter::paint(contentOf(m_scene, lit), scale, all);
        QVERIFY(dimmed.signature != plain.signature);
        QVERIFY2(std::abs(qAlpha(pixelAt(dimmed, inside)) - 51) <= 2, qPrintable(QString::number(qAlpha(pixelAt(dimmed, inside)))));
        // A lit box does not fade.
        const MapBox *litBox = m_scene->box(m_scene->edges.front().to);
        QVERIFY(litBox);
        QCOMPARE(qAlpha(pixelAt(dimmed, QPointF(litBox->rect.left() + 4, litBox->rect.bottom() - 4))), 255);
    }
};

QTEST_MAIN(TestMapPainter)
#include "tst_map_painter.moc"
