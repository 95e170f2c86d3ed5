// The desktop app's rows of ./bench (issue 10), each with a baseline measured in the same run:
//  - app_startup_to_services: from creating the app (context, QML, session) on a running demo to
//    the first frame that shows its services; baseline: the first frame of a bare Qt Quick window.
//  (the Topology's rows are bench_topology's)
//  - app_idle_cpu: `switchboard` connected to a `switchboard-cli demo` process, window shown
//    (offscreen), its CPU over 30 s and its RSS; baseline: `switchboard-cli services --watch`
//    against the same demo over the same 30 s.
// Offscreen with the software renderer: rendering runs on the GUI thread, so the busy figure
// includes it (a GPU would take it off).
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <thread>

#include "AppContext.h"
#include "BenchReport.h"
#include "ProcessStats.h"
#include "demo/Demo.h"

using namespace switchboard;
using namespace std::chrono_literals;

namespace {

using bench::processCpuSeconds;
using bench::rssMiB;
using bench::spin;

double bareWindowFirstFrameMs(QQmlEngine &engine)
{
    QElapsedTimer t;
    t.start();
    QQmlComponent c(&engine);
    c.setData("import QtQuick\nWindow { visible: true; width: 1280; height: 800; Text { text: \"x\" } }", QUrl());
    std::unique_ptr<QObject> o(c.create());
    auto *w = qobject_cast<QQuickWindow *>(o.get());
    bool swapped = false;
    QObject::connect(w, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    while (!swapped && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(t.nsecsElapsed()) / 1e6;
}

void startupRow(const demo::DemoInfo &info)
{
    std::vector<double> ours, base;
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
        gui::AppContext::setInstance(&context);
        context.setPage(QStringLiteral("services"));
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        gui::SessionSettings s;
        s.services.servers = nats::ConnectOptions::splitServers(info.urls);
        s.services.user = info.servicesUser;
        s.services.password = info.servicesPassword;
        context.openSession(s);
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Switchboard/shell/Main.qml")));
        auto *w = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        bool shown = false;
        QObject::connect(w, &QQuickWindow::frameSwapped, [&] {
            if (context.session()->serviceCount() > 0)
                shown = true;
        });
        while (!shown && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        QQmlEngine bare;
        base.push_back(bareWindowFirstFrameMs(bare));
    }
    bench::report("app_startup_to_services", bench::median(ours), bench::median(base), "ms", 1000, bench::Target::MaxAbsolute,
                  {{"rounds", ours.size()}});
}

void idleRow()
{
    QProcess demoProcess;
    demoProcess.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--json")});
    if (!demoProcess.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench_app: the demo did not start\n");
        return;
    }
    const auto info = nlohmann::json::parse(demoProcess.readLine().toStdString(), nullptr, false);
    if (info.is_discarded())
        return;
    const QString urls = QString::fromStdString(info["urls"].get<std::string>());
    const QString user = QString::fromStdString(info["services_user"].get<std::string>());
    const QString password = QString::fromStdString(info["services_password"].get<std::string>());

    QProcess app, cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SWITCHBOARD_APP_PATH),
              {QStringLiteral("--server"), urls, QStringLiteral("--user"), user, QStringLiteral("--password"), password,
               QStringLiteral("--page"), QStringLiteral("services")});
    cli.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("--server"), urls, QStringLiteral("--user"), user,
                                                     QStringLiteral("--password"), password, QStringLiteral("services"),
                                                     QStringLiteral("--watch")});
    app.waitForStarted();
    cli.waitForStarted();
    std::this_thread::sleep_for(5s); // connected, first sweeps done
    const double app0 = processCpuSeconds(app.processId()), cli0 = processCpuSeconds(cli.processId());
    std::this_thread::sleep_for(30s);
    const double appPercent = (processCpuSeconds(app.processId()) - app0) / 30.0 * 100.0;
    const double cliPercent = (processCpuSeconds(cli.processId()) - cli0) / 30.0 * 100.0;
    const double rss = rssMiB(app.processId());
    app.terminate();
    cli.terminate();
    demoProcess.terminate();
    app.waitForFinished(5000);
    cli.waitForFinished(5000);
    demoProcess.waitForFinished(15000);
    bench::report("app_idle_cpu", appPercent, cliPercent, "% of one core", 3, bench::Target::MaxAbsolute,
                  {{"rss_mib", rss}, {"seconds", 30}});
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    {
        demo::Demo d;
        d.start();
        spin(1000);
        startupRow(d.info());
    }
    idleRow();
    return 0;
}
