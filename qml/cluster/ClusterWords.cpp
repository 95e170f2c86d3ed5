#include "ClusterWords.h"

#include <QLocale>

namespace switchboard::gui {
namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

QString ClusterWords::health(live::Health h)
{
    switch (h) {
    case live::Health::Healthy: return tr("healthy");
    case live::Health::Degraded: return tr("degraded");
    case live::Health::Down: return tr("down");
    case live::Health::Unknown: return tr("no servers");
    }
    return QString();
}

QString ClusterWords::health(const QString &key)
{
    for (const live::Health h : {live::Health::Healthy, live::Health::Degraded, live::Health::Down, live::Health::Unknown})
        if (key == QLatin1String(live::healthName(h)))
            return health(h);
    return key == QLatin1String("unknown") ? health(live::Health::Unknown) : key;
}

QString ClusterWords::fault(const live::ServerInfo &s)
{
    using F = live::ServerInfo::Fault;
    switch (s.fault) {
    case F::NoAnswer: return tr("did not answer the $SYS request");
    case F::Remembered: return tr("seen in an earlier run of this profile, does not answer now");
    case F::Failed: return tr("monitoring: %1").arg(q(s.error));
    case F::None: break;
    }
    return q(s.error);
}

QString ClusterWords::finding(const live::Finding &f, const std::vector<live::ServerInfo> &servers)
{
    using K = live::Finding::Kind;
    const QLocale locale;
    switch (f.kind) {
    case K::ServerDown: {
        const auto s = std::find_if(servers.begin(), servers.end(), [&](const live::ServerInfo &x) { return x.name == f.subject; });
        const QString why = s != servers.end() ? fault(*s) : q(f.other);
        return why.isEmpty() ? tr("server %1 is down").arg(q(f.subject)) : tr("server %1 is down (%2)").arg(q(f.subject), why);
    }
    case K::SlowRoute:
        return tr("route %1 → %2 RTT %3 ms").arg(q(f.subject), q(f.other), locale.toString(f.value, 'f', 1));
    case K::MissingRoute: return tr("route %1 → %2 missing").arg(q(f.subject), q(f.other));
    case K::SlowConsumers: return tr("slow consumers rising on %1 (+%2)").arg(q(f.subject)).arg(qint64(f.value));
    case K::UnansweredRoute: return tr("no server answers at %1, a configured route of %2").arg(q(f.subject), q(f.other));
    case K::FewerServers:
        return tr("the profile expects %1 servers, %n answer(s)", nullptr, int(f.count)).arg(qint64(f.value))
               + (f.other == "none" ? tr(" (only the connected server can be seen)") : QString());
    }
    return QString();
}

QStringList ClusterWords::findings(const std::vector<live::Finding> &f, const std::vector<live::ServerInfo> &servers)
{
    QStringList out;
    for (const auto &one : f)
        out << finding(one, servers);
    return out;
}

QString ClusterWords::sourceNote(const live::ClusterSnapshot &c)
{
    if (c.error.empty())
        return QString();
    // With neither $SYS nor a monitoring URL the note is ours; otherwise it is the server's or the
    // transport's own error, passed on as it came.
    if (c.source == "none") {
        const QString note = tr("No system-account rights and no monitoring URL: only the connected server is known, without counters.");
        return c.announced.empty() ? note : note + u' ' + tr("Other servers announced by the cluster: %1.").arg(q(c.announced));
    }
    return q(c.error);
}

} // namespace switchboard::gui
