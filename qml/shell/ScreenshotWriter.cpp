#include "ScreenshotWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
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
                         && m_session->serviceCount() > 0;
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
    const QImage image = m_window->grabWindow();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const bool saved = !image.isNull() && image.save(m_file, "PNG");
    QString message = saved ? tr("screenshot saved to %1 (%2×%3)").arg(m_file).arg(image.width()).arg(image.height())
                            : tr("could not save the screenshot to %1").arg(m_file);
    if (!dataArrived)
        message += tr("; the data had not arrived: %1").arg(!m_problem.isEmpty() ? m_problem : m_session ? m_session->errorText() : QString());
    Q_EMIT finished(saved, dataArrived, message);
}

} // namespace switchboard::gui
