#include "ServiceListModel.h"

#include <set>

#include "CoreStrings.h"
#include "Session.h"
#include "live/CatalogTypes.h"

namespace switchboard::gui {

ServiceListModel::ServiceListModel(QObject *parent)
    : RowListModel({QStringLiteral("name"), QStringLiteral("protocol"), QStringLiteral("versions"),
                    QStringLiteral("nodes"), QStringLiteral("stale"), QStringLiteral("zones"),
                    QStringLiteral("health"), QStringLiteral("endpoints"), QStringLiteral("accessibleText")},
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

void ServiceListModel::update(const live::CatalogSnapshot &snapshot)
{
    std::vector<Row> rows;
    rows.reserve(snapshot.services.size());
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
                               + (stale ? tr(", %n stale", nullptr, stale) : QString());
        rows.push_back(Row{name + u'|' + protocol,
                           {name, protocol, versions.join(QStringLiteral(", ")), nodes, stale, zoneList, health,
                            endpoints, spoken}});
    }
    setRows(std::move(rows));
}

} // namespace switchboard::gui
