#include "AlertWords.h"

#include <QLocale>

namespace switchboard::gui {

using watch::Comparison;
using watch::RuleKind;

QString AlertWords::duration(int seconds)
{
    if (seconds % 3600 == 0 && seconds >= 3600)
        return tr("%n h", nullptr, seconds / 3600);
    if (seconds % 60 == 0 && seconds >= 60)
        return tr("%n min", nullptr, seconds / 60);
    return tr("%n s", nullptr, seconds);
}

QString AlertWords::value(RuleKind kind, double v)
{
    const QLocale l;
    switch (kind) {
    case RuleKind::SubjectRate: return tr("%1 msgs/s").arg(l.toString(v, 'f', v < 10 ? 1 : 0));
    case RuleKind::ServiceNodes: return tr("%n live node(s)", nullptr, int(v));
    case RuleKind::ServiceErrorRate: return tr("%1 % errors").arg(l.toString(v, 'f', 1));
    case RuleKind::ServiceLatency: return tr("p99 %1 ms").arg(l.toString(v, 'f', 1));
    case RuleKind::ZoneHealth: return v >= 2 ? tr("down") : v >= 1 ? tr("degraded") : tr("healthy");
    case RuleKind::ServerDown: return tr("%n server(s) down", nullptr, int(v));
    case RuleKind::SlowConsumers: return tr("%n more slow consumer(s)", nullptr, int(v));
    }
    return l.toString(v);
}

QString AlertWords::kind(RuleKind kind)
{
    switch (kind) {
    case RuleKind::SubjectRate: return tr("Subject rate");
    case RuleKind::ServiceNodes: return tr("Live nodes");
    case RuleKind::ServiceErrorRate: return tr("Call errors");
    case RuleKind::ServiceLatency: return tr("Call latency");
    case RuleKind::ZoneHealth: return tr("Zone health");
    case RuleKind::ServerDown: return tr("Server down");
    case RuleKind::SlowConsumers: return tr("Slow consumers");
    }
    return {};
}

QString AlertWords::condition(const watch::AlertRule &r)
{
    const QLocale l;
    const QString x = l.toString(r.threshold);
    const bool below = r.comparison == Comparison::Below;
    QString what;
    switch (r.kind) {
    case RuleKind::SubjectRate:
        what = r.comparison == Comparison::Stopped ? tr("%1 carries no messages").arg(r.target)
               : below                             ? tr("%1 below %2 msgs/s").arg(r.target, x)
                                                   : tr("%1 above %2 msgs/s").arg(r.target, x);
        break;
    case RuleKind::ServiceNodes:
        what = below ? tr("%1 has fewer than %2 live nodes").arg(r.target, x) : tr("%1 has more than %2 live nodes").arg(r.target, x);
        break;
    case RuleKind::ServiceErrorRate: what = tr("call errors of %1 above %2 %").arg(r.target, x); break;
    case RuleKind::ServiceLatency: what = tr("p99 latency of %1 above %2 ms").arg(r.target, x); break;
    case RuleKind::ZoneHealth: {
        const QString zone = r.target.isEmpty() ? tr("any zone") : tr("zone %1").arg(r.target);
        what = r.threshold >= 1 ? tr("%1 down").arg(zone) : tr("%1 degraded or down").arg(zone);
        break;
    }
    case RuleKind::ServerDown: what = r.target.isEmpty() ? tr("any server down") : tr("server %1 down").arg(r.target); break;
    case RuleKind::SlowConsumers:
        what = r.target.isEmpty() ? tr("slow consumers rising on any server") : tr("slow consumers rising on %1").arg(r.target);
        break;
    }
    // The for-duration, where there is one: "…for 1 min".
    return r.forSeconds > 0 ? tr("%1 for %2", "condition, for-duration").arg(what, duration(r.forSeconds)) : what;
}

QString AlertWords::state(watch::AlertState s)
{
    switch (s) {
    case watch::AlertState::Inactive: return tr("OK");
    case watch::AlertState::Pending: return tr("Pending");
    case watch::AlertState::Firing: return tr("Firing");
    }
    return {};
}

QString AlertWords::summary(const watch::AlertTransition &t)
{
    return t.resolved() ? tr("Resolved: %1").arg(t.ruleName) : tr("Alert: %1").arg(t.ruleName);
}

QString AlertWords::body(const watch::AlertTransition &t, const watch::AlertRule &rule)
{
    QString text = t.resolved() ? tr("Back to normal: %1.").arg(value(rule.kind, t.value)) : tr("Now %1.").arg(value(rule.kind, t.value));
    text += QLatin1Char(' ') + condition(rule) + QLatin1Char('.');
    if (!t.region.isEmpty())
        text += QLatin1Char(' ') + tr("Region %1.").arg(t.region);
    return text;
}

} // namespace switchboard::gui
