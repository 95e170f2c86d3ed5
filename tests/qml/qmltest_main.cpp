// QtQuickTest runner for the pages: QApplication first (Qt Charts), then quick_test_main_with_setup
// with a setup object that starts a real nats-server with a go-micro service (RpcServer) and a
// $SRV one, and hands QML an AppContext connected to it (STYLE.md §4.10).
#include <QApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <nlohmann/json.hpp>

#include "AppContext.h"
#include "NatsServer.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"

using namespace switchboard;

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_nats = std::make_unique<testing::NatsServer>();
        m_nats->start();
        nats::ConnectOptions o;
        o.servers = {m_nats->url()};
        o.sendAsap = true;
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
        m_srv->start();

        m_context = std::make_unique<gui::AppContext>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                      m_dir.filePath(QStringLiteral("history.json")));
        gui::AppContext::setInstance(m_context.get());
        gui::SessionSettings s;
        s.services.servers = {m_nats->url()};
        s.label = QStringLiteral("test");
        m_context->openSession(s);
    }
    void cleanupTestCase()
    {
        m_context.reset();
        m_srv.reset();
        m_server.reset();
        m_conn.reset();
        m_nats.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    std::unique_ptr<micro::RpcServer> m_server;
    std::unique_ptr<srv::SrvService> m_srv;
    std::unique_ptr<gui::AppContext> m_context;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // before quick_test_main, which would make a QGuiApplication
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "switchboard_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "qmltest_main.moc"
