#include "ServiceListModel.h"

#include <set>

#include "CoreStrings.h"
#include "Session.h"
#include "live/CatalogTypes.h"

namespace switchboard::gui {

ServiceListModel::ServiceListModel(QObject *parent)
    : RowListModel({QStringLiteral("name"), QStringLiteral("protocol"), QStringLiteral("versions"),
                    QStringLiteral("nodes"), QStringLiteral("stale"), QStringLiteral("zones"),
                    QStringLiteral("health"), QStringLiteral("endpoints"), QStringLiteral("accessibleText"),
                    QStringLiteral("region")},
                   parent)
{
}

void ServiceListModel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::catalogChanged, this, [this] { update(*m_session->catalog()); });
        update(*m_session->catalog());
    }
    Q_EMIT sessionChanged();
}

QList<QObject *> ServiceListModel::sessions() const
{
    QList<QObject *> out;
    for (const auto &s : m_sessions)
        if (s)
            out << s.data();
    return out;
}

void ServiceListModel::setSessions(const QList<QObject *> &sessions)
{
    for (const auto &s : m_sessions)
        if (s)
            disconnect(s, nullptr, this, nullptr);
    m_sessions.clear();
    for (QObject *o : sessions)
        if (auto *s = qobject_cast<Session *>(o)) {
            m_sessions << s;
            connect(s, &Session::catalogChanged, this, &ServiceListModel::rebuild);
            connect(s, &Session::stateChanged, this, &ServiceListModel::rebuild); // its label
        }
    rebuild();
    Q_EMIT sessionChanged();
}

void ServiceListModel::rebuild()
{
    std::vector<Row> rows;
    const bool several = m_sessions.size() > 1;
    for (const auto &s : m_sessions)
        if (s)
            appendRows(rows, *s->catalog(), several ? s->label() : QString());
    setRows(std::move(rows));
}

Session *ServiceListModel::sessionOf(int row) const
{
    if (row < 0 || row >= count())
        return m_session;
    const QString region = this->row(row).values.last().toString();
    for (const auto &s : m_sessions)
        if (s && s->label() == region)
            return s;
    return !m_sessions.isEmpty() && m_sessions.first() ? m_sessions.first().data() : m_session.data();
}

void ServiceListModel::update(const live::CatalogSnapshot &snapshot)
{
    std::vector<Row> rows;
    appendRows(rows, snapshot, {});
    setRows(std::move(rows));
}

void ServiceListModel::appendRows(std::vector<Row> &rows, const live::CatalogSnapshot &snapshot, const QString &region) const
{
    const bool primary = m_sessions.isEmpty() || (m_sessions.first() && m_sessions.first()->label() == region) || region.isEmpty();
    for (const live::CatalogService &s : snapshot.services) {
        QStringList versions;
        std::set<std::string> zones;
        int endpoints = 0;
        for (const live::CatalogVersion &v : s.versions) {
            versions << QString::fromStdString(v.version);
            endpoints += int(v.endpoints.size() + v.srvEndpoints.size());
            for (const live::CatalogNode &n : v.nodes)
                zones.insert(n.zone.empty() ? std::string("?") : n.zone);
        }
        QStringList zoneList;
        for (const std::string &z : zones)
            zoneList << QString::fromStdString(z);
        const int nodes = int(s.nodeCount());
        const int stale = int(s.staleCount());
        // live: every node answers; degraded: some are stale; stale: none answers.
        const QString health = stale == 0 ? QStringLiteral("live")
                               : stale < nodes ? QStringLiteral("degraded")
                                               : QStringLiteral("stale");
        const QString name = QString::fromStdString(s.name);
        const QString protocol = protocolLabel(s.protocol);
        const QString spoken = tr("%1 %2, %3, %n node(s)", nullptr, nodes)
                                   .arg(name, versions.join(QStringLiteral(", ")), protocol)
                               + (stale ? tr(", %n stale", nullptr, stale) : QString())
                               + (region.isEmpty() ? QString() : tr(", region %1").arg(region));
        // The primary region keeps the plain key, so a selection by name|protocol finds it.
        rows.push_back(Row{name + u'|' + protocol + (primary ? QString() : u'@' + region),
                           {name, protocol, versions.join(QStringLiteral(", ")), nodes, stale, zoneList, health,
                            endpoints, spoken, region}});
    }
}

} // namespace switchboard::gui
