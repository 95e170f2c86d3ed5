// The GUI stays responsive while hostile peers are listed (issue 12 §3): a service with 10 000
// nodes and one with 10 000 endpoints, every page shown, the big service's endpoint opened in the
// call form. The GUI thread's longest stall is measured with a 10 ms timer and asserted.
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include "AppWindow.h"
#include "Session.h"
#include "micro/RegistryCodec.h"

using namespace switchboard;
using namespace switchboard::testing;

namespace {

std::string hostileService(const std::string &name, int nodes, int endpoints)
{
    micro::Service s;
    s.name = name;
    s.version = "1.0.0";
    s.nodes.emplace();
    for (int i = 0; i < nodes; ++i)
        s.nodes->push_back({name + "-" + std::to_string(i), "_INBOX." + name + "." + std::to_string(i),
                            micro::Metadata{{"zone", i % 2 ? "az-a" : "az-b"}}});
    s.endpoints.emplace();
    // Types on every 100th only: the reply stays under the server's 1 MB max_payload.
    for (int i = 0; i < endpoints; ++i) {
        micro::Endpoint e{"Handler.Call" + std::to_string(i), std::nullopt, std::nullopt, std::nullopt};
        if (i % 100 == 99)
            e.request = micro::Value{"Request", "Request", std::vector<micro::Value>{{"name", "string", std::nullopt}}};
        s.endpoints->push_back(std::move(e));
    }
    return micro::encodeService(s, micro::WireLayout::Modern);
}

/// The longest time the GUI thread went without running a 10 ms timer, while it lives.
class StallMeter {
public:
    StallMeter()
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
        m_timer.start(10);
    }
    [[nodiscard]] qint64 longestMs() const { return m_longest; }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TestHostileGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staysResponsiveWithHugeServices();
};

void TestHostileGui::staysResponsiveWithHugeServices()
{
    AppWindow app;
    QVERIFY(app.openAndWait());
    const std::string nodes = hostileService("hostile.many.nodes", 10'000, 1);
    const std::string endpoints = hostileService("hostile.many.endpoints", 1, 10'000);
    nats::ConnectOptions o;
    o.servers = {app.server.url()};
    auto peer = nats::Connection::connect(o);
    nats::Subscription sub = peer->subscribe("micro.registry.nats.query", [&](nats::Message &&m) {
        peer->publish(std::string(m.reply()), nodes);
        peer->publish(std::string(m.reply()), endpoints);
    });
    peer->flush();

    StallMeter stalls;
    gui::Session *session = app.context->session();
    // A refresh during a sweep already running is folded into it: ask until the peer is in.
    const bool listed = QTest::qWaitFor([&] { session->refresh(); return session->serviceCount() == 3; }, 15000);
    QVERIFY2(listed, qPrintable(QString::number(session->serviceCount()) + " services; " + session->discoveryText()));
    QCOMPARE(session->nodeCount(), 10'000 + 1 + 1);
    qInfo("catalogue with 10 000 nodes and 10 000 endpoints shown; longest GUI stall %lld ms", stalls.longestMs());
    // The call observer watches 256 nodes, not 10 000 (a thread each in cnats), and the Topology
    // says so. It counts live nodes only: under load a sweep can miss the big reply, which makes
    // the 10 000 stale until the next sweep (15 s later; a run in ./test waited 14.6 s). So ask
    // for sweeps until the note is there, as for the listing above.
    app.context->setPage("topology");
    QObject *topology = app.window->property("topology").value<QObject *>();
    const QString expectedNote("Calls are counted on 256 of 10,002 nodes");
    const bool noted = QTest::qWaitFor([&] {
        if (topology->property("callsNote").toString() == expectedNote)
            return true;
        session->refresh();
        return false;
    }, 15000);
    QVERIFY2(noted, qPrintable("callsNote: \"" + topology->property("callsNote").toString() + "\"; " + session->discoveryText()));
    QMap<QString, qint64> longest;
    for (const QString &page : AppWindow::pages()) {
        stalls.reset();
        app.show(page);
        if (page == "call") {
            QMetaObject::invokeMethod(app.window, "callEndpoint", Q_ARG(QVariant, QString("hostile.many.endpoints")),
                                      Q_ARG(QVariant, QString("Handler.Call9999")));
            QTest::qWait(1000);
        }
        session->refresh(); // a sweep delivers both again while the page is up
        QTest::qWait(1500);
        longest[page] = stalls.longestMs();
        // For a look: what 10 000 nodes and endpoints make of each page.
        app.context->saveWindowImage(app.window, QDir::current().filePath("hostile-" + page + ".png"));
        qInfo("page %s: longest GUI stall %lld ms", qPrintable(page), longest[page]);
    }
    // The call form opened the 10 000th endpoint of the big service.
    QObject *call = app.window->property("callController").value<QObject *>();
    QCOMPARE(call->property("endpoint").toString(), QString("Handler.Call9999"));
    for (auto it = longest.begin(); it != longest.end(); ++it)
        QVERIFY2(it.value() < 500, qPrintable(it.key() + ": " + QString::number(it.value()) + " ms"));
    sub.unsubscribe();
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
