#include "DemoHost.h"

#include "demo/LocalNatsCluster.h"

namespace switchboard::gui {

DemoHost::DemoHost(QObject *parent, std::vector<std::string> zones, QString region)
    : QObject(parent)
    , m_zones(std::move(zones))
    , m_region(std::move(region))
{
    m_thread.setObjectName(QStringLiteral("demo"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DemoHost::~DemoHost()
{
    // Stopped on its own thread, which then ends.
    QMetaObject::invokeMethod(m_worker, [this] { m_demo.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DemoHost::start()
{
    if (m_state == Starting || m_state == Running)
        return;
    m_state = Starting;
    Q_EMIT stateChanged();
    QMetaObject::invokeMethod(m_worker, [this] {
        QString error;
        demo::DemoInfo info;
        const bool missing = demo::findNatsServer().empty();
        try {
            m_demo = std::make_unique<demo::Demo>(m_zones, m_syntheticNodes);
            m_demo->start();
            info = m_demo->info();
        } catch (const std::exception &e) {
            m_demo.reset();
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, error, info, missing] {
            m_error = error;
            m_natsServerMissing = missing && !error.isEmpty();
            m_info = info;
            m_state = error.isEmpty() ? Running : Failed;
            Q_EMIT stateChanged();
            if (m_state == Running)
                Q_EMIT started();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DemoHost::chaos(const QString &command)
{
    const QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    if (words.size() != 2)
        return;
    const std::string verb = words[0].toStdString(), arg = words[1].toStdString();
    QMetaObject::invokeMethod(m_worker, [this, verb, arg] {
        std::string result;
        try {
            if (!m_demo)
                result = "the demo is not running";
            else if (verb == "kill-node")
                result = m_demo->killNode(arg);
            else if (verb == "restart-node")
                result = m_demo->restartNode(arg);
            else if (verb == "stop-server")
                result = m_demo->stopServer(std::stoi(arg));
            else if (verb == "restart-server")
                result = m_demo->restartServer(std::stoi(arg));
            else if (verb == "load")
                result = m_demo->setLoadFactor(std::stod(arg));
            else
                result = "unknown chaos command " + verb;
        } catch (const std::exception &e) {
            result = e.what();
        }
        const QString text = QString::fromStdString(result);
        QMetaObject::invokeMethod(this, [this, text] {
            m_lastChaos = text;
            Q_EMIT chaosDone(text);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace switchboard::gui
