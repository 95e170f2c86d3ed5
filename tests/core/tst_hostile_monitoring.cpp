// Hostile monitoring endpoints (issue 12 §3): next to a real nats-server's HTTP monitoring, one
// endpoint answers a byte at a time and never finishes, another answers 50 MB. The cluster view
// lists each as down with the reason, keeps the real server current, and memory stays bounded.
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "NatsServer.h"
#include "PeakMemory.h"
#include "live/ClusterMonitor.h"
#include "live/ConnzSubjects.h"
#include "micro/JsonRead.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

namespace {

/// A one-thread HTTP peer on 127.0.0.1 that answers every request with `answer(fd)`.
class HostileHttp {
public:
    explicit HostileHttp(std::function<void(int fd, const std::atomic<bool> &stop)> answer)
        : m_answer(std::move(answer))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 16);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int fd = ::accept(m_listen, nullptr, nullptr);
                if (fd < 0)
                    return;
                char request[4096];
                (void)::recv(fd, request, sizeof request, 0);
                m_answer(fd, m_stop);
                ::close(fd);
                ++m_served;
            }
        });
    }
    ~HostileHttp()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        ::close(m_listen);
        m_thread.join();
    }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    [[nodiscard]] int served() const { return m_served; }

private:
    std::function<void(int, const std::atomic<bool> &)> m_answer;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_served{0};
    std::thread m_thread;
};

bool sendAll(int fd, const std::string &bytes)
{
    for (size_t sent = 0; sent < bytes.size();) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += size_t(n);
    }
    return true;
}

const live::ServerInfo *bySource(const live::ClusterSnapshot &s, const std::string &source)
{
    for (const auto &server : s.servers)
        if (server.source == source)
            return &server;
    return nullptr;
}

} // namespace

class TestHostileMonitoring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<NatsServer>();
        m_server->start();
    }
    void cleanupTestCase() { m_server.reset(); }
    void slowEndpointIsDownAndTheRestCurrent();
    void fiftyMegabyteAnswerIsRefused();
    void fiftyMegabyteConnzIsReadAsAStream();

private:
    /// Polls the real server's monitoring and `hostileUrl` over HTTP (no $SYS) twice.
    live::ClusterSnapshot pollWith(const std::string &hostileUrl, std::chrono::milliseconds *pollTime)
    {
        nats::ConnectOptions o;
        o.servers = {m_server->url()};
        live::ClusterOptions co;
        co.trySystemAccount = false;
        co.monitorUrls = {hostileUrl, m_server->monitorUrl()};
        co.pollInterval = 10ms; // back to back: the polls' own length is what is measured
        live::ClusterMonitor monitor(nats::Connection::connect(o), co);
        const auto started = std::chrono::steady_clock::now();
        monitor.start();
        if (!QTest::qWaitFor([&] { return monitor.snapshot().polls >= 2; }, 20000))
            qWarning("two polls did not finish in 20 s");
        *pollTime = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started) / 2;
        monitor.stop();
        return monitor.snapshot();
    }
    std::unique_ptr<NatsServer> m_server;
};

