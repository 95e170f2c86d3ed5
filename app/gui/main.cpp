// switchboard: the desktop app. Composition root only: command line, core objects, QML engine.
#include <QApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <malloc.h>

#include "AppContext.h"
#include "CommandLine.h"
#include "DemoHost.h"
#include "GitCommit.h"
#include "ScreenshotWriter.h"

using namespace switchboard;

int main(int argc, char *argv[])
{
    // Buffers of 1 MiB and more (window and Topology images, several MiB each) get their own
    // mappings, returned to the system when freed. By default glibc raises this threshold after
    // the first such free, and later images then land in the heap, where freeing them often
    // returns nothing: in a chaos soak the RSS rose in steps of ~10 MiB (docs/reliability.md).
    ::mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    const bool screenshot = gui::wantsScreenshot(argc, argv);
    if (screenshot) {
        // Rendered offscreen with the software renderer: the same pixels with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    } else if (gui::onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // without a display, QApplication would abort
    }
    QApplication app(argc, argv); // Qt Charts needs QApplication (STYLE.md §3.9)
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationDomain(QStringLiteral("switchboard.github.io"));
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    // --version prints "switchboard 0.1.0 (commit …)"; the About dialog shows the two apart.
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION " (commit " SWITCHBOARD_GIT_COMMIT ")"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Switchboard/icons/switchboard.png")));
    // Wayland finds the window's desktop entry (name, icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.switchboard.Switchboard"));

    const gui::CommandLine cmd = gui::parseCommandLine(QApplication::arguments());
    if (!cmd.error.isEmpty()) {
        std::fprintf(stderr, "switchboard: %s\n", qPrintable(cmd.error));
        return 2;
    }

    gui::AppContext context{QString(), QString()};
    gui::AppContext::setInstance(&context);
    context.setBuildCommit(QStringLiteral(SWITCHBOARD_GIT_COMMIT));
    if (!cmd.theme.isEmpty())
        context.setTheme(cmd.theme);
    if (cmd.languageSet)
        context.setLanguage(cmd.language);
    if (!cmd.page.isEmpty())
        context.setPage(cmd.page);
    context.setStartupSubscriptions(cmd.subscriptions);
    context.setDemoRegions(cmd.regions);
    context.setDemoNodes(cmd.demoNodes);
    if (screenshot)
        context.motion().force(true); // a picture must not depend on the moment it was taken
    else
        context.motion().askGnome();

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // STYLE.md §3.3
#endif
    QObject::connect(&context, &gui::AppContext::languageChanged, &engine, &QQmlEngine::retranslate);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app, [](QObject *object, const QUrl &) {
        if (!object)
            QCoreApplication::exit(4);
    }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Switchboard/shell/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 4;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    if (cmd.demo || (!cmd.connect && context.settings().value(QStringLiteral("connection/demo"), true).toBool())) {
        context.startDemo();
    } else if (cmd.connect) {
        gui::SessionSettings s;
        s.services = cmd.connection;
        s.label = QString::fromStdString(cmd.connection.servers.front());
        context.openSession(std::move(s));
    } else if (const QString profile = context.settings().value(QStringLiteral("connection/profile")).toString();
               !profile.isEmpty() && context.profileStore().find(profile)) {
        context.connectProfile(profile); // its secrets from the keychain, or asked for again
    } else if (!context.lastServer().isEmpty()) {
        // The last connection, as far as it was remembered: servers and user, never a secret.
        gui::SessionSettings s;
        s.services.servers = nats::ConnectOptions::splitServers(context.lastServer().toStdString());
        s.services.user = context.settings().value(QStringLiteral("connection/user")).toString().toStdString();
        s.label = context.lastServer();
        context.openSession(std::move(s));
    }
    // else: the shell shows the connect prompt.

    // --autotest FILE: a QML object created next to the window, given the window, that drives the
    // app as a user would and ends it with Qt.exit(code).
    std::unique_ptr<QObject> autotest;
    if (!cmd.autotest.isEmpty() && window) {
        window->resize(cmd.width, cmd.height);
        QQmlComponent component(&engine, QUrl::fromLocalFile(cmd.autotest));
        autotest.reset(component.createWithInitialProperties({{QStringLiteral("window"), QVariant::fromValue(window)}}));
        if (!autotest) {
            std::fprintf(stderr, "switchboard: --autotest %s: %s\n", qPrintable(cmd.autotest), qPrintable(component.errorString()));
            return 2;
        }
    }

    std::unique_ptr<gui::ScreenshotWriter> writer;
    if (screenshot && window && cmd.autotest.isEmpty()) {
        window->resize(cmd.width, cmd.height);
        writer = std::make_unique<gui::ScreenshotWriter>(window, context.session(), cmd.screenshot);
        writer->setSceneDump(cmd.dumpScene, cmd.demoNodes);
        QObject::connect(writer.get(), &gui::ScreenshotWriter::finished, &app,
                         [](bool saved, bool arrived, const QString &message) {
                             std::fprintf(saved && arrived ? stdout : stderr, "switchboard: %s\n", qPrintable(message));
                             QCoreApplication::exit(!saved ? 1 : arrived ? 0 : 3);
                         });
        writer->start(cmd.demoNodes > 0 ? 120000 : 30000);
        // Without nats-server the demo cannot start: say so (and how to install it) at once.
        auto demoFailed = [&context, w = writer.get()] {
            const gui::DemoHost *demo = context.demo();
            if (demo->state() == gui::DemoHost::Failed)
                w->fail(demo->natsServerMissing()
                            ? QCoreApplication::translate("main", "the demo needs nats-server, which is not installed: sudo apt install nats-server")
                            : QCoreApplication::translate("main", "the demo could not start: %1").arg(demo->error()));
        };
        QObject::connect(context.demo(), &gui::DemoHost::stateChanged, writer.get(), demoFailed);
        demoFailed();
    }
    return app.exec();
}
