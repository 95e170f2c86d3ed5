#pragma once
// The real window on a real nats-server with one go-micro service (greeter, zone az-a), for the
// tests that read every page: tst_accessibility (names) and tst_translations (zh_CN text).
#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "AppContext.h"
#include "NatsServer.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

namespace switchboard::testing {

struct AppWindow {
    NatsServer server;
    std::shared_ptr<nats::Connection> conn;
    std::unique_ptr<micro::RpcServer> greeter;
    QTemporaryDir dir;
    std::unique_ptr<gui::AppContext> context;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    /// Starts the server and the greeter, then the app in language ("" = the system's).
    void open(const QString &language = QString())
    {
        server.start();
        nats::ConnectOptions o;
        o.servers = {server.url()};
        conn = nats::Connection::connect(o);
        micro::ServerOptions so;
        so.name = "greeter";
        so.metadata = {{"zone", "az-a"}};
        greeter = std::make_unique<micro::RpcServer>(conn, so);
        greeter->handle("Greeter.Hello", [](const micro::RpcRequest &) { return std::string("{}"); },
                        micro::Value{"Request", "Request", std::vector<micro::Value>{{"name", "string", std::nullopt}}},
                        micro::Value{"Response", "Response", std::nullopt});
        greeter->start();

        context = std::make_unique<gui::AppContext>(dir.filePath("s.ini"), dir.filePath("h.json"));
        gui::AppContext::setInstance(context.get());
        if (!language.isEmpty())
            context->setLanguage(language);
        gui::SessionSettings s;
        s.services.servers = {server.url()};
        context->openSession(s);
        context->setStartupSubscriptions({"greet.>"});
        QQuickStyle::setStyle("Fusion");
        engine = std::make_unique<QQmlApplicationEngine>();
        QObject::connect(context.get(), &gui::AppContext::languageChanged, engine.get(), &QQmlEngine::retranslate);
        engine->addImportPath("qrc:/qt/qml");
        engine->load(QUrl("qrc:/qt/qml/Switchboard/shell/Main.qml"));
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().value(0));
    }

    /// open(), then waits until the window is exposed and lists the greeter, with accessibility
    /// on (QAccessible reads the window). False when either never happens.
    [[nodiscard]] bool openAndWait(const QString &language = QString())
    {
        open(language);
        if (!window || !QTest::qWaitForWindowExposed(window))
            return false;
        QAccessible::setActive(true);
        return QTest::qWaitFor([this] { return context->session()->serviceCount() == 1; }, 5000);
    }

    static QStringList pages() { return {"topology", "services", "call", "traffic", "cluster", "connections", "timeline", "alerts"}; }

    /// Shows a page and gives it what it needs to have rows (a message for Traffic).
    void show(const QString &page)
    {
        context->setPage(page);
        if (page == "traffic") {
            QTest::qWait(500);
            conn->publish("greet.hello", R"({"name":"Ann"})");
            conn->flush();
        }
        QTest::qWait(1500); // layout, first sweep shown, form built
    }

    ~AppWindow()
    {
        engine.reset();
        context.reset(); // before the connection and the server
    }
};

} // namespace switchboard::testing
