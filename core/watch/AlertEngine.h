#pragma once
// Evaluates alert rules against one region's measurements, once a second or so:
// inactive → pending (the condition holds) → firing (it held for the rule's for-duration) →
// resolved (it was gone, past the clear threshold, for the clear duration) → inactive. A value
// that dips for a moment neither fires nor resolves anything. Pure logic on the caller's thread:
// no clock of its own (the caller passes the time), no I/O.

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

#include "AlertMeasurements.h"
#include "AlertRule.h"
#include "JournalEvent.h"

namespace switchboard::watch {

struct RuleStatus {
    AlertState state = AlertState::Inactive;
    std::optional<double> value; ///< the last measurement; none: no data
    QString where;               ///< the zone, server or subjects that made the value, for "any" rules
    qint64 sinceMs = 0;          ///< when the state began
    qint64 lastFiredMs = 0, lastResolvedMs = 0;
};

struct AlertTransition {
    QString ruleId, ruleName, region, where;
    AlertState from = AlertState::Inactive, to = AlertState::Inactive;
    double value = 0;
    qint64 atMs = 0;
    bool silenced = false; ///< journaled, not notified
    [[nodiscard]] bool resolved() const { return from == AlertState::Firing && to == AlertState::Inactive; }
    /// pending, firing, resolved, or inactive (a pending condition that went before it fired).
    [[nodiscard]] QString name() const;
};

class AlertEngine {
public:
    /// Replaces the rules. A rule whose id and condition are unchanged keeps its state (a rename
    /// or a silence does not restart its for-duration); a changed one starts inactive.
    void setRules(std::vector<AlertRule> rules);
    [[nodiscard]] std::vector<AlertRule> rules() const;

    /// One look at the figures at `nowMs`: the transitions it caused, in rule order.
    std::vector<AlertTransition> evaluate(const AlertMeasurements &m, qint64 nowMs);

    /// nullptr for an id not known.
    [[nodiscard]] const RuleStatus *status(const QString &ruleId) const;
    [[nodiscard]] int firingCount() const;

    /// The journal's event for a transition; none for a pending condition that went away.
    static std::optional<JournalEvent> toEvent(const AlertTransition &t);

private:
    struct Entry {
        AlertRule rule;
        RuleStatus status;
        qint64 metSinceMs = 0;   ///< the condition has held since (0: it does not)
        qint64 clearSinceMs = 0; ///< firing, and clear since (0: not clear)
        quint64 matchedGeneration = ~quint64(0);
        std::vector<QString> matched; ///< subjects a wildcard rule sums
        bool covered = false;         ///< a watched subscription covers the rule's subject
    };
    struct Measured {
        std::optional<double> value;
        QString where;
    };
    Measured measure(Entry &e, const AlertMeasurements &m) const;
    /// Which subjects each wildcard rule sums, and whether a subscription covers each subject
    /// rule; again only when the producer says the set of subjects changed.
    void matchSubjects(const AlertMeasurements &m);
    Measured subjectRate(Entry &e, const AlertMeasurements &m) const;
    std::optional<AlertTransition> step(Entry &e, const Measured &now, const QString &region, qint64 nowMs) const;

    std::vector<Entry> m_entries;
    QHash<QString, qint64> m_slowBefore; ///< each server's slow-consumer total at the last look
    QHash<QString, qint64> m_slowRise;   ///< and its rise since the look before
};

} // namespace switchboard::watch
