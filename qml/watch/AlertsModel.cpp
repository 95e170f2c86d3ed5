#include "AlertsModel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include "AlertWords.h"
#include "AlertsController.h"
#include "watch/AlertRulesFile.h"

namespace switchboard::gui {

using watch::AlertRule;

namespace {
/// A rule's fields as the form edits them: the rules file's own names and values, so that the
/// form, the file and the CLI share one format.
QVariantMap fieldsOf(const AlertRule &rule)
{
    const QJsonObject file = QJsonDocument::fromJson(watch::AlertRulesFile::write({rule})).object();
    return file.value(QStringLiteral("rules")).toArray().at(0).toObject().toVariantMap();
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    return at.date() == QDate::currentDate() ? at.toString(QStringLiteral("HH:mm:ss")) : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AlertsModel::AlertsModel(AlertsController *controller, QObject *parent)
    : QAbstractListModel(parent)
    , m_controller(controller)
{
    connect(controller, &AlertsController::rulesChanged, this, &AlertsModel::reset);
    connect(controller, &AlertsController::problemChanged, this, &AlertsModel::problemChanged);
    connect(controller, &AlertsController::statusesChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        Q_EMIT statesChanged();
    });
}

void AlertsModel::reset()
{
    beginResetModel();
    endResetModel();
    Q_EMIT statesChanged();
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->rules().size());
}

QHash<int, QByteArray> AlertsModel::roleNames() const
{
    return {{RuleIdRole, "ruleId"},   {NameRole, "name"},           {KindRole, "kind"},         {KindTextRole, "kindText"},
            {ConditionRole, "condition"}, {StateRole, "state"},     {StateTextRole, "stateText"}, {ValueTextRole, "valueText"},
            {WhereRole, "where"},     {SinceRole, "since"},         {LastFiredRole, "lastFired"}, {SilencedRole, "silenced"},
            {SilencedUntilRole, "silencedUntil"}, {EnabledRole, "enabled"}, {RegionRole, "region"}};
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AlertRule &r = m_controller->rules()[size_t(index.row())];
    const watch::RuleStatus s = m_controller->status(r.id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (role) {
    case RuleIdRole: return r.id;
    case NameRole: return r.name;
    case KindRole: return watch::ruleKindName(r.kind);
    case KindTextRole: return AlertWords::kind(r.kind);
    case ConditionRole: return AlertWords::condition(r);
    case StateRole: return r.enabled ? watch::alertStateName(s.state) : QStringLiteral("disabled");
    case StateTextRole: return r.enabled ? AlertWords::state(s.state) : tr("Off");
    case ValueTextRole: return !r.enabled ? QString() : s.value ? AlertWords::value(r.kind, *s.value) : tr("no data");
    case WhereRole: return s.where;
    case SinceRole: return s.state == watch::AlertState::Inactive ? QString() : timeText(s.sinceMs);
    case LastFiredRole: return timeText(s.lastFiredMs);
    case SilencedRole: return r.silencedAt(now);
    case SilencedUntilRole: return r.silencedAt(now) ? timeText(r.silencedUntilMs) : QString();
    case EnabledRole: return r.enabled;
    case RegionRole: return r.region;
    default: return {};
    }
}

int AlertsModel::firingCount() const
{
    return m_controller->firingCount();
}

int AlertsModel::pendingCount() const
{
    int n = 0;
    for (const AlertRule &r : m_controller->rules())
        n += m_controller->status(r.id).state == watch::AlertState::Pending ? 1 : 0;
    return n;
}

QString AlertsModel::problem() const
{
    return m_controller->problem();
}

QVariantList AlertsModel::kinds()
{
    QVariantList out;
    for (watch::RuleKind k : watch::allRuleKinds())
        out << QVariantMap{{QStringLiteral("name"), watch::ruleKindName(k)}, {QStringLiteral("text"), AlertWords::kind(k)}};
    return out;
}

QString AlertsModel::defaultExportPath()
{
    return QDir::home().filePath(QStringLiteral("switchboard-alert-rules.json"));
}

QVariantMap AlertsModel::rule(const QString &id) const
{
    for (const AlertRule &r : m_controller->rules())
        if (r.id == id)
            return fieldsOf(r);
    return {};
}

QVariantMap AlertsModel::draft(const QString &kind, const QString &target) const
{
    AlertRule r;
    r.kind = watch::ruleKindFromName(kind).value_or(watch::RuleKind::SubjectRate);
    r.target = target;
    switch (r.kind) {
    case watch::RuleKind::SubjectRate: r.comparison = watch::Comparison::Stopped; r.forSeconds = 60; break;
    case watch::RuleKind::ServiceNodes: r.comparison = watch::Comparison::Below; r.threshold = 1; r.forSeconds = 30; break;
    case watch::RuleKind::ServiceErrorRate: r.threshold = 5; r.forSeconds = 60; break;
    case watch::RuleKind::ServiceLatency: r.threshold = 500; r.forSeconds = 60; break;
    case watch::RuleKind::ZoneHealth: r.threshold = 0; r.forSeconds = 30; break;
    case watch::RuleKind::ServerDown: r.forSeconds = 30; break;
    case watch::RuleKind::SlowConsumers: r.forSeconds = 0; r.clearSeconds = 120; break;
    }
    r.name = AlertWords::condition(r);
    QVariantMap fields = fieldsOf(r);
    fields.remove(QStringLiteral("id")); // a new rule: its id is made when it is saved
    return fields;
}

QString AlertsModel::saveRule(const QVariantMap &fields)
{
    // The file format's checks, so that the form and an imported file say the same things.
    QJsonObject o = QJsonObject::fromVariantMap(fields);
    for (const QString &key : o.keys())
        if (o.value(key).isString() && o.value(key).toString().isEmpty() && key != QLatin1String("name"))
            o.remove(key); // an empty optional field is no field
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray{o}}}).toJson();
    const watch::ParsedRules parsed = watch::AlertRulesFile::parse(json);
    if (!parsed.ok())
    {
        QStringList errors; // without the "rule 1 (name): " an imported file needs
        for (const QString &e : parsed.errors) {
            const qsizetype colon = e.indexOf(QStringLiteral(": "));
            errors << (e.startsWith(QStringLiteral("rule 1")) && colon > 0 ? e.mid(colon + 2) : e);
        }
        return errors.join(QLatin1Char('\n'));
    }
    std::vector<AlertRule> rules = m_controller->rules();
    const AlertRule &saved = parsed.rules.front();
    auto same = std::find_if(rules.begin(), rules.end(), [&](const AlertRule &r) { return r.id == saved.id; });
    if (same != rules.end())
        *same = saved;
    else
        rules.push_back(saved);
    m_controller->setRules(std::move(rules));
    return {};
}

