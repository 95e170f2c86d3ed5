#include "AlertRulesFile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace switchboard::watch {

namespace {
constexpr int kMaxDurationSeconds = 7 * 24 * 3600;

/// "line 3, column 14" for a byte offset: what an editor shows.
QString whereIn(const QByteArray &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

/// What is wrong with a subject a rule subscribes to, or empty. The server closes a connection
/// whose SUB line is over its control-line limit (4 KiB): a long subject must not reach it.
QString subjectProblem(const QString &subject)
{
    if (subject.size() > AlertRulesFile::kMaxSubjectLength)
        return QStringLiteral("\"target\" is a subject of %1 characters; a subject is at most %2").arg(subject.size()).arg(AlertRulesFile::kMaxSubjectLength);
    const QStringList tokens = subject.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i];
        const bool wildcard = t == QLatin1String("*") || (t == QLatin1String(">") && i == tokens.size() - 1);
        if (t.isEmpty() || (!wildcard && (t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('>'))))
            || std::any_of(t.begin(), t.end(), [](QChar c) { return c.isSpace(); }))
            return QStringLiteral("\"target\" is not a NATS subject: tokens separated by dots, no spaces, * for one token, > only at the end");
    }
    return {};
}

QString namesOf(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

/// Reads one rule; every problem goes to `errors` prefixed with `where`.
AlertRule readRule(const QJsonObject &o, const QString &where, QStringList &errors)
{
    AlertRule r;
    auto fail = [&](const QString &what) { errors << where + QStringLiteral(": ") + what; };
    static const QSet<QString> known{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("target"),
                                     QStringLiteral("region"), QStringLiteral("comparison"), QStringLiteral("threshold"),
                                     QStringLiteral("clearThreshold"), QStringLiteral("forSeconds"), QStringLiteral("clearSeconds"),
                                     QStringLiteral("enabled"), QStringLiteral("silencedUntil")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            fail(QStringLiteral("unknown field \"%1\"").arg(it.key()));
    auto text = [&](const char *key, bool required, qsizetype maxLength = AlertRulesFile::kMaxTextLength) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            fail(QStringLiteral("\"%1\" must be %2").arg(QLatin1String(key), required ? QStringLiteral("a non-empty string") : QStringLiteral("a string")));
        if (v.toString().size() > maxLength) {
            fail(QStringLiteral("\"%1\" has %2 characters; at most %3").arg(QLatin1String(key)).arg(v.toString().size()).arg(maxLength));
            return QString();
        }
        return v.toString().trimmed();
    };
    auto number = [&](const char *key, double fallback, double low, double high) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high) {
            fail(QStringLiteral("\"%1\" must be a number from %2 to %3").arg(QLatin1String(key)).arg(low).arg(high));
            return fallback;
        }
        return v.toDouble();
    };
    r.id = text("id", false);
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.name = text("name", true);
    const QString kind = text("kind", true);
    if (const auto k = ruleKindFromName(kind))
        r.kind = *k;
    else if (!kind.isEmpty()) {
        QStringList names;
        for (RuleKind k : allRuleKinds())
            names << ruleKindName(k);
        fail(QStringLiteral("\"kind\" must be one of %1, not \"%2\"").arg(namesOf(names), kind));
    }
    r.target = text("target", false, std::numeric_limits<qsizetype>::max()); // checked below, by kind
    r.region = text("region", false);
    const bool needsTarget = ruleKindFromName(kind) && (r.kind == RuleKind::SubjectRate || r.kind == RuleKind::ServiceNodes || r.kind == RuleKind::ServiceErrorRate
                             || r.kind == RuleKind::ServiceLatency);
    if (r.kind == RuleKind::SubjectRate && !r.target.isEmpty()) {
        if (const QString problem = subjectProblem(r.target); !problem.isEmpty())
            fail(problem);
    } else if (r.target.size() > AlertRulesFile::kMaxTextLength) {
        fail(QStringLiteral("\"target\" has %1 characters; at most %2").arg(r.target.size()).arg(AlertRulesFile::kMaxTextLength));
    }
    if (needsTarget && r.target.isEmpty())
        fail(QStringLiteral("\"target\" must name the %1").arg(r.kind == RuleKind::SubjectRate ? QStringLiteral("subject") : QStringLiteral("service")));
    const QString comparison = o.contains(QLatin1String("comparison")) ? text("comparison", true) : QStringLiteral("above");
    if (const auto c = comparisonFromName(comparison))
        r.comparison = *c;
    else if (!comparison.isEmpty())
        fail(QStringLiteral("\"comparison\" must be below, above or stopped, not \"%1\"").arg(comparison));
    r.threshold = number("threshold", 0, -1e15, 1e15);
    if (o.contains(QLatin1String("clearThreshold")))
        r.clearThreshold = number("clearThreshold", r.threshold, -1e15, 1e15);
    r.forSeconds = int(number("forSeconds", 30, 0, kMaxDurationSeconds));
    r.clearSeconds = int(number("clearSeconds", 30, 0, kMaxDurationSeconds));
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        fail(QStringLiteral("\"enabled\" must be true or false"));
    r.enabled = enabled.toBool(true);
    const QString silenced = text("silencedUntil", false);
    if (!silenced.isEmpty()) {
        const QDateTime until = QDateTime::fromString(silenced, Qt::ISODateWithMs);
        if (!until.isValid())
            fail(QStringLiteral("\"silencedUntil\" must be a date and time like 2026-12-05T18:00:00Z"));
        else
            r.silencedUntilMs = until.toMSecsSinceEpoch();
    }
    return r;
}
} // namespace

