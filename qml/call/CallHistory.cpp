#include "CallHistory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace switchboard::gui {

namespace {
constexpr int kMaxCalls = 500;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
const QStringList kRoles = {QStringLiteral("service"), QStringLiteral("protocol"), QStringLiteral("endpoint"),
                            QStringLiteral("node"),    QStringLiteral("ok"),       QStringLiteral("status"),
                            QStringLiteral("latencyMs"), QStringLiteral("at"),     QStringLiteral("collection"),
                            QStringLiteral("title"),   QStringLiteral("body"),     QStringLiteral("contentType"),
                            QStringLiteral("loadRun"), QStringLiteral("accessibleText")};
} // namespace

HistoryRows::HistoryRows()
    : RowListModel(kRoles)
{
}

CallHistory::CallHistory(QString file, QObject *parent)
    : QObject(parent), m_file(std::move(file))
{
    if (m_file.isEmpty())
        m_file = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.json");
    load();
    refreshRows();
}

void CallHistory::load()
{
    QFile f(m_file);
    if (!f.exists())
        return;
    QString problem;
    QJsonDocument doc;
    if (f.size() > kMaxFileBytes) {
        problem = tr("it is larger than %1 MiB").arg(kMaxFileBytes >> 20);
    } else if (!f.open(QIODevice::ReadOnly)) {
        problem = f.errorString();
    } else {
        QJsonParseError error;
        doc = QJsonDocument::fromJson(f.readAll(), &error);
        f.close();
        if (error.error != QJsonParseError::NoError)
            problem = error.errorString();
        else if (!doc.isObject())
            problem = tr("it is not a JSON object");
    }
    if (!problem.isEmpty()) {
        // Keep the user's data: move the file aside and start afresh next to it.
        const QString aside = m_file + QStringLiteral(".corrupt-")
                              + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(m_file, aside);
        m_loadError = tr("The call history could not be read (%1). It was moved to %2 and a new one was started.")
                          .arg(problem, aside);
        return;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("calls")).toArray())
        if (v.isObject())
            m_calls << v.toObject();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("saved")).toArray())
        if (v.isObject())
            m_saved << v.toObject();
}

void CallHistory::persist()
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray calls, saved;
    for (const QJsonObject &o : m_calls)
        calls << o;
    for (const QJsonObject &o : m_saved)
        saved << o;
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly)) {
        m_loadError = tr("The call history could not be saved: %1").arg(f.errorString());
        Q_EMIT loadErrorChanged();
        return;
    }
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                      {QStringLiteral("calls"), calls},
                                      {QStringLiteral("saved"), saved}})
                .toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        m_loadError = tr("The call history could not be saved: %1").arg(f.errorString());
        Q_EMIT loadErrorChanged();
    }
}

void CallHistory::refreshRows()
{
    auto rowsOf = [](const QList<QJsonObject> &list) {
        std::vector<RowListModel::Row> rows;
        for (const QJsonObject &o : list) {
            QVariantList values;
            for (const QString &role : kRoles)
                values << o.value(role).toVariant();
            const QString endpoint = o.value(QStringLiteral("service")).toString() + u' '
                                     + o.value(QStringLiteral("endpoint")).toString();
            values.last() = o.contains(QStringLiteral("loadRun"))
                                ? tr("Load run of %1, %2").arg(endpoint, o.value(QStringLiteral("status")).toString())
                                : tr("%1, %2, %3").arg(endpoint,
                                                       o.value(QStringLiteral("ok")).toBool() ? tr("succeeded") : tr("failed"),
                                                       o.value(QStringLiteral("status")).toString());
            rows.push_back({o.value(QStringLiteral("id")).toString(), values});
        }
        return rows;
    };
    m_callRows.setRows(rowsOf(m_calls));
    m_savedRows.setRows(rowsOf(m_saved));
}

void CallHistory::add(QJsonObject entry)
{
    entry.insert(QStringLiteral("id"), QStringLiteral("c%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_calls.size()));
    if (!entry.contains(QStringLiteral("at")))
        entry.insert(QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    m_calls.prepend(entry);
    while (m_calls.size() > kMaxCalls)
        m_calls.removeLast();
    refreshRows();
    persist();
}

void CallHistory::saveToCollection(int historyRow, const QString &collection, const QString &title)
{
    if (historyRow < 0 || historyRow >= m_calls.size())
        return;
    QJsonObject o = m_calls[historyRow];
    o.insert(QStringLiteral("id"), QStringLiteral("s%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_saved.size()));
    o.insert(QStringLiteral("collection"), collection.trimmed().isEmpty() ? tr("Saved") : collection.trimmed());
    o.insert(QStringLiteral("title"), title.trimmed().isEmpty() ? o.value(QStringLiteral("endpoint")).toString() : title.trimmed());
    m_saved << o;
    std::stable_sort(m_saved.begin(), m_saved.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("collection")).toString() < b.value(QStringLiteral("collection")).toString();
    });
    refreshRows();
    persist();
    Q_EMIT savedChanged();
}

void CallHistory::removeSaved(int savedRow)
{
    if (savedRow < 0 || savedRow >= m_saved.size())
        return;
    m_saved.removeAt(savedRow);
    refreshRows();
    persist();
    Q_EMIT savedChanged();
}

void CallHistory::clearHistory()
{
    m_calls.clear();
    refreshRows();
    persist();
}

QVariantMap CallHistory::call(int row) const
{
    return row >= 0 && row < m_calls.size() ? m_calls[row].toVariantMap() : QVariantMap{};
}

QVariantMap CallHistory::savedCall(int row) const
{
    return row >= 0 && row < m_saved.size() ? m_saved[row].toVariantMap() : QVariantMap{};
}

QStringList CallHistory::collections() const
{
    QStringList out;
    for (const QJsonObject &o : m_saved) {
        const QString c = o.value(QStringLiteral("collection")).toString();
        if (!out.contains(c))
            out << c;
    }
    return out;
}

} // namespace switchboard::gui
