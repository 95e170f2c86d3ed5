// QtQuickTest runner for the pages: QApplication first (Qt Charts), then quick_test_main_with_setup
// with a setup object that starts a real nats-server with a go-micro service (RpcServer) and a
// $SRV one, and hands QML an AppContext connected to it (STYLE.md §4.10). tst_cluster.qml gets a
// 3-server cluster with zone tags and a system account instead, and `testCluster` to kill and
// restart its servers.
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <nlohmann/json.hpp>

#include "AppContext.h"
#include "NatsServer.h"
#include "TestCertificates.h"
#include "micro/MicroError.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"
#include "proto/RegistryValue.h"
#include "shop/v1/shop.pb.h"

#include <google/protobuf/util/json_util.h>

using namespace switchboard;

/// Lets a QML test kill and restart servers of its cluster.
class ClusterControl : public QObject {
    Q_OBJECT
public:
    explicit ClusterControl(testing::NatsServer *cluster) : m_cluster(cluster) {}
    Q_INVOKABLE void kill(int index) { m_cluster->kill(index); }
    Q_INVOKABLE void restart(int index) { m_cluster->restart(index); }
    Q_INVOKABLE QString url(int index) const { return QString::fromStdString(m_cluster->url(index)); }

private:
    testing::NatsServer *m_cluster;
};

/// Lets a QML test write a file (a request body read from a file, a damaged kept load run).
class TestFiles : public QObject {
    Q_OBJECT
public:
    Q_INVOKABLE bool write(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
    }
};

/// "shop": a go-micro service of protoc's generated classes (tests/data/proto), answering in the
/// request's content type, registered with the Value trees go-micro derives from them.
static std::unique_ptr<micro::RpcServer> makeShopService(std::shared_ptr<nats::Connection> conn)
{
    micro::ServerOptions so;
    so.name = "shop";
    so.metadata = {{"zone", "az-a"}};
    auto server = std::make_unique<micro::RpcServer>(std::move(conn), so);
    server->handle(
        "Shop.PlaceOrder",
        [](const micro::RpcRequest &r) {
            shop::v1::PlaceOrderRequest in;
            const bool json = r.contentType == "application/json";
            if (json ? !google::protobuf::util::JsonStringToMessage(r.body, &in).ok() : !in.ParseFromString(r.body))
                throw micro::MicroError::badRequest("shop", "unreadable request in " + r.contentType);
            shop::v1::PlaceOrderResponse out;
            out.set_order_id(in.order().id() + "/" + in.customer());
            out.set_status(in.order().has_card() ? shop::v1::STATUS_PAID : shop::v1::STATUS_PLACED);
            *out.mutable_accepted_at() = in.order().placed_at();
            std::string body;
            if (json)
                (void)google::protobuf::util::MessageToJsonString(out, &body);
            else
                body = out.SerializeAsString();
            return body;
        },
        proto::registryValue(shop::v1::PlaceOrderRequest::descriptor()),
        proto::registryValue(shop::v1::PlaceOrderResponse::descriptor()));
    // A subscriber of the orders topic: the registry names its request type, which the Traffic
    // inspector suggests for the subject (tst_traffic).
    server->subscribe("shop.orders", [](const micro::BrokerEvent &) {}, {},
                      proto::registryValue(shop::v1::Order::descriptor()), "Shop.OnOrder");
    return server;
}

/// Which fixture the test file asks for (the runner gets -input FILE).
static bool wants(const char *testFile)
{
    return QCoreApplication::arguments().join(u' ').contains(QLatin1String(testFile));
}

/// tst_connections.qml: a server with accounts (app/app, and sys/sys in the system account), a
/// TLS-only server, its CA and an unrelated one, a natscli context directory, and a look into
/// the files the app writes (no secret may be in them).
class LoginServers : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString authUrl MEMBER authUrl CONSTANT)
    Q_PROPERTY(QString tlsUrl MEMBER tlsUrl CONSTANT)
    Q_PROPERTY(QString caFile MEMBER caFile CONSTANT)
    Q_PROPERTY(QString otherCaFile MEMBER otherCaFile CONSTANT)
    Q_PROPERTY(QString deadUrl MEMBER deadUrl CONSTANT)
    Q_PROPERTY(QString contextDir MEMBER contextDir CONSTANT)
    Q_PROPERTY(QString appDir MEMBER appDir CONSTANT)
