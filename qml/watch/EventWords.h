#pragma once
// A journal event in the user's language: the journal stores what happened as data
// (watch::JournalEvent), the Timeline, notifications and the CLI word it when they show it.

#include <QCoreApplication>
#include <QString>

#include "watch/JournalEvent.h"

namespace switchboard::gui {

class EventWords {
    Q_DECLARE_TR_FUNCTIONS(EventWords)
public:
    /// One sentence: "orders lost a node, 3f2a9c1e…, in az-a".
    [[nodiscard]] static QString sentence(const watch::JournalEvent &e);
    /// The kind as a filter shows it: "node went stale".
    [[nodiscard]] static QString kind(watch::EventKind kind);
    /// "amber" for what got worse, "green" for what got better, "" otherwise (the Timeline's marks;
    /// red is kept for what is failing now).
    [[nodiscard]] static QString tone(const watch::JournalEvent &e);
    /// A node id as people read it: an id's first 8 characters and "…" when it is longer.
    [[nodiscard]] static QString shortNode(const QString &id);
};

} // namespace switchboard::gui
