#pragma once
// One change in the watched system, as the journal keeps it: when, what kind, where (region,
// zone, server, service, node, subject — whichever apply) and a detail and value whose meaning
// the kind gives. No sentence is stored: the app words the event in the user's language when it
// shows it, so a journal written in English reads in Chinese.

#include <QString>

#include <optional>
#include <vector>

namespace switchboard::watch {

enum class EventKind {
    NodeRegistered,   ///< a service's node appeared
    NodeDeregistered, ///< it said goodbye (or its TTL ran out)
    NodeStale,        ///< it stopped re-registering
    NodeBack,         ///< a stale node re-registered
    ServerUp,
    ServerDown,
    RoutesLost,       ///< value: routes now; detail: routes before
    SlowConsumers,    ///< value: the count now, rising
    ZoneHealth,       ///< detail: the new health (healthy, degraded, down); value unused
    SubjectStarted,   ///< a watched subject started carrying messages
    SubjectStopped,
    CallErrors,       ///< a burst of call errors; value: errors in the burst; detail: the error
    AlertPending,     ///< detail: the rule's name; value: the measured value
    AlertFiring,
    AlertResolved,
    ConnectionLost,   ///< detail: why
    ConnectionBack,
};

/// The kind's stable name as stored ("node-stale"), and back; nullopt for a name not known.
QString kindName(EventKind kind);
std::optional<EventKind> kindFromName(const QString &name);
/// Every kind, in the order above.
std::vector<EventKind> allKinds();

struct JournalEvent {
    qint64 atMs = 0; ///< milliseconds since the epoch, UTC
    EventKind kind = EventKind::NodeRegistered;
    QString region, zone, server, service, node, subject;
    QString detail;
    double value = 0;
    bool operator==(const JournalEvent &) const = default;
};

/// An event read back from the journal, with its row id (newest has the highest).
struct StoredEvent {
    qint64 id = 0;
    JournalEvent event;
};

} // namespace switchboard::watch