public:
    explicit LoginServers(const QString &dir, const QString &appDirectory)
    {
        testing::NatsServerOptions accounts;
        accounts.systemAccount = true;
        // Passwords the test then looks for in every file the app wrote.
        accounts.appPassword = "S3cret-app-4711";
        accounts.systemPassword = "S3cret-sys-4711";
        m_auth = std::make_unique<testing::NatsServer>(accounts);
        m_auth->start();
        const auto certs = testing::makeTestCertificates(dir.toStdString());
        testing::NatsServerOptions tls;
        tls.extraConfig = certs.serverTlsConfig();
        m_tls = std::make_unique<testing::NatsServer>(tls);
        m_tls->start();
        authUrl = QString::fromStdString(m_auth->url());
        tlsUrl = QString::fromStdString(m_tls->url());
        caFile = QString::fromStdString(certs.caFile);
        otherCaFile = QString::fromStdString(certs.otherCaFile);
        deadUrl = QStringLiteral("nats://127.0.0.1:%1").arg(testing::freePort());
        contextDir = dir + QStringLiteral("/nats/context");
        QDir().mkpath(contextDir);
        QFile ctx(contextDir + QStringLiteral("/staging.json"));
        ctx.open(QIODevice::WriteOnly);
        ctx.write(QStringLiteral(R"({"description":"staging","url":"%1","user":"app","password":"S3cret-app-4711"})").arg(authUrl).toUtf8());
        QFile selected(dir + QStringLiteral("/nats/context.txt"));
        selected.open(QIODevice::WriteOnly);
        selected.write("staging\n");
        appDir = appDirectory;
    }
    /// Names of the files under `directory` whose bytes contain `text`.
    Q_INVOKABLE QStringList filesContaining(const QString &directory, const QString &text) const
    {
        QStringList hits;
        QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                hits << f.fileName();
        }
        return hits;
    }
    QString authUrl, tlsUrl, caFile, otherCaFile, deadUrl, contextDir, appDir;

