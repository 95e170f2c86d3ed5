#include "AlertRule.h"

#include <QStringView>

#include <array>
#include <utility>

namespace switchboard::watch {

namespace {
constexpr std::array<std::pair<RuleKind, const char *>, 7> kKinds{{
    {RuleKind::SubjectRate, "subject-rate"},
    {RuleKind::ServiceNodes, "service-nodes"},
    {RuleKind::ServiceErrorRate, "service-error-rate"},
    {RuleKind::ServiceLatency, "service-latency"},
    {RuleKind::ZoneHealth, "zone-health"},
    {RuleKind::ServerDown, "server-down"},
    {RuleKind::SlowConsumers, "slow-consumers"},
}};
constexpr std::array<std::pair<Comparison, const char *>, 3> kComparisons{{
    {Comparison::Below, "below"},
    {Comparison::Above, "above"},
    {Comparison::Stopped, "stopped"},
}};
} // namespace

QString ruleKindName(RuleKind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<RuleKind> ruleKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

std::vector<RuleKind> allRuleKinds()
{
    std::vector<RuleKind> all;
    for (const auto &[k, name] : kKinds)
        all.push_back(k);
    return all;
}

QString comparisonName(Comparison comparison)
{
    for (const auto &[c, name] : kComparisons)
        if (c == comparison)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Comparison> comparisonFromName(const QString &name)
{
    for (const auto &[c, n] : kComparisons)
        if (name == QLatin1String(n))
            return c;
    return std::nullopt;
}

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Inactive: return QStringLiteral("inactive");
    case AlertState::Pending: return QStringLiteral("pending");
    case AlertState::Firing: return QStringLiteral("firing");
    }
    return {};
}

bool conditionMet(const AlertRule &rule, double value)
{
    switch (rule.comparison) {
    case Comparison::Below: return value < rule.threshold;
    case Comparison::Above: return value > rule.threshold;
    case Comparison::Stopped: return value == 0;
    }
    return false;
}

bool clearMet(const AlertRule &rule, double value)
{
    const double clear = rule.clearThreshold.value_or(rule.threshold);
    switch (rule.comparison) {
    case Comparison::Below: return value >= clear;
    case Comparison::Above: return value <= clear;
    case Comparison::Stopped: return value > 0;
    }
    return true;
}

bool subjectMatches(const QString &pattern, const QString &subject)
{
    qsizetype p = 0, s = 0;
    while (p < pattern.size() && s < subject.size()) {
        const qsizetype pEnd = pattern.indexOf(QLatin1Char('.'), p);
        const qsizetype sEnd = subject.indexOf(QLatin1Char('.'), s);
        const QStringView pToken = QStringView(pattern).mid(p, (pEnd < 0 ? pattern.size() : pEnd) - p);
        const QStringView sToken = QStringView(subject).mid(s, (sEnd < 0 ? subject.size() : sEnd) - s);
        if (pToken == QLatin1String(">"))
            return pEnd < 0; // '>' only as the last token; it takes the rest (at least one token)
        if (pToken != QLatin1String("*") && pToken != sToken)
            return false;
        if ((pEnd < 0) != (sEnd < 0))
            return false; // one has more tokens than the other
        if (pEnd < 0)
            return true;
        p = pEnd + 1;
        s = sEnd + 1;
    }
    return false;
}

} // namespace switchboard::watch
