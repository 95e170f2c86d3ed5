#pragma once
// What the app's page benchmarks share: a `switchboard-cli demo` to measure against, the app's
// main window with its frame intervals recorded, and a wait that keeps the event loop turning.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <nlohmann/json.hpp>

#include "AppContext.h"
#include "nats/Connection.h"

namespace switchboard::bench {

/// A `switchboard-cli demo` process and what it printed about itself.
struct CliDemo {
    QProcess process;
    nlohmann::json info;
    bool start()
    {
        process.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--json")});
        if (!process.waitForReadyRead(60000))
            return false;
        info = nlohmann::json::parse(process.readLine().toStdString(), nullptr, false);
        return !info.is_discarded();
    }
    nats::ConnectOptions login(bool system) const
    {
        nats::ConnectOptions o;
        o.servers = nats::ConnectOptions::splitServers(info["urls"].get<std::string>());
        o.user = info[system ? "dashboard_user" : "services_user"].get<std::string>();
        o.password = info[system ? "dashboard_password" : "services_password"].get<std::string>();
        return o;
    }
    ~CliDemo()
    {
        process.terminate();
        process.waitForFinished(15000);
    }
};

/// The app's main window on `page`; with forceFrames a spinner makes frames come as fast as the
/// loop allows, so the frame intervals show every stall of the GUI thread.
struct AppWindow {
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    std::vector<double> intervals;
    QElapsedTimer clock;
    bool load(const QString &page, gui::AppContext &context, bool forceFrames)
    {
        context.setPage(page);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Switchboard/shell/Main.qml")));
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        if (!window)
            return false;
        clock.start();
        QObject::connect(window, &QQuickWindow::frameSwapped, [this] {
            intervals.push_back(double(clock.nsecsElapsed()) / 1e6);
            clock.restart();
        });
        if (!forceFrames)
            return true;
        QQmlComponent spinner(&engine);
        spinner.setData("import QtQuick\nRectangle { width: 20; height: 20; color: 'steelblue'; "
                        "RotationAnimation on rotation { from: 0; to: 360; duration: 1000; loops: Animation.Infinite } }",
                        QUrl());
        auto *moving = qobject_cast<QQuickItem *>(spinner.create());
        moving->setParentItem(window->contentItem());
        return true;
    }
};

inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace switchboard::bench