void AlertsModel::removeRule(const QString &id)
{
    std::vector<AlertRule> rules = m_controller->rules();
    std::erase_if(rules, [&](const AlertRule &r) { return r.id == id; });
    m_controller->setRules(std::move(rules));
}

void AlertsModel::setEnabled(const QString &id, bool enabled)
{
    std::vector<AlertRule> rules = m_controller->rules();
    for (AlertRule &r : rules)
        if (r.id == id)
            r.enabled = enabled;
    m_controller->setRules(std::move(rules));
}

void AlertsModel::silence(const QString &id, int minutes)
{
    std::vector<AlertRule> rules = m_controller->rules();
    for (AlertRule &r : rules)
        if (r.id == id)
            r.silencedUntilMs = minutes > 0 ? QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60'000 : 0;
    m_controller->setRules(std::move(rules));
}

QString AlertsModel::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(watch::AlertRulesFile::write(m_controller->rules())) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

QString AlertsModel::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(path, file.errorString());
    const watch::ParsedRules parsed = watch::AlertRulesFile::parse(file.read(watch::AlertRulesFile::kMaxBytes + 1));
    if (!parsed.ok())
        return tr("Nothing was imported from %1:").arg(path) + QLatin1Char('\n') + parsed.errors.join(QLatin1Char('\n'));
    std::vector<AlertRule> rules = m_controller->rules();
    for (const AlertRule &in : parsed.rules) {
        auto same = std::find_if(rules.begin(), rules.end(), [&](const AlertRule &r) { return r.id == in.id; });
        if (same != rules.end())
            *same = in;
        else
            rules.push_back(in);
    }
    m_controller->setRules(std::move(rules));
    return {};
}

QString AlertsModel::localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace switchboard::gui
