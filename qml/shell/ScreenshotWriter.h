#pragma once
// --screenshot FILE: waits until the session's data has arrived (connected, first sweep done,
// services listed), lets the page settle, grabs the window, saves a PNG and says how it went.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

namespace switchboard::gui {

class Session;

class ScreenshotWriter : public QObject {
    Q_OBJECT
public:
    ScreenshotWriter(QQuickWindow *window, Session *session, QString file, QObject *parent = nullptr);
    void start(int timeoutMs = 30000);
    /// Also (or only, without a screenshot file) writes the Topology page's laid-out map to
    /// `file` (TopologyPage.dumpScene), once the map holds at least `nodes` more nodes than the
    /// demo's own (the synthetic ones take a few sweeps to arrive).
    void setSceneDump(const QString &file, int nodes);
    /// Something that keeps the data from ever arriving (the demo could not start): the window
    /// is grabbed now, with the problem shown, and the message names it.
    void fail(const QString &problem);

Q_SIGNALS:
    /// ok: saved with the data shown; message: what happened, for the terminal.
    void finished(bool saved, bool dataArrived, const QString &message);

private:
    void check();
    void grab(bool dataArrived);
    [[nodiscard]] bool mapReady() const;
    [[nodiscard]] QObject *topologyPage() const;

    QPointer<QQuickWindow> m_window;
    QPointer<Session> m_session;
    QString m_file;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 30000;
    bool m_settling = false;
    QString m_problem;
    QString m_sceneDump;
    int m_sceneNodes = 0;
};

} // namespace switchboard::gui
