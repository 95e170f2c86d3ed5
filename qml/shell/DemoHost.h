#pragma once
// Runs the embedded demo (core/demo) for the app. The demo's nats-server processes die with the
// thread that started them (PR_SET_PDEATHSIG), so one thread of its own starts the demo, runs
// the chaos commands and stops it; the GUI thread only posts to it and hears back.

#include <QObject>
#include <QString>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "demo/Demo.h"

namespace switchboard::gui {

class DemoHost : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppContext")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    /// The failure is that nats-server is not installed: the app then says how to install it.
    Q_PROPERTY(bool natsServerMissing READ natsServerMissing NOTIFY stateChanged)
    Q_PROPERTY(QString lastChaos READ lastChaos NOTIFY chaosDone)
public:
    enum State { Off, Starting, Running, Failed };
    Q_ENUM(State)

    /// zones: the demo cluster's three zones (empty: az-a, az-b, az-c); region: its name.
    explicit DemoHost(QObject *parent = nullptr, std::vector<std::string> zones = {}, QString region = {});
    ~DemoHost() override; ///< stops the demo and its thread
    /// Synthetic nodes to add at start (--demo-nodes); 0: the demo as it is.
    void setSyntheticNodes(int nodes) { m_syntheticNodes = nodes; }

    void start();
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool natsServerMissing() const { return m_natsServerMissing; }
    [[nodiscard]] QString lastChaos() const { return m_lastChaos; }
    [[nodiscard]] demo::DemoInfo info() const { return m_info; }
    [[nodiscard]] QString region() const { return m_region; }

    /// "kill-node SERVICE", "restart-node SERVICE", "stop-server N", "restart-server N", "load F".
    Q_INVOKABLE void chaos(const QString &command);

Q_SIGNALS:
    void stateChanged();
    void started();
    void chaosDone(const QString &result);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;        // lives on m_thread
    std::unique_ptr<demo::Demo> m_demo; // touched only on m_thread
    State m_state = Off;
    QString m_error, m_lastChaos;
    bool m_natsServerMissing = false;
    demo::DemoInfo m_info;
    std::vector<std::string> m_zones;
    int m_syntheticNodes = 0;
    QString m_region;
};

} // namespace switchboard::gui
