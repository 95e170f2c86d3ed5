#include "LoadRunStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>

namespace switchboard::gui {

namespace {

const QStringList kRoles = {QStringLiteral("runId"), QStringLiteral("at"),      QStringLiteral("service"), QStringLiteral("endpoint"),
                            QStringLiteral("summary"), QStringLiteral("verdict"), QStringLiteral("damaged"),
                            QStringLiteral("accessibleText")};

QString summaryOf(const load::LoadSnapshot &run)
{
    const QLocale locale;
    return LoadRunStore::tr("%n request(s) · p99 %1 ms · %2 % errors", nullptr, int(std::min<uint64_t>(run.done, INT32_MAX)))
        .arg(locale.toString(double(run.latency.percentileMicros(99)) / 1000.0, 'g', 3),
             locale.toString(run.errorPercent(), 'f', 1));
}

QVariantMap valuesOf(const QString &at, const load::StoredRun &stored, const QString &verdict)
{
    const QString service = QString::fromStdString(stored.plan.service);
    const QString endpoint = QString::fromStdString(stored.plan.endpoint);
    const QString summary = summaryOf(stored.run);
    const QString when = QDateTime::fromString(at, Qt::ISODateWithMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString accessible = LoadRunStore::tr("Load run of %1 %2 at %3: %4").arg(service, endpoint, when, summary);
    if (verdict == QLatin1String("pass"))
        accessible += LoadRunStore::tr(", thresholds met");
    else if (verdict == QLatin1String("fail"))
        accessible += LoadRunStore::tr(", thresholds not met");
    return {{QStringLiteral("at"), at},         {QStringLiteral("service"), service},
            {QStringLiteral("endpoint"), endpoint}, {QStringLiteral("summary"), summary},
            {QStringLiteral("verdict"), verdict}, {QStringLiteral("damaged"), false},
            {QStringLiteral("accessibleText"), accessible}};
}

/// A string member, "" when missing or of another type (json::value() would throw on a pool
/// thread, where nothing catches it).
QString textOf(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

/// The file's JSON, or why it cannot be had.
std::optional<nlohmann::json> readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (f.size() > LoadRunStore::kMaxFileBytes) {
        *error = LoadRunStore::tr("it is larger than %1 MiB").arg(LoadRunStore::kMaxFileBytes >> 20);
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    try {
        return nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::exception &e) {
        *error = LoadRunStore::tr("not JSON: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace

LoadRunRows::LoadRunRows()
    : RowListModel(kRoles)
{
}

LoadRunStore::LoadRunStore(QString folder, QObject *parent)
    : QObject(parent), m_folder(std::move(folder))
{
    rescan();
}

LoadRunStore::Entry LoadRunStore::entryOf(const QString &path)
{
    const QString id = QFileInfo(path).completeBaseName();
    QString problem;
    if (const auto json = readJson(path, &problem)) {
        std::string error;
        if (const auto stored = load::runFromJson(*json, error)) {
            return {id, valuesOf(textOf(*json, "at"), *stored, textOf(*json, "verdict"))};
        }
        problem = QString::fromStdString(error);
    }
    // Listed, so that it is seen and can be removed; its time is the file's.
    const QString at = QFileInfo(path).lastModified().toString(Qt::ISODateWithMs);
    const QString summary = tr("Damaged: %1").arg(problem);
    return {id, {{QStringLiteral("at"), at}, {QStringLiteral("service"), QString()}, {QStringLiteral("endpoint"), id},
                 {QStringLiteral("summary"), summary}, {QStringLiteral("verdict"), QString()},
                 {QStringLiteral("damaged"), true},
                 {QStringLiteral("accessibleText"), tr("Load run %1 cannot be read: %2").arg(id, problem)}}};
}

void LoadRunStore::rescan()
{
    m_loaded = false;
    Q_EMIT loadedChanged();
    const int scan = ++m_scan;
    const QString folder = m_folder;
    QPointer<LoadRunStore> self(this);
    QThreadPool::globalInstance()->start([self, scan, folder] {
        QList<Entry> entries;
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed))
            entries << entryOf(dir.filePath(name));
        QMetaObject::invokeMethod(self.data(), [self, scan, entries] {
            if (!self || scan != self->m_scan)
                return;
            self->publish(entries);
            self->m_loaded = true;
            Q_EMIT self->loadedChanged();
        }, Qt::QueuedConnection);
    });
}

bool LoadRunStore::waitForLoaded(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_loaded && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return m_loaded;
}

void LoadRunStore::publish(QList<Entry> entries)
{
    // Newest first by when they ran (ids sort by time too, but a damaged file keeps its mtime).
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.values.value(QStringLiteral("at")).toString() > b.values.value(QStringLiteral("at")).toString();
    });
    m_entries = std::move(entries);
    std::vector<RowListModel::Row> rows;
    for (const Entry &e : std::as_const(m_entries)) {
        QVariantList values;
        for (const QString &role : kRoles)
            values << (role == QLatin1String("runId") ? QVariant(e.id) : e.values.value(role));
        rows.push_back({e.id, values});
    }
    m_rows.setRows(std::move(rows));
}

QString LoadRunStore::save(const load::LoadPlan &plan, const load::LoadSnapshot &run, const QString &verdict)
{
    const QDateTime now = QDateTime::currentDateTime();
    QString id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    for (int n = 2; QFile::exists(m_folder + u'/' + id + QStringLiteral(".json")); ++n)
        id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-' + QString::number(n);
    auto json = load::runJson(plan, run);
    const QString at = now.toString(Qt::ISODateWithMs);
    json["at"] = at.toStdString();
    json["verdict"] = verdict.toStdString();

    const QString previous = m_saveError;
    m_saveError.clear();
    QDir().mkpath(m_folder);
    QSaveFile f(m_folder + u'/' + id + QStringLiteral(".json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(json.dump())) < 0 || !f.commit())
        m_saveError = tr("The load run could not be kept in %1: %2").arg(m_folder, f.errorString());
    if (m_saveError != previous)
        Q_EMIT saveErrorChanged();
    if (!m_saveError.isEmpty())
        return {};

    QList<Entry> entries = m_entries;
    entries.prepend({id, valuesOf(at, {plan, run}, verdict)});
    publish(std::move(entries));
    prune();
    return id;
}

void LoadRunStore::prune()
{
    int kept = 0;
    QList<Entry> entries;
    for (const Entry &e : std::as_const(m_entries)) {
        // Damaged files are the user's to look at and remove: never counted or pruned.
        if (!e.values.value(QStringLiteral("damaged")).toBool() && ++kept > kMaxRuns)
            QFile::remove(m_folder + u'/' + e.id + QStringLiteral(".json"));
        else
            entries << e;
    }
    if (entries.size() != m_entries.size())
        publish(std::move(entries));
}

std::optional<load::StoredRun> LoadRunStore::read(const QString &id, QString *error) const
{
    QString problem;
    const auto json = readJson(m_folder + u'/' + id + QStringLiteral(".json"), &problem);
    if (json) {
        std::string why;
        if (auto stored = load::runFromJson(*json, why))
            return stored;
        problem = QString::fromStdString(why);
    }
    if (error)
        *error = tr("The load run %1 cannot be read: %2").arg(id, problem);
    return std::nullopt;
}

QVariantMap LoadRunStore::info(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.id == id)
            return e.values;
    return {};
}

void LoadRunStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(u'/'))
        return;
    QFile::remove(m_folder + u'/' + id + QStringLiteral(".json"));
    QList<Entry> entries;
    for (const Entry &e : std::as_const(m_entries))
        if (e.id != id)
            entries << e;
    publish(std::move(entries));
}

} // namespace switchboard::gui