ParsedRules AlertRulesFile::parse(const QByteArray &json)
{
    ParsedRules out;
    if (json.size() > kMaxBytes) {
        out.errors << QStringLiteral("the file is %1 MiB; a rules file is at most %2 MiB").arg(json.size() >> 20).arg(kMaxBytes >> 20);
        return out;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.errors << QStringLiteral("not JSON at %1: %2").arg(whereIn(json, error.offset), error.errorString());
        return out;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QLatin1String("rules")).isArray()) {
        out.errors << QStringLiteral("expected an object with a \"rules\" list: {\"version\": 1, \"rules\": [ … ]}");
        return out;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) != kVersion) {
        out.errors << QStringLiteral("\"version\" must be %1: this Switchboard reads rules files of version %1 only").arg(kVersion);
        return out;
    }
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    if (rules.size() > kMaxRules) {
        out.errors << QStringLiteral("the file has %1 rules; a rules file holds at most %2").arg(rules.size()).arg(kMaxRules);
        return out;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules[i].toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        const QString where = name.isEmpty() ? QStringLiteral("rule %1").arg(i + 1) : QStringLiteral("rule %1 (%2)").arg(i + 1).arg(name);
        if (!rules[i].isObject()) {
            out.errors << where + QStringLiteral(": must be an object");
            continue;
        }
        AlertRule r = readRule(o, where, out.errors);
        if (ids.contains(r.id))
            out.errors << where + QStringLiteral(": the id \"%1\" is used twice").arg(r.id);
        ids.insert(r.id);
        out.rules.push_back(std::move(r));
    }
    if (!out.ok())
        out.rules.clear();
    if (out.errors.size() > kMaxErrors) { // a file of thousands of mistakes: the first say enough
        const qsizetype more = out.errors.size() - kMaxErrors;
        out.errors.resize(kMaxErrors);
        out.errors << QStringLiteral("… and %1 more mistakes").arg(more);
    }
    return out;
}

QByteArray AlertRulesFile::write(const std::vector<AlertRule> &rules)
{
    QJsonArray list;
    for (const AlertRule &r : rules) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("name"), r.name},
                      {QStringLiteral("kind"), ruleKindName(r.kind)},
                      {QStringLiteral("comparison"), comparisonName(r.comparison)},
                      {QStringLiteral("threshold"), r.threshold},
                      {QStringLiteral("forSeconds"), r.forSeconds},
                      {QStringLiteral("clearSeconds"), r.clearSeconds},
                      {QStringLiteral("enabled"), r.enabled}};
        if (!r.target.isEmpty())
            o.insert(QStringLiteral("target"), r.target);
        if (!r.region.isEmpty())
            o.insert(QStringLiteral("region"), r.region);
        if (r.clearThreshold)
            o.insert(QStringLiteral("clearThreshold"), *r.clearThreshold);
        if (r.silencedUntilMs > 0)
            o.insert(QStringLiteral("silencedUntil"), QDateTime::fromMSecsSinceEpoch(r.silencedUntilMs, Qt::UTC).toString(Qt::ISODateWithMs));
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kVersion}, {QStringLiteral("rules"), list}}).toJson(QJsonDocument::Indented);
}

} // namespace switchboard::watch
