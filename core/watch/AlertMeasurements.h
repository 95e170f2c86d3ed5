#pragma once
// What the alert rules are evaluated against: one region's figures at one moment, gathered by
// the app (or `switchboard-cli watch`) from the catalogue, the cluster monitor, the traffic
// counters and the call observer. A figure that is not known is absent: a rule on it has no
// data, which never fires it.

#include <QHash>
#include <QString>

#include <optional>

namespace switchboard::watch {

struct ServiceFigures {
    int liveNodes = 0;
    std::optional<double> errorRatePercent; ///< of the calls observed (and $SRV STATS)
    std::optional<double> p99Ms;
};

struct ServerFigures {
    QString zone;
    bool reachable = true;
    qint64 slowConsumers = 0; ///< the server's running total
};

struct AlertMeasurements {
    QString region;
    /// msgs/s per subject seen on the watched subscriptions. A rule's subject that is watched
    /// but silent is in `watched` and counts 0; one that is not watched has no data.
    QHash<QString, double> subjectRates;
    QList<QString> watched; ///< the subscriptions (subjects or wildcards) the rates come from
    /// Bumped by the producer whenever the set of subjects (not their rates) changes: wildcard
    /// rules match subjects again only then.
    quint64 subjectsGeneration = 0;
    bool catalogKnown = false; ///< false until the registry was read: no node counts yet
    QHash<QString, ServiceFigures> services;
    bool clusterKnown = false;
    QHash<QString, int> zoneHealth; ///< 0 healthy, 1 degraded, 2 down
    QHash<QString, ServerFigures> servers;
};

} // namespace switchboard::watch
