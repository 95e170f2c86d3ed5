// switchboard-cli with protobuf, the real executable against a real nats-server: a go-micro
// service of protoc's generated classes (on our RpcServer) called in both content types, a mock
// serving a .proto, events published in protobuf and printed with and without the schema, raw
// bodies to $SRV, and every mistake an exit 2 that names it.
#include <QTemporaryDir>
#include <QtTest>

#include <google/protobuf/util/json_util.h>
#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "NatsServer.h"
#include "micro/MicroError.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "proto/RegistryValue.h"
#include "proto/SchemaSet.h"
#include "shop/v1/shop.pb.h"
#include "srv/SrvService.h"

using namespace switchboard;
using namespace switchboard::testing;

namespace {

const QString kProtoDir = QStringLiteral(SB_PROTO_DIR);
const QString kShopProto = kProtoDir + QStringLiteral("/shop/v1/shop.proto");

QStringList shopSchema() { return {QStringLiteral("--proto"), kShopProto, QStringLiteral("--import-path"), kProtoDir}; }

} // namespace

class TestCliProto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_exe = QStringLiteral(SWITCHBOARD_CLI_PATH);
        m_nats = std::make_unique<NatsServer>();
        m_nats->start();
        m_url = QString::fromStdString(m_nats->url());
        nats::ConnectOptions o;
        o.servers = {m_nats->url()};
        m_conn = nats::Connection::connect(o);

        // The other side: protoc's classes, answering in the request's content type.
        micro::ServerOptions options;
        options.name = "shop";
        m_shop = std::make_unique<micro::RpcServer>(m_conn, options);
        const auto schema = proto::SchemaSet::load({{kShopProto.toStdString()}, {kProtoDir.toStdString()}, {}}).set;
        m_shop->handle(
            "Shop.PlaceOrder",
            [](const micro::RpcRequest &r) {
                shop::v1::PlaceOrderRequest in;
                const bool json = r.contentType == "application/json";
                if (json ? !google::protobuf::util::JsonStringToMessage(r.body, &in).ok() : !in.ParseFromString(r.body))
                    throw micro::MicroError::badRequest("shop", "unreadable request in " + r.contentType);
                shop::v1::PlaceOrderResponse out;
                out.set_order_id(in.order().id() + "/" + in.customer());
                out.set_status(in.order().voucher().empty() ? shop::v1::STATUS_PLACED : shop::v1::STATUS_PAID);
                std::string body;
                if (json)
                    (void)google::protobuf::util::MessageToJsonString(out, &body);
                else
                    body = out.SerializeAsString();
                return body;
            },
            proto::registryValue(schema->findMessage("shop.v1.PlaceOrderRequest")),
            proto::registryValue(schema->findMessage("shop.v1.PlaceOrderResponse")));
        // A subscriber whose registered request type names the topic's message.
        m_shop->subscribe("shop.orders", [](const micro::BrokerEvent &) {}, {},
                          proto::registryValue(schema->findMessage("shop.v1.Order")), "Shop.OnOrder");
        m_shop->start();
    }

    void cleanupTestCase()
    {
        m_shop.reset();
        m_conn.reset();
        m_nats.reset();
    }

    void callsInBothContentTypes()
    {
        const QString body = QStringLiteral(R"({"customer":"ada","order":{"id":"O-7","voucher":"WINTER"}})");
        for (const QString &type : {QStringLiteral("protobuf"), QStringLiteral("json")}) {
            const Run r = cli(QStringList{QStringLiteral("call"), QStringLiteral("shop"), QStringLiteral("Shop.PlaceOrder"), body,
                                          QStringLiteral("--content-type"), type, QStringLiteral("--json")} + shopSchema());
            QVERIFY2(r.code == 0, r.err.constData());
            const auto out = nlohmann::json::parse(r.out.toStdString());
            if (type == QStringLiteral("protobuf")) {
                QCOMPARE(out["content_type"], "application/protobuf");
                QCOMPARE(out["body"]["message"], "shop.v1.PlaceOrderResponse");
                QCOMPARE(out["body"]["decoded"]["order_id"], "O-7/ada");
                QCOMPARE(out["body"]["decoded"]["status"], "STATUS_PAID");
            } else {
                QCOMPARE(out["content_type"], "application/json");
                QCOMPARE(out["body"]["orderId"], "O-7/ada"); // the generated class writes lowerCamel
            }
        }
        // Text output for people: the decoded reply as indented JSON.
        const Run text = cli(QStringList{QStringLiteral("call"), QStringLiteral("shop"), QStringLiteral("Shop.PlaceOrder"), body,
                                         QStringLiteral("--content-type"), QStringLiteral("protobuf")} + shopSchema());
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("\n  \"order_id\": \"O-7/ada\""), text.out.constData());
    }

    void aDescriptorSetWorksAsTheSchema()
    {
        const Run r = cli({QStringLiteral("call"), QStringLiteral("shop"), QStringLiteral("Shop.PlaceOrder"),
                           QStringLiteral(R"({"customer":"bo"})"), QStringLiteral("--content-type"), QStringLiteral("protobuf"),
                           QStringLiteral("--proto"), QStringLiteral(SB_SHOP_DESCRIPTOR_SET)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("\"order_id\": \"/bo\""));
    }

    void mistakesExitWith2AndSayWhat()
    {
        const QStringList call{QStringLiteral("call"), QStringLiteral("shop"), QStringLiteral("Shop.PlaceOrder"), QStringLiteral("{}")};
        Run r = cli(call + QStringList{QStringLiteral("--proto"), kProtoDir + QStringLiteral("/broken/typo.proto")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("typo.proto:10:3: \"strin\" is not defined."), r.err.constData());
        r = cli(call + QStringList{QStringLiteral("--content-type"), QStringLiteral("xml")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--content-type must be json or protobuf"));
        r = cli(call + QStringList{QStringLiteral("--content-type"), QStringLiteral("protobuf")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("needs --proto"));
        r = cli(call + shopSchema() + QStringList{QStringLiteral("--message"), QStringLiteral("shop.v1.Nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no message type shop.v1.Nope"));
        r = cli(QStringList{QStringLiteral("call"), QStringLiteral("shop"), QStringLiteral("Shop.PlaceOrder"),
                            QStringLiteral(R"({"customr":"x"})")} + shopSchema());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("customr"), r.err.constData());
        r = cli(call + QStringList{QStringLiteral("--body-file"), QStringLiteral("/nonexistent/body")});
        QCOMPARE(r.code, 2);
    }

    void aMockServesItsProtoInBothContentTypes()
    {
        QProcess mock;
        mock.start(m_exe, QStringList{QStringLiteral("--server"), m_url, QStringLiteral("mock"), QStringLiteral("shop-mock"),
                                      QStringLiteral("--endpoint"), QStringLiteral("Shop.PlaceOrder"), QStringLiteral("--reply"),
                                      QStringLiteral(R"({"order_id":"M-1","status":"STATUS_SHIPPED"})")} + shopSchema());
        QVERIFY(mock.waitForReadyRead(10000));
        for (const QString &type : {QStringLiteral("protobuf"), QStringLiteral("json")}) {
            const Run r = cli(QStringList{QStringLiteral("call"), QStringLiteral("shop-mock"), QStringLiteral("Shop.PlaceOrder"),
                                          QStringLiteral("{}"), QStringLiteral("--content-type"), type, QStringLiteral("--json")} +
                              shopSchema());
            QVERIFY2(r.code == 0, r.err.constData());
            const auto out = nlohmann::json::parse(r.out.toStdString());
            const auto &reply = type == QStringLiteral("protobuf") ? out["body"]["decoded"] : out["body"];
            QCOMPARE(reply["status"], "STATUS_SHIPPED");
        }
        // It registers the .proto's types, as the generated Go service would.
        const Run described = cli({QStringLiteral("describe"), QStringLiteral("shop-mock"), QStringLiteral("--json")});
        QVERIFY(described.out.contains("PlaceOrderRequest"));
        // A reply that is not the response type is refused before anything runs.
        const Run bad = cli(QStringList{QStringLiteral("mock"), QStringLiteral("m2"), QStringLiteral("--endpoint"),
                                        QStringLiteral("Shop.PlaceOrder"), QStringLiteral("--reply"), QStringLiteral(R"({"nope":1})")} +
                            shopSchema());
        QCOMPARE(bad.code, 2);
        mock.terminate();
        QVERIFY(mock.waitForFinished(10000));
    }

    void protobufEventsPrintWithAndWithoutTheSchema()
    {
        QProcess withSchema, without;
        withSchema.start(m_exe, QStringList{QStringLiteral("--server"), m_url, QStringLiteral("subscribe"), QStringLiteral("shop.orders"),
                                            QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--message"),
                                            QStringLiteral("shop.v1.Order"), QStringLiteral("--json")} + shopSchema());
        without.start(m_exe, {QStringLiteral("--server"), m_url, QStringLiteral("subscribe"), QStringLiteral("shop.orders"),
                              QStringLiteral("--count"), QStringLiteral("1")});
        QByteArray err1, err2;
        QTRY_VERIFY_WITH_TIMEOUT((err1 += withSchema.readAllStandardError()).contains("listening"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((err2 += without.readAllStandardError()).contains("listening"), 10000);
        // No --message: the type comes from the registered subscriber of shop.orders.
        const Run pub = cli(QStringList{QStringLiteral("publish"), QStringLiteral("shop.orders"),
                                        QStringLiteral(R"({"id":"ORD-9","status":"STATUS_PAID","items":[{"sku":"MUG","quantity":2}]})"),
                                        QStringLiteral("--content-type"), QStringLiteral("protobuf")} + shopSchema());
        QVERIFY2(pub.code == 0, pub.err.constData());
        QVERIFY(withSchema.waitForFinished(10000));
        QVERIFY(without.waitForFinished(10000));
        const auto event = nlohmann::json::parse(withSchema.readAllStandardOutput().toStdString());
        QCOMPARE(event["header"]["Content-Type"], "application/protobuf");
        QCOMPARE(event["body"]["decoded"]["id"], "ORD-9");
        QCOMPARE(event["body"]["decoded"]["items"][0]["quantity"], 2);
        const QByteArray raw = without.readAllStandardOutput();
        QVERIFY2(raw.contains("    1: \"ORD-9\"\n    2: 2\n    3 {\n      1: \"MUG\"\n      2: 2\n    }"), raw.constData());
    }

    void rawBodiesGoToSrvEndpointsAsTheyAre()
    {
        srv::SrvServiceOptions so;
        so.name = "blobs";
        srv::SrvService blobs(m_conn, so);
        blobs.addEndpoint("size", [](const srv::SrvRequest &r) { return nlohmann::json{{"bytes", r.body.size()}, {"first", uint8_t(r.body.at(0))}}.dump(); },
                          "blobs.size");
        blobs.start();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("body.bin"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xff\x00\x01\x02", 4));
        f.close();
        const Run r = cli({QStringLiteral("call"), QStringLiteral("blobs"), QStringLiteral("size"), QStringLiteral("--body-file"), file,
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto out = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(out["body"]["bytes"], 4);
        QCOMPARE(out["body"]["first"], 255);
        blobs.stop();
    }

private:
    using Run = CliRun;
    Run cli(const QStringList &args) { return runCli(m_exe, m_url, args); }

    QString m_exe, m_url;
    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    std::unique_ptr<micro::RpcServer> m_shop;
};

QTEST_GUILESS_MAIN(TestCliProto)
#include "tst_cli_proto.moc"
