#pragma once
// Every call made from the Call page, newest first, and saved requests grouped in collections.
// Persisted as JSON in QStandardPaths::AppDataLocation, written atomically (QSaveFile); a file that
// does not parse is moved aside (history.json.corrupt-<time>) and reported, never overwritten.

#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "RowListModel.h"

namespace switchboard::gui {

class HistoryRows : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by CallHistory")
public:
    HistoryRows();
    using RowListModel::setRows;
};

class CallHistory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppContext")
    Q_PROPERTY(switchboard::gui::RowListModel *calls READ calls CONSTANT)
    Q_PROPERTY(switchboard::gui::RowListModel *saved READ saved CONSTANT)
    Q_PROPERTY(QString loadError READ loadError NOTIFY loadErrorChanged)
    Q_PROPERTY(QStringList collections READ collections NOTIFY savedChanged)
public:
    /// file: where to keep it; empty = AppDataLocation/history.json.
    explicit CallHistory(QString file = {}, QObject *parent = nullptr);

    [[nodiscard]] RowListModel *calls() { return &m_callRows; }
    [[nodiscard]] RowListModel *saved() { return &m_savedRows; }
    [[nodiscard]] QString loadError() const { return m_loadError; }
    [[nodiscard]] QStringList collections() const;
    [[nodiscard]] QString fileName() const { return m_file; }

    /// Adds a finished call (fields as in the rows: service, protocol, endpoint, node, body,
    /// headers, timeoutMs, ok, status, latencyMs, at; a load run's entry has loadRun, its id in
    /// the LoadRunStore).
    void add(QJsonObject entry);
    /// Saves the request of a history row into a collection.
    Q_INVOKABLE void saveToCollection(int historyRow, const QString &collection, const QString &title);
    Q_INVOKABLE void removeSaved(int savedRow);
    Q_INVOKABLE void clearHistory();
    /// The stored request of a row, as a map (empty for a bad row).
    Q_INVOKABLE QVariantMap call(int row) const;
    Q_INVOKABLE QVariantMap savedCall(int row) const;

Q_SIGNALS:
    void loadErrorChanged();
    void savedChanged();

private:
    void load();
    void persist();
    void refreshRows();

    QString m_file;
    QString m_loadError;
    QList<QJsonObject> m_calls, m_saved;
    HistoryRows m_callRows, m_savedRows;
};

} // namespace switchboard::gui
