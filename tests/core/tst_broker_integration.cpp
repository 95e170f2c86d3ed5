// Broker on a real nats-server: plain subscribers each get every event, a queue group shares
// them, envelopes carry go-micro's headers, and non-envelopes reach the error handler.
#include <QtTest>

#include <atomic>
#include <mutex>

#include "Connect.h"
#include "NatsServer.h"
#include "micro/Broker.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;

class TestBrokerIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plainSubscribersEachReceiveAll();
    void queueGroupSharesTheEvents();
    void envelopeCarriesGoMicroHeaders();
    void nonEnvelopeGoesToErrorHandler();
    void viewSubscriberSeesEveryEventWhole();

private:
    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    std::unique_ptr<micro::Broker> m_broker;
};

void TestBrokerIntegration::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_conn = connectTo(*m_nats, false);
    m_broker = std::make_unique<micro::Broker>(m_conn);
}

void TestBrokerIntegration::cleanupTestCase()
{
    m_broker.reset();
    m_conn.reset();
    m_nats.reset();
}

void TestBrokerIntegration::plainSubscribersEachReceiveAll()
{
    std::atomic<int> a{0}, b{0};
    auto subA = m_broker->subscribe("orders.created", [&](micro::BrokerEvent &&) { ++a; });
    auto subB = m_broker->subscribe("orders.created", [&](micro::BrokerEvent &&) { ++b; });
    m_conn->flush();
    for (int i = 0; i < 200; ++i)
        m_broker->publish("orders.created", "{\"n\":" + std::to_string(i) + "}");
    m_conn->flush();
    QTRY_COMPARE(a.load(), 200);
    QTRY_COMPARE(b.load(), 200);
}

void TestBrokerIntegration::queueGroupSharesTheEvents()
{
    std::atomic<int> a{0}, b{0};
    auto subA = m_broker->subscribe("payments.settled", [&](micro::BrokerEvent &&) { ++a; }, "billing");
    auto subB = m_broker->subscribe("payments.settled", [&](micro::BrokerEvent &&) { ++b; }, "billing");
    m_conn->flush();
    for (int i = 0; i < 400; ++i)
        m_broker->publish("payments.settled", "{}");
    m_conn->flush();
    QTRY_COMPARE(a.load() + b.load(), 400);
    QTest::qWait(50); // nothing more may arrive: each event went to exactly one member
    QCOMPARE(a.load() + b.load(), 400);
    QVERIFY(a.load() > 0);
    QVERIFY(b.load() > 0);
}

void TestBrokerIntegration::envelopeCarriesGoMicroHeaders()
{
    std::mutex mutex;
    std::vector<micro::BrokerEvent> events;
    auto sub = m_broker->subscribe("inventory.low", [&](micro::BrokerEvent &&e) {
        std::lock_guard lock(mutex);
        events.push_back(std::move(e));
    });
    m_conn->flush();
    const std::string id = m_broker->publish("inventory.low", R"({"sku":"A-1"})", {{"X-Trace", "t1"}});
    QTRY_COMPARE([&] { std::lock_guard lock(mutex); return events.size(); }(), size_t(1));
    const micro::BrokerEvent &e = events[0];
    QCOMPARE(e.topic, std::string("inventory.low"));
    QCOMPARE(e.message.get("Micro-Topic"), std::string("inventory.low"));
    QCOMPARE(e.message.get("Micro-ID"), id);
    QCOMPARE(e.message.get("Content-Type"), std::string("application/json"));
    QCOMPARE(e.message.get("X-Trace"), std::string("t1"));
    QCOMPARE(e.message.body, std::string(R"({"sku":"A-1"})"));
    QCOMPARE(id.size(), size_t(36));
}

void TestBrokerIntegration::nonEnvelopeGoesToErrorHandler()
{
    std::atomic<int> good{0}, bad{0};
    auto sub = m_broker->subscribe(
        "mixed.topic", [&](micro::BrokerEvent &&) { ++good; }, {},
        [&](const std::string &error, std::string_view payload) {
            if (!error.empty() && payload == "plain text")
                ++bad;
        });
    m_conn->flush();
    m_conn->publish("mixed.topic", "plain text");
    m_broker->publish("mixed.topic", "{}");
    m_conn->flush();
    QTRY_COMPARE(good.load(), 1);
    QTRY_COMPARE(bad.load(), 1);
}

void TestBrokerIntegration::viewSubscriberSeesEveryEventWhole()
{
    // The view subscription decodes every event into one reused buffer: events of different
    // sizes and header sets, one with an escaped header and a bad payload in between, must each
    // arrive whole, and the bad one must reach the error handler.
    std::mutex mutex;
    std::vector<micro::Envelope> seen;
    std::vector<std::string> topics, errors;
    auto sub = m_broker->subscribeView(
        "view.topic",
        [&](const micro::BrokerEventView &e) {
            std::lock_guard lock(mutex);
            seen.push_back(e.message.toEnvelope());
            topics.emplace_back(e.topic);
        },
        {},
        [&](const std::string &error, std::string_view) {
            std::lock_guard lock(mutex);
            errors.push_back(error);
        });
    m_conn->flush();
    const std::string big(100'000, 'b');
    const std::string id1 = m_broker->publish("view.topic", big, {{"X-Note", "<tag> & \"quoted\""}});
    m_conn->publish("view.topic", R"({"Header":{"a":"1"},"Body":"not base64!"})");
    const std::string id2 = m_broker->publish("view.topic", "small", {}, "text/plain");
    QTRY_COMPARE([&] { std::lock_guard lock(mutex); return seen.size() + errors.size(); }(), size_t(3));
    std::lock_guard lock(mutex);
    QCOMPARE(seen.size(), size_t(2));
    QCOMPARE(seen[0].body, big);
    QCOMPARE(seen[0].get("X-Note"), std::string("<tag> & \"quoted\""));
    QCOMPARE(seen[0].get("Micro-ID"), id1);
    QCOMPARE(seen[1].body, std::string("small"));
    QCOMPARE(seen[1].header.size(), size_t(3)); // nothing left over from the first event
    QCOMPARE(seen[1].get("Content-Type"), std::string("text/plain"));
    QCOMPARE(seen[1].get("Micro-ID"), id2);
    QCOMPARE(topics, std::vector<std::string>(2, "view.topic"));
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY2(errors[0].find("base64") != std::string::npos, errors[0].c_str());
}

QTEST_GUILESS_MAIN(TestBrokerIntegration)
#include "tst_broker_integration.moc"
