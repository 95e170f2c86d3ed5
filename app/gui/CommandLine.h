#pragma once
// The app's command line: connection (or --demo), first page, theme, --screenshot, --version.

#include <QString>
#include <QStringList>

#include "nats/ConnectOptions.h"

namespace switchboard::gui {

struct CommandLine {
    bool demo = false;
    bool connect = false; ///< --server given
    nats::ConnectOptions connection;
    QString page, theme, screenshot;
    QString language;         ///< with languageSet: "" = the system's
    bool languageSet = false;
    QStringList subscriptions; ///< --subscribe: the Traffic page subscribes at start
    int regions = 1;           ///< --regions: demo clusters
    int demoNodes = 0;         ///< --demo-nodes: synthetic nodes added to the demo
    QString dumpScene;         ///< --dump-scene: the topology's laid-out map as JSON, then exit
    QString autotest; ///< a QML script driving the running app (end-to-end tests)
    int width = 1280, height = 800;
    QString error; ///< usage error, empty when fine
};

/// Parses the arguments (after QApplication took its own); --help/--version exit inside.
[[nodiscard]] CommandLine parseCommandLine(const QStringList &arguments);

/// True when argv asks for --screenshot (or --dump-scene): the window is then rendered offscreen, decided before
/// QApplication exists.
[[nodiscard]] bool wantsScreenshot(int argc, char **argv);

/// True when argv asks only for --help or --version: printed without a display (over ssh, in a
/// package's install test), so Qt must not need one.
[[nodiscard]] bool onlyPrints(int argc, char **argv);

} // namespace switchboard::gui
