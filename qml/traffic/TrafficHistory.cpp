#include "TrafficHistory.h"

#include <QDateTime>
#include <QPointF>
#include <QXYSeries>

#include "AppContext.h"
#include "CollectorHistory.h"
#include "Session.h"

namespace switchboard::gui {

namespace {
const QString kSpanSetting = QStringLiteral("traffic/historyMinutes");
}

TrafficHistory::TrafficHistory(QObject *parent)
    : QObject(parent)
{
    if (AppContext *app = AppContext::instance())
        m_spanMinutes = std::clamp(app->settings().value(kSpanSetting, 0).toInt(), 0, 24 * 60);
}

void TrafficHistory::setSpanMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 24 * 60);
    if (minutes == m_spanMinutes)
        return;
    m_spanMinutes = minutes;
    if (AppContext *app = AppContext::instance())
        app->settings().setValue(kSpanSetting, minutes);
    Q_EMIT spanChanged();
}

void TrafficHistory::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) // the reader is made when the profile is opened, after the session
        connect(session, &Session::stateChanged, this, &TrafficHistory::follow);
    follow();
    Q_EMIT sessionChanged();
}

CollectorHistory *TrafficHistory::history() const
{
    return m_session ? m_session->findChild<CollectorHistory *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void TrafficHistory::follow()
{
    CollectorHistory *now = history();
    if (now == m_history)
        return;
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = now;
    if (now)
        connect(now, &CollectorHistory::changed, this, &TrafficHistory::changed);
    Q_EMIT changed();
}

bool TrafficHistory::available() const
{
    return m_history && m_history->rates() && m_history->rates()->windowCount() > 0;
}

QString TrafficHistory::stream() const
{
    return m_history ? m_history->ratesStream() : QString();
}

double TrafficHistory::fillSeries(QObject *seriesObject, const QString &subject, int minutes) const
{
    auto *series = qobject_cast<QXYSeries *>(seriesObject);
    if (!series || !available())
        return 0;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60'000;
    QList<QPointF> points;
    double peak = 0;
    for (const watch::RateHistory::Point &p : m_history->rates()->of(subject.toStdString(), since)) {
        const double v = p.perSecond();
        peak = std::max(peak, v);
        // A step per window: its rate held from its start to its end.
        points << QPointF(double(p.startMs), v) << QPointF(double(p.endMs), v);
    }
    series->replace(points);
    return peak;
}

QStringList TrafficHistory::busiest(int minutes, int count) const
{
    QStringList out;
    if (!available())
        return out;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60'000;
    // The system's own subjects (replies, $SYS, $JS) are not what the user charts.
    const auto application = [](const std::string &s) { return s.rfind("_INBOX.", 0) != 0 && s.rfind('$', 0) != 0; };
    for (const auto &[subject, messages] : m_history->rates()->busiest(since, size_t(std::max(0, count)), application))
        out << QString::fromStdString(subject);
    return out;
}

} // namespace switchboard::gui