private:
    std::unique_ptr<testing::NatsServer> m_auth, m_tls;
};

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        testing::NatsServerOptions serverOptions;
        const bool cluster = wants("tst_cluster") || wants("tst_timeline"); // the timeline journals the cluster's changes
        if (wants("tst_regions")) {
            // A second cluster with its own greeter: the same service in two regions.
            m_second = std::make_unique<testing::NatsServer>();
            m_second->start();
            nats::ConnectOptions o2;
            o2.servers = {m_second->url()};
            m_secondConn = nats::Connection::connect(o2);
            micro::ServerOptions so2;
            so2.name = "greeter";
            so2.metadata = {{"zone", "us-1a"}};
            m_secondServer = std::make_unique<micro::RpcServer>(m_secondConn, so2);
            m_secondServer->handle("Greeter.Hello", [](const micro::RpcRequest &) { return std::string("{}"); });
            m_secondServer->start();
            engine->rootContext()->setContextProperty(QStringLiteral("secondClusterUrl"), QString::fromStdString(m_second->url()));
        }
        if (wants("tst_connections")) {
            m_logins = std::make_unique<LoginServers>(m_certDir.path(), m_dir.path());
            engine->rootContext()->setContextProperty(QStringLiteral("loginServers"), m_logins.get());
        }
        if (cluster) {
            serverOptions.servers = 3;
            serverOptions.systemAccount = true;
        }
        m_nats = std::make_unique<testing::NatsServer>(serverOptions);
        m_nats->start();
        m_control = std::make_unique<ClusterControl>(m_nats.get());
        engine->rootContext()->setContextProperty(QStringLiteral("testCluster"), m_control.get());
        // Files a test writes (exports) go here and are removed with it.
        engine->rootContext()->setContextProperty(QStringLiteral("testDir"), m_dir.path());
        engine->rootContext()->setContextProperty(QStringLiteral("fileWriter"), &m_files);
        // The fixture .proto files (tests/data/proto): the profile editor's protobuf sources.
        engine->rootContext()->setContextProperty(QStringLiteral("protoDir"), QStringLiteral(SB_PROTO_DIR));
        nats::ConnectOptions o;
        o.servers = {m_nats->url()};
        o.sendAsap = true;
        if (cluster)
            o.user = o.password = "app";
        m_conn = nats::Connection::connect(o);
        micro::ServerOptions so;
        so.name = "greeter";
        so.metadata = {{"zone", "az-a"}};
        m_server = std::make_unique<micro::RpcServer>(m_conn, so);
        const micro::Value names{"Request", "Request",
                                 std::vector<micro::Value>{{"name", "string", std::nullopt},
                                                           {"tags", "[]string", std::nullopt},
                                                           {"times", "int32", std::nullopt}}};
        m_server->handle("Greeter.Hello", [](const micro::RpcRequest &r) {
            const auto in = nlohmann::json::parse(r.body);
            if (in.value("name", "") == "fail") // a go-micro error on demand (tst_call)
                throw micro::MicroError::badRequest("greeter", "no greeting for fail");
            return nlohmann::json{{"msg", "Hello " + in.value("name", "")}, {"tags", in.value("tags", nlohmann::json::array())}}.dump();
        }, names, micro::Value{"Response", "Response", std::vector<micro::Value>{{"msg", "string", std::nullopt}}});
        m_server->start();
        srv::SrvServiceOptions srvOptions;
        srvOptions.name = "pricing";
        srvOptions.version = "1.0.0";
        srvOptions.metadata = {{"zone", "az-b"}};
        m_srv = std::make_unique<srv::SrvService>(m_conn, srvOptions);
        m_srv->addEndpoint("quote", [](const srv::SrvRequest &) { return std::string("{\"total\":3}"); }, "pricing.quote",
                           srv::Metadata{{"request_schema", R"({"type":"object","properties":{"sku":{"type":"string"}}})"}});
        if (wants("tst_call")) // answers with the request's bytes as they came (a body from a file)
            m_srv->addEndpoint("raw", [](const srv::SrvRequest &r) { return r.body; }, "pricing.raw");
        m_srv->start();
        // Only the pages that use it see "shop": the others count exactly greeter and pricing.
        if (wants("tst_call") || wants("tst_traffic")) {
            m_shop = makeShopService(m_conn);
            m_shop->start();
        }

        m_context = std::make_unique<gui::AppContext>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                      m_dir.filePath(QStringLiteral("history.json")));
        gui::AppContext::setInstance(m_context.get());
        QObject::connect(m_context.get(), &gui::AppContext::languageChanged, engine, &QQmlEngine::retranslate);
        gui::SessionSettings s;
        s.services = o;
        s.services.servers.clear();
        for (int i = 0; i < m_nats->size(); ++i)
            s.services.servers.push_back(m_nats->url(i));
        if (cluster) {
            s.dashboard = o;
            s.dashboard->user = s.dashboard->password = "sys";
        }
        s.label = QStringLiteral("test");
        m_context->openSession(s);
        // The fixture .proto describes the shop service (tst_call's protobuf calls).
        gui::ProtoSettings proto;
        proto.protoPaths = {QStringLiteral(SB_PROTO_DIR "/shop/v1/shop.proto")};
        proto.importPaths = {QStringLiteral(SB_PROTO_DIR)};
        m_context->session()->schemas()->setSettings(proto);
    }
    void cleanupTestCase()
    {
        m_context.reset();
        m_shop.reset();
        m_srv.reset();
        m_server.reset();
        m_conn.reset();
        m_control.reset();
        m_logins.reset();
        m_secondServer.reset();
        m_secondConn.reset();
        m_second.reset();
        m_nats.reset();
    }

private:
    QTemporaryDir m_dir, m_certDir;
    TestFiles m_files;
    std::unique_ptr<LoginServers> m_logins;
    std::unique_ptr<testing::NatsServer> m_second;
    std::shared_ptr<nats::Connection> m_secondConn;
    std::unique_ptr<micro::RpcServer> m_secondServer;
    std::unique_ptr<testing::NatsServer> m_nats;
    std::unique_ptr<ClusterControl> m_control;
    std::shared_ptr<nats::Connection> m_conn;
    std::unique_ptr<micro::RpcServer> m_server;
    std::unique_ptr<srv::SrvService> m_srv;
    std::unique_ptr<micro::RpcServer> m_shop;
    std::unique_ptr<gui::AppContext> m_context;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // before quick_test_main, which would make a QGuiApplication
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "switchboard_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "qmltest_main.moc"
