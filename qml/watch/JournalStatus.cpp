#include "JournalStatus.h"

#include <QFileInfo>

#include "watch/Journal.h"

namespace switchboard::gui {

using Problem = watch::JournalFile::Problem;

JournalStatus::JournalStatus(watch::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    connect(journal, &watch::Journal::stateChanged, this, &JournalStatus::refresh, Qt::QueuedConnection);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &JournalStatus::refresh);
    refresh();
}

void JournalStatus::acknowledge()
{
    if (m_journal)
        m_acknowledged = m_journal->setAsidePath();
    refresh();
}

void JournalStatus::refresh()
{
    QString text, kind;
    if (m_journal && m_journal->state() == watch::Journal::State::Unavailable) {
        kind = QStringLiteral("warning");
        const int kept = int(m_journal->pending());
        const QString folder = QFileInfo(m_journal->path()).absolutePath();
        switch (m_journal->problem()) {
        case Problem::CannotCreate:
            text = tr("The folder for the journal of changes, %1, cannot be created.").arg(folder);
            break;
        case Problem::ReadOnly:
            text = tr("The journal of changes cannot be written in %1 (%2).").arg(folder, m_journal->problemDetail());
            break;
        case Problem::DiskFull:
            text = tr("The disk holding the journal of changes is full (%1).").arg(folder);
            break;
        case Problem::NewerSchema:
            text = tr("The journal at %1 was written by a newer Switchboard and is left as it is.").arg(m_journal->path());
            break;
        default:
            text = tr("The journal of changes cannot be used (%1).").arg(m_journal->problemDetail());
            break;
        }
        text += QLatin1Char(' ') + (kept > 0 ? tr("Switchboard goes on; %n change(s) kept in memory until the journal can be written.", nullptr, kept)
                                             : tr("Switchboard goes on without it."));
        if (m_journal->dropped() > 0)
            text += QLatin1Char(' ') + tr("%n older change(s) could not be kept.", nullptr, int(m_journal->dropped()));
    } else if (m_journal && !m_journal->setAsidePath().isEmpty() && m_journal->setAsidePath() != m_acknowledged) {
        kind = QStringLiteral("info");
        text = tr("The journal file was damaged. It was kept as %1 and a new journal started.").arg(m_journal->setAsidePath());
    }
    if (kind == QLatin1String("warning"))
        m_poll.start();
    else
        m_poll.stop();
    if (text == m_text && kind == m_kind)
        return;
    m_text = text;
    m_kind = kind;
    Q_EMIT changed();
}

} // namespace switchboard::gui
