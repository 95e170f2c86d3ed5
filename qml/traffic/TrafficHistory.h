#pragma once
// The Traffic chart's longer view: a region's subject rates of the last hour or day, from the
// collector's rollups (CollectorHistory of the session, when its profile reads history from the
// collector). Nothing per message: it reads a RateHistory the collector's reader filled.

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace switchboard::gui {

class CollectorHistory;
class Session;
Q_MOC_INCLUDE("Session.h")

class TrafficHistory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The session reads history from a collector and has rollups: the longer spans can be shown.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    /// The stream the rates come from, for the chart's caption.
    Q_PROPERTY(QString stream READ stream NOTIFY changed)
    /// The chart's span: 0 live, else the collector's last N minutes (remembered in the settings).
    Q_PROPERTY(int spanMinutes READ spanMinutes WRITE setSpanMinutes NOTIFY spanChanged)
public:
    explicit TrafficHistory(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] bool available() const;
    [[nodiscard]] QString stream() const;
    [[nodiscard]] int spanMinutes() const { return m_spanMinutes; }
    void setSpanMinutes(int minutes);

    /// Fills a chart line with `subject`'s msgs/s per window over the last `minutes`; returns
    /// its peak. Windows without the subject's messages are zeros, not gaps.
    Q_INVOKABLE double fillSeries(QObject *series, const QString &subject, int minutes) const;
    /// The `count` subjects with the most messages over the last `minutes`.
    Q_INVOKABLE QStringList busiest(int minutes, int count) const;

Q_SIGNALS:
    void sessionChanged();
    void spanChanged();
    /// New rollups came (or the session's history reader came or went).
    void changed();

private:
    void follow();
    [[nodiscard]] CollectorHistory *history() const;

    QPointer<Session> m_session;
    QPointer<CollectorHistory> m_history;
    int m_spanMinutes = 0;
};

} // namespace switchboard::gui
