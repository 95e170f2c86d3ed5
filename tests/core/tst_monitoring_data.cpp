// The monitoring decoders against documents recorded from nats-server 2.9.10 (tests/data/
// monitoring): VARZ, ROUTEZ and CONNZ over HTTP and inside $SYS replies; and bad input giving a
// DecodeError or an error text, never a crash.
#include <QtTest>

#include <fstream>
#include <sstream>

#include "live/MonitoringData.h"
#include "micro/JsonRead.h"

using namespace switchboard;

namespace {
std::string recorded(const std::string &name)
{
    std::ifstream in(std::string(SWITCHBOARD_TEST_DATA_DIR) + "/monitoring/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

class TestMonitoringData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void varzOverHttp()
    {
        live::ServerInfo s;
        live::applyVarz(s, recorded("varz.json"));
        QCOMPARE(s.name, std::string("seed-a"));
        QCOMPARE(s.version, std::string("2.9.10"));
        QCOMPARE(s.tags, std::vector<std::string>{"az:az-a"});
        QCOMPARE(s.port, 14301);
        QCOMPARE(s.clusterPort, 16301);
        QCOMPARE(s.configuredRoutes, std::vector<std::string>{"127.0.0.1:16302"});
        QVERIFY(s.uptimeSeconds > 0);
        QVERIFY(s.memoryBytes > 0);
        QCOMPARE(live::zoneFromTags(s.tags, "az:"), std::string("az-a"));
    }

    void routezOverHttp()
    {
        const auto routes = live::parseRoutez(recorded("routez.json"));
        QCOMPARE(routes.size(), size_t(1));
        QCOMPARE(routes[0].remoteId, std::string("NAPXLZO7TXYVHH64NFOEZDFCCKHCKBH7P3PB7UTJCIARFHPOWW4N3EXI"));
        QCOMPARE(routes[0].rttMs, 0.189); // "189µs"
        QCOMPARE(routes[0].ip, std::string("127.0.0.1"));
    }

    void sysRepliesCarryTheServerAndTheDocument()
    {
        const live::SysReply varz = live::parseSysReply(recorded("sys-varz.json"));
        QVERIFY2(varz.error.empty(), varz.error.c_str());
        QCOMPARE(varz.serverName, std::string("seed-a"));
        QCOMPARE(varz.tags, std::vector<std::string>{"az:az-a"});
        live::ServerInfo s;
        live::applyVarz(s, varz.data);
        QCOMPARE(s.name, std::string("seed-a"));

        const live::SysReply connz = live::parseSysReply(recorded("sys-connz.json"));
        const auto subjects = live::parseConnzSubjects(connz.data);
        QVERIFY(std::find(subjects.begin(), subjects.end(), "_INBOX.seed") != subjects.end());

        const live::SysReply routez = live::parseSysReply(recorded("sys-routez.json"));
        QCOMPARE(live::parseRoutez(routez.data).size(), size_t(1));
    }

    void badInputSaysWhatIsWrong()
    {
        live::ServerInfo s;
        QVERIFY_THROWS_EXCEPTION(micro::DecodeError, live::applyVarz(s, "{not json"));
        QVERIFY_THROWS_EXCEPTION(micro::DecodeError, live::applyVarz(s, "[1,2]"));
        QVERIFY_THROWS_EXCEPTION(micro::DecodeError, (void)live::parseRoutez("\xff\xfe"));
        const auto denied = live::parseSysReply(R"({"server":{"name":"n1"},"error":{"code":403,"description":"not allowed"}})");
        QCOMPARE(denied.error, std::string("not allowed"));
        QVERIFY(!live::parseSysReply("garbage").error.empty());
        QVERIFY(!live::parseSysReply(R"({"server":{"name":"n1"}})").error.empty()); // neither data nor error
    }
};

QTEST_GUILESS_MAIN(TestMonitoringData)
#include "tst_monitoring_data.moc"
