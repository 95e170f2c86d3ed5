#include "JournalEvent.h"

#include <array>
#include <utility>

namespace switchboard::watch {

namespace {
using K = EventKind;
// Stored in the file: never rename one, only add.
constexpr std::array<std::pair<K, const char *>, 17> kNames{{
    {K::NodeRegistered, "node-registered"},
    {K::NodeDeregistered, "node-deregistered"},
    {K::NodeStale, "node-stale"},
    {K::NodeBack, "node-back"},
    {K::ServerUp, "server-up"},
    {K::ServerDown, "server-down"},
    {K::RoutesLost, "routes-lost"},
    {K::SlowConsumers, "slow-consumers"},
    {K::ZoneHealth, "zone-health"},
    {K::SubjectStarted, "subject-started"},
    {K::SubjectStopped, "subject-stopped"},
    {K::CallErrors, "call-errors"},
    {K::AlertPending, "alert-pending"},
    {K::AlertFiring, "alert-firing"},
    {K::AlertResolved, "alert-resolved"},
    {K::ConnectionLost, "connection-lost"},
    {K::ConnectionBack, "connection-back"},
}};
} // namespace

QString kindName(EventKind kind)
{
    for (const auto &[k, name] : kNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<EventKind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

std::vector<EventKind> allKinds()
{
    std::vector<EventKind> kinds;
    for (const auto &[k, name] : kNames)
        kinds.push_back(k);
    return kinds;
}

} // namespace switchboard::watch
