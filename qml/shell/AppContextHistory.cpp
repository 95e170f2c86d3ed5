// AppContext: the team's history from a collector, for the regions whose profile asks for it.
#include "AppContext.h"

#include "CollectorHistory.h"
#include "JournalRecorder.h"
#include "Session.h"

namespace switchboard::gui {

void AppContext::readTeamHistory(Session &session, const Profile *profile)
{
    delete session.findChild<CollectorHistory *>(QString(), Qt::FindDirectChildrenOnly);
    const bool fromCollector = profile && profile->collectorHistory;
    if (auto *recorder = session.findChild<JournalRecorder *>(QString(), Qt::FindDirectChildrenOnly))
        recorder->setTopologyRecorded(!fromCollector);
    if (fromCollector) {
        auto *history = new CollectorHistory(&session, m_journal.get(), profile->historyConfig(), &m_settings, &session);
        connect(history, &CollectorHistory::changed, this, &AppContext::teamHistoryChanged);
        connect(history, &QObject::destroyed, this, &AppContext::teamHistoryChanged);
    }
    Q_EMIT teamHistoryChanged();
}

QString AppContext::teamHistory() const
{
    QStringList lines;
    for (QObject *s : sessions()) {
        const auto *h = s->findChild<CollectorHistory *>(QString(), Qt::FindDirectChildrenOnly);
        if (!h)
            continue;
        if (!h->hasRead())
            lines << tr("%1: reading the team's history from the collector (%2)…").arg(h->region(), h->stream());
        else if (!h->problem().isEmpty())
            lines << tr("%1: the team's history cannot be read from the collector: %2").arg(h->region(), h->problem());
        else
            lines << tr("%1: team history from the collector (%2), %n events taken since the app started", "", int(h->loaded()))
                         .arg(h->region(), h->stream());
    }
    return lines.join(QLatin1Char('\n'));
}

bool AppContext::teamHistoryWarning() const
{
    for (QObject *s : sessions())
        if (const auto *h = s->findChild<CollectorHistory *>(QString(), Qt::FindDirectChildrenOnly); h && !h->problem().isEmpty())
            return true;
    return false;
}

} // namespace switchboard::gui