void TestHostileMonitoring::slowEndpointIsDownAndTheRestCurrent()
{
    // A header, then one byte every 100 ms, for ever.
    HostileHttp slow([](int fd, const std::atomic<bool> &stop) {
        if (!sendAll(fd, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{"))
            return;
        while (!stop && sendAll(fd, " "))
            std::this_thread::sleep_for(100ms);
    });
    std::chrono::milliseconds pollTime{};
    const auto s = pollWith(slow.url(), &pollTime);
    qInfo("one poll with a slow endpoint took %lld ms (HTTP timeout 1500 ms)", static_cast<long long>(pollTime.count()));
    const auto *hostile = bySource(s, slow.url());
    QVERIFY(hostile);
    QVERIFY(!hostile->reachable);
    QVERIFY2(hostile->error.find("timeout reading from 127.0.0.1") != std::string::npos, hostile->error.c_str());
    const auto *real = bySource(s, m_server->monitorUrl());
    QVERIFY(real);
    QVERIFY2(real->reachable && real->name == m_server->serverName(0), real->error.c_str());
    // The slow peer costs its timeout, once per poll, and no more.
    QVERIFY2(pollTime < 2500ms, std::to_string(pollTime.count()).c_str());
}

void TestHostileMonitoring::fiftyMegabyteAnswerIsRefused()
{
    // A well-formed varz with a 50 MB string in it, sent as fast as the socket takes it.
    HostileHttp huge([](int fd, const std::atomic<bool> &) {
        const std::string head = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"server_id\":\"NHUGE\",\"server_name\":\"huge\",\"junk\":\"";
        if (!sendAll(fd, head))
            return;
        const std::string chunk(1 << 20, 'j');
        for (int i = 0; i < 50; ++i)
            if (!sendAll(fd, chunk))
                return;
        (void)sendAll(fd, "\"}");
    });
    const double before = memoryMiB();
    PeakMemory peak;
    std::chrono::milliseconds pollTime{};
    const auto s = pollWith(huge.url(), &pollTime);
    const double growth = peak.peak() - before;
    qInfo("a 50 MB varz: one poll %lld ms, peak memory +%.1f MiB", static_cast<long long>(pollTime.count()), growth);
    const auto *hostile = bySource(s, huge.url());
    QVERIFY(hostile);
    QVERIFY(!hostile->reachable);
    QVERIFY2(hostile->error.find("too large") != std::string::npos, hostile->error.c_str());
    const auto *real = bySource(s, m_server->monitorUrl());
    QVERIFY(real && real->reachable);
    // A varz is a few KiB; reading stops at 4 MiB.
    QVERIFY2(growth < 24, std::to_string(growth).c_str());
}

void TestHostileMonitoring::fiftyMegabyteConnzIsReadAsAStream()
{
    // A CONNZ of 50 MB is what a busy server sends: it is read, as a stream, not refused.
    std::string connz = R"({"server_id":"N","connections":[)";
    for (int c = 0; c < 5000; ++c) {
        connz += c ? ",{" : "{";
        connz += R"("cid":)" + std::to_string(c) + R"(,"subscriptions_list":[)";
        for (int s = 0; s < 100; ++s)
            connz += (s ? ",\"" : "\"") + std::string("svc.") + std::to_string(c) + "." + std::to_string(s) + std::string(80, 'x') + "\"";
        connz += "]}";
    }
    connz += "]}";
    const double before = memoryMiB();
    PeakMemory peak;
    const auto subjects = live::readConnzSubjects(connz);
    const double growth = peak.peak() - before;
    qInfo("a %.1f MB CONNZ of 500 000 subjects read with peak memory +%.1f MiB", double(connz.size()) / 1e6, growth);
    QCOMPARE(subjects.subjects.size(), size_t(500'000));
    QCOMPARE(subjects.subjects.back(), "svc.4999.99" + std::string(80, 'x'));
    // Measured: +79 MiB, the 500 000 subjects kept. A DOM of the same document added ~90 MiB
    // more, and the $SYS path used to re-serialise it and parse it again.
    QVERIFY2(growth < 120, std::to_string(growth).c_str());
    // The same inside a $SYS reply names its server.
    const auto sys = live::readConnzSubjects(R"({"server":{"name":"n2","id":"X"},"data":{"connections":[{"subscriptions_list":["a","b"]}]}})");
    QCOMPARE(sys.serverName, "n2");
    QCOMPARE(sys.subjects, (std::vector<std::string>{"a", "b"}));
    QCOMPARE(live::readConnzSubjects(R"({"server":{"name":"n1"},"error":{"code":403,"description":"no"}})").error, "no");
    QVERIFY_THROWS_EXCEPTION(micro::DecodeError, (void)live::readConnzSubjects(R"({"connections":[{"subscriptions_list":["a")"));
}

QTEST_GUILESS_MAIN(TestHostileMonitoring)
#include "tst_hostile_monitoring.moc"
