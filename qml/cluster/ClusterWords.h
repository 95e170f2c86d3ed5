#pragma once
// The cluster monitor's findings in the user's language. Core reports them as data
// (live::Finding, ServerInfo::Fault); the CLI prints core's English, the app these words.

#include <QCoreApplication>
#include <QString>

#include "live/ClusterTypes.h"

namespace switchboard::gui {

class ClusterWords {
    Q_DECLARE_TR_FUNCTIONS(ClusterWords)
public:
    /// "healthy", "degraded", "down", "no servers".
    [[nodiscard]] static QString health(live::Health h);
    /// The same from the key the view-models carry for colours ("healthy", "degraded", …).
    [[nodiscard]] static QString health(const QString &key);
    /// One reason a zone or the cluster is not healthy; a down server's fault is looked up in servers.
    [[nodiscard]] static QString finding(const live::Finding &f, const std::vector<live::ServerInfo> &servers);
    [[nodiscard]] static QStringList findings(const std::vector<live::Finding> &f, const std::vector<live::ServerInfo> &servers);
    /// Why a server does not answer.
    [[nodiscard]] static QString fault(const live::ServerInfo &s);
    /// What the monitor could not see (ClusterSnapshot::error), worded for the source in use.
    [[nodiscard]] static QString sourceNote(const live::ClusterSnapshot &c);
};

} // namespace switchboard::gui
