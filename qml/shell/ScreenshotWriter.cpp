#include "ScreenshotWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

#include "Session.h"

namespace switchboard::gui {

namespace {
constexpr int kSettleMs = 2500; // charts, the first STATS answer and the first call rates (sampled each second)
}

ScreenshotWriter::ScreenshotWriter(QQuickWindow *window, Session *session, QString file, QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_file(std::move(file))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotWriter::check);
}

void ScreenshotWriter::start(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_elapsed.start();
    m_poll.start();
}

void ScreenshotWriter::setSceneDump(const QString &file, int nodes)
{
    m_sceneDump = file;
    m_sceneNodes = nodes;
}

QObject *ScreenshotWriter::topologyPage() const
{
    if (!m_window)
        return nullptr;
    // Items hang from the window's content item, other objects from the window itself.
    if (QObject *page = m_window->contentItem()->findChild<QObject *>(QStringLiteral("topologyPage")))
        return page;
    return m_window->findChild<QObject *>(QStringLiteral("topologyPage"));
}

bool ScreenshotWriter::mapReady() const
{
    if (m_sceneDump.isEmpty() && m_sceneNodes == 0)
        return true;
    if (m_sceneNodes > 0 && (!m_session || m_session->nodeCount() < m_sceneNodes))
        return false;
    const QObject *page = topologyPage();
    const QObject *model = page ? page->property("model").value<QObject *>() : nullptr;
    return !model || model->property("layouts").toInt() > 0;
}

void ScreenshotWriter::fail(const QString &problem)
{
    m_problem = problem;
    check();
}

void ScreenshotWriter::check()
{
    if (m_settling)
        return;
    const bool arrived = m_session && m_session->state() == Session::Connected && m_session->catalogReady()
                         && m_session->serviceCount() > 0 && mapReady();
    const bool failed = (m_session && m_session->state() == Session::Failed) || !m_problem.isEmpty();
    if (!arrived && !failed && m_elapsed.elapsed() < m_timeoutMs)
        return;
    m_settling = true;
    m_poll.stop();
    QTimer::singleShot(arrived ? kSettleMs : 200, this, [this, arrived] { grab(arrived); });
}

void ScreenshotWriter::grab(bool dataArrived)
{
    if (!m_window) {
        Q_EMIT finished(false, dataArrived, tr("no window to grab"));
        return;
    }
    QString dumped;
    if (!m_sceneDump.isEmpty()) {
        QVariant problem;
        QObject *page = topologyPage();
        if (!page)
            dumped = tr("; no scene written: the Topology page is not shown (--page topology)");
        else if (!QMetaObject::invokeMethod(page, "dumpScene", Q_RETURN_ARG(QVariant, problem), Q_ARG(QVariant, m_sceneDump)))
            dumped = tr("; no scene written: the page cannot dump it");
        else
            dumped = problem.toString().isEmpty() ? tr("; scene written to %1").arg(m_sceneDump) : QStringLiteral("; ") + problem.toString();
        if (m_file.isEmpty()) {
            const bool ok = dumped == tr("; scene written to %1").arg(m_sceneDump);
            Q_EMIT finished(ok, dataArrived, dumped.mid(2));
            return;
        }
    }
    const QImage image = m_window->grabWindow();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const bool saved = !image.isNull() && image.save(m_file, "PNG");
    QString message = saved ? tr("screenshot saved to %1 (%2×%3)").arg(m_file).arg(image.width()).arg(image.height())
                            : tr("could not save the screenshot to %1").arg(m_file);
    message += dumped;
    if (!dataArrived)
        message += tr("; the data had not arrived: %1").arg(!m_problem.isEmpty() ? m_problem : m_session ? m_session->errorText() : QString());
    Q_EMIT finished(saved, dataArrived, message);
}

} // namespace switchboard::gui
