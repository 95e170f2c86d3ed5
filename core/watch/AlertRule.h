#pragma once
// An alert rule on what Switchboard already measures: a subject's message rate, a service's live
// nodes, its call error rate or p99 latency, a zone's health, servers down, slow consumers.
// Each rule has a for-duration (the condition must hold that long before it fires) and a clear
// condition (a threshold and a duration that must both pass before it resolves), so a value
// hovering at the threshold does not flap.

#include <QString>

#include <optional>
#include <vector>

namespace switchboard::watch {

enum class RuleKind {
    SubjectRate,      ///< target: a subject (wildcards allowed, their rates summed); msgs/s
    ServiceNodes,     ///< target: a service; live (not stale) nodes
    ServiceErrorRate, ///< target: a service; % of observed calls (and $SRV STATS) that failed
    ServiceLatency,   ///< target: a service; p99 of observed calls, ms
    ZoneHealth,       ///< target: a zone or any; 0 healthy, 1 degraded, 2 down
    ServerDown,       ///< target: a server or any; servers not answering
    SlowConsumers,    ///< target: a server or any; slow consumers added since the last look
};

enum class Comparison {
    Below,   ///< value < threshold
    Above,   ///< value > threshold
    Stopped, ///< value == 0 (a subject that stops); the threshold is not used
};

enum class AlertState { Inactive, Pending, Firing };

struct AlertRule {
    QString id;   ///< stable across edits and exports
    QString name; ///< what the user calls it; shown in notifications
    RuleKind kind = RuleKind::SubjectRate;
    QString target; ///< empty: any (zones, servers)
    QString region; ///< empty: every region
    Comparison comparison = Comparison::Above;
    double threshold = 0;
    /// Resolve only once the value is back past this (default: the threshold itself).
    std::optional<double> clearThreshold;
    int forSeconds = 30;   ///< the condition holds this long before the rule fires
    int clearSeconds = 30; ///< and is gone this long before it resolves
    bool enabled = true;
    qint64 silencedUntilMs = 0; ///< until then, transitions are journaled but nobody is told

    [[nodiscard]] bool silencedAt(qint64 nowMs) const { return silencedUntilMs > nowMs; }
    bool operator==(const AlertRule &) const = default;
};

/// Stable names, as in rule files ("subject-rate", "below"); nullopt for one not known.
QString ruleKindName(RuleKind kind);
std::optional<RuleKind> ruleKindFromName(const QString &name);
std::vector<RuleKind> allRuleKinds();
QString comparisonName(Comparison comparison);
std::optional<Comparison> comparisonFromName(const QString &name);
QString alertStateName(AlertState state);

/// True when `value` meets the rule's firing condition.
bool conditionMet(const AlertRule &rule, double value);
/// True when `value` is past the rule's clear threshold (the other side of it).
bool clearMet(const AlertRule &rule, double value);

/// NATS subject matching: `*` one token, `>` one or more tokens at the end.
bool subjectMatches(const QString &pattern, const QString &subject);

} // namespace switchboard::watch
