#include "CommandLine.h"

#include "Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace switchboard::gui {

bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0
            || std::strcmp(argv[i], "--autotest") == 0 || std::strcmp(argv[i], "--dump-scene") == 0
            || std::strncmp(argv[i], "--dump-scene=", 13) == 0)
            return true;
    return false;
}

bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"--help", "-h", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Switchboard: a dashboard for go-micro and NATS micro services."));
    p.addHelpOption();
    p.addVersionOption();
    auto opt = [&](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QCoreApplication::translate("main", help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        p.addOption(o);
    };
    opt("demo", "Start the embedded demo (a local 3-zone NATS cluster with services) and connect to it.");
    opt("server", "NATS server URLs, comma-separated.", "urls");
    opt("user", "User name.", "user");
    opt("password", "Password.", "password");
    opt("token", "Token.", "token");
    opt("creds", "Credentials file (JWT and seed).", "file");
    opt("nkey", "NKey seed file.", "file");
    opt("tlsca", "CA certificate to verify the server with.", "file");
    opt("tlscert", "Client certificate.", "file");
    opt("tlskey", "Client key.", "file");
    opt("page", "First page: topology, services, call, traffic, cluster, connections, timeline or alerts.", "name");
    opt("regions", "With --demo: how many clusters (regions) to run, 1 or 2.", "n");
    opt("subscribe", "Subscribe the Traffic page to this subject at start (repeatable).", "subject");
    opt("theme", "light, dark or system.", "theme");
    opt("language", "User-interface language: en, zh_CN or system (saved like the choice in the app).", "code");
    opt("demo-nodes", "With --demo: add this many nodes of synthetic services (a large map), up to 20000.", "n");
    opt("dump-scene", "With --page topology: write the laid-out map (boxes, edge routes, labels, viewport) as JSON once its data has arrived, and exit.", "file");
    opt("screenshot", "Render the window offscreen once its data has arrived, save a PNG and exit.", "file");
    opt("size", "Window size for --screenshot, WIDTHxHEIGHT (default 1280x800).", "size");
    opt("autotest", "Run a QML script that drives the app and exits with its verdict (end-to-end tests).", "file");
    p.process(arguments);

    CommandLine c;
    c.demo = p.isSet(QStringLiteral("demo"));
    c.connect = p.isSet(QStringLiteral("server"));
    if (c.connect) {
        c.connection.servers = nats::ConnectOptions::splitServers(p.value(QStringLiteral("server")).toStdString());
        c.connection.user = p.value(QStringLiteral("user")).toStdString();
        c.connection.password = p.value(QStringLiteral("password")).toStdString();
        c.connection.token = p.value(QStringLiteral("token")).toStdString();
        c.connection.credsFile = p.value(QStringLiteral("creds")).toStdString();
        c.connection.nkeySeedFile = p.value(QStringLiteral("nkey")).toStdString();
        c.connection.tlsCaFile = p.value(QStringLiteral("tlsca")).toStdString();
        c.connection.tlsCertFile = p.value(QStringLiteral("tlscert")).toStdString();
        c.connection.tlsKeyFile = p.value(QStringLiteral("tlskey")).toStdString();
    }
    c.page = p.value(QStringLiteral("page"));
    if (!c.page.isEmpty()
        && !QStringList{QStringLiteral("topology"), QStringLiteral("services"), QStringLiteral("call"), QStringLiteral("traffic"),
                        QStringLiteral("cluster"), QStringLiteral("connections"), QStringLiteral("timeline"), QStringLiteral("alerts")}.contains(c.page))
        c.error = QCoreApplication::translate("main", "unknown page '%1' (topology, services, call, traffic, cluster, connections, timeline, alerts)").arg(c.page);
    c.subscriptions = p.values(QStringLiteral("subscribe"));
    if (p.isSet(QStringLiteral("regions"))) {
        bool ok = false;
        c.regions = p.value(QStringLiteral("regions")).toInt(&ok);
        if (!ok || c.regions < 1 || c.regions > 2)
            c.error = QCoreApplication::translate("main", "--regions takes 1 or 2");
    }
    c.theme = p.value(QStringLiteral("theme"));
    if (!c.theme.isEmpty() && !QStringList{QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("system")}.contains(c.theme))
        c.error = QCoreApplication::translate("main", "unknown theme '%1' (light, dark, system)").arg(c.theme);
    if (p.isSet(QStringLiteral("language"))) {
        const QString code = p.value(QStringLiteral("language"));
        c.language = code == QLatin1String("system") ? QString() : code;
        c.languageSet = true;
        if (!c.language.isEmpty() && !Language::available().contains(c.language))
            c.error = QCoreApplication::translate("main", "unknown language '%1' (%2, system)")
                          .arg(code, Language::available().join(QStringLiteral(", ")));
    }
    if (p.isSet(QStringLiteral("demo-nodes"))) {
        bool ok = false;
        c.demoNodes = p.value(QStringLiteral("demo-nodes")).toInt(&ok);
        if (!ok || c.demoNodes < 0 || c.demoNodes > 20000)
            c.error = QCoreApplication::translate("main", "--demo-nodes takes a number from 0 to 20000");
    }
    c.dumpScene = p.value(QStringLiteral("dump-scene"));
    c.screenshot = p.value(QStringLiteral("screenshot"));
    c.autotest = p.value(QStringLiteral("autotest"));
    if (p.isSet(QStringLiteral("size"))) {
        const QStringList wh = p.value(QStringLiteral("size")).split(u'x');
        if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240)
            c.error = QCoreApplication::translate("main", "--size needs WIDTHxHEIGHT, e.g. 1280x800");
        else
            c.width = wh[0].toInt(), c.height = wh[1].toInt();
    }
    return c;
}

} // namespace switchboard::gui
