#include "EventWords.h"

#include "ClusterWords.h"

namespace switchboard::gui {

using K = watch::EventKind;

QString EventWords::shortNode(const QString &id)
{
    // go-micro node ids are "<service>-<uuid>": the service is said already, the uuid's start is
    // what tells two nodes apart.
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    const QString tail = dash > 0 && id.size() - dash > 9 ? id.mid(dash + 1) : id;
    return tail.size() > 9 ? tail.left(8) + QStringLiteral("…") : tail;
}

QString EventWords::sentence(const watch::JournalEvent &e)
{
    const QString zone = e.zone.isEmpty() ? tr("no zone") : e.zone;
    const QString node = shortNode(e.node);
    switch (e.kind) {
    case K::NodeRegistered:
        return tr("%1 gained a node, %2, in %3").arg(e.service, node, zone);
    case K::NodeDeregistered:
        return tr("%1 lost a node, %2, in %3").arg(e.service, node, zone);
    case K::NodeStale:
        return tr("%1's node %2 in %3 stopped answering").arg(e.service, node, zone);
    case K::NodeBack:
        return tr("%1's node %2 in %3 answers again").arg(e.service, node, zone);
    case K::ServerUp:
        return tr("Server %1 in %2 is up").arg(e.server, zone);
    case K::ServerDown: {
        live::ServerInfo why; // the stored fault, worded as the Cluster page words it
        why.fault = e.detail == QLatin1String("no-answer")    ? live::ServerInfo::Fault::NoAnswer
                    : e.detail == QLatin1String("remembered") ? live::ServerInfo::Fault::Remembered
                                                              : live::ServerInfo::Fault::None;
        why.error = e.detail.toStdString();
        const QString reason = ClusterWords::fault(why);
        return reason.isEmpty() ? tr("Server %1 in %2 is down").arg(e.server, zone)
                                : tr("Server %1 in %2 is down: %3").arg(e.server, zone, reason);
    }
    case K::RoutesLost:
        return tr("Server %1 in %2 lost routes: %3 left of %4").arg(e.server, zone, QString::number(qint64(e.value)), e.detail);
    case K::SlowConsumers:
        return tr("Slow consumers on server %1 rose by %2, to %3").arg(e.server, e.detail, QString::number(qint64(e.value)));
    case K::ZoneHealth:
        return tr("Zone %1 is now %2").arg(zone, ClusterWords::health(e.detail));
    case K::SubjectStarted:
        return tr("%1 started carrying messages").arg(e.subject);
    case K::SubjectStopped:
        return tr("%1 stopped carrying messages").arg(e.subject);
    case K::CallErrors:
        return tr("%n failed call(s) to %1: %2", nullptr, int(e.value)).arg(e.service, e.detail);
    case K::AlertPending:
        return tr("Alert “%1” is pending: %2").arg(e.detail, QString::number(e.value, 'g', 4));
    case K::AlertFiring:
        return tr("Alert “%1” is firing: %2").arg(e.detail, QString::number(e.value, 'g', 4));
    case K::AlertResolved:
        return tr("Alert “%1” resolved: %2").arg(e.detail, QString::number(e.value, 'g', 4));
    case K::ConnectionLost:
        return e.detail.isEmpty() ? tr("Connection lost") : tr("Connection lost: %1").arg(e.detail);
    case K::ConnectionBack:
        return tr("Connection back");
    }
    return {};
}

QString EventWords::kind(watch::EventKind kind)
{
    switch (kind) {
    case K::NodeRegistered: return tr("node registered");
    case K::NodeDeregistered: return tr("node deregistered");
    case K::NodeStale: return tr("node went stale");
    case K::NodeBack: return tr("node back");
    case K::ServerUp: return tr("server up");
    case K::ServerDown: return tr("server down");
    case K::RoutesLost: return tr("routes lost");
    case K::SlowConsumers: return tr("slow consumers");
    case K::ZoneHealth: return tr("zone health");
    case K::SubjectStarted: return tr("subject started");
    case K::SubjectStopped: return tr("subject stopped");
    case K::CallErrors: return tr("call errors");
    case K::AlertPending: return tr("alert pending");
    case K::AlertFiring: return tr("alert firing");
    case K::AlertResolved: return tr("alert resolved");
    case K::ConnectionLost: return tr("connection lost");
    case K::ConnectionBack: return tr("connection back");
    }
    return {};
}

QString EventWords::tone(const watch::JournalEvent &e)
{
    switch (e.kind) {
    case K::NodeRegistered:
    case K::NodeBack:
    case K::ServerUp:
    case K::SubjectStarted:
    case K::AlertResolved:
    case K::ConnectionBack:
        return QStringLiteral("green");
    case K::ZoneHealth:
        return e.detail == QLatin1String("healthy") ? QStringLiteral("green") : QStringLiteral("amber");
    case K::NodeDeregistered:
        return {};
    default:
        return QStringLiteral("amber");
    }
}

} // namespace switchboard::gui
