#pragma once
// The load runs kept with the call history: one JSON file a run (the CLI's --json object plus when
// it ran and its verdict) in a folder beside history.json, each written atomically (QSaveFile).
// The folder is read off the GUI thread; a file that does not read back as a run is listed as
// damaged with the reason and left where it is — never overwritten or deleted unasked.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "RowListModel.h"
#include "load/LoadReport.h"

namespace switchboard::gui {

class LoadRunRows : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by LoadRunStore")
public:
    LoadRunRows();
    using RowListModel::setRows;
};

class LoadRunStore : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppContext")
    /// Newest first: runId, at, service, endpoint, summary, verdict, damaged, accessibleText.
    Q_PROPERTY(switchboard::gui::RowListModel *runs READ runs CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// The last save that failed, in the reader's language; "" when saving works.
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
public:
    static constexpr int kMaxRuns = 200;              ///< older runs' files are removed past this
    static constexpr qint64 kMaxFileBytes = 16 << 20; ///< larger: damaged, not read

    explicit LoadRunStore(QString folder, QObject *parent = nullptr);

    [[nodiscard]] RowListModel *runs() { return &m_rows; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString saveError() const { return m_saveError; }
    [[nodiscard]] QString folder() const { return m_folder; }

    /// Writes a finished run; its id, or "" (saveError says why).
    QString save(const load::LoadPlan &plan, const load::LoadSnapshot &run, const QString &verdict);
    /// A kept run read back; nullopt with `error` in the reader's language.
    [[nodiscard]] std::optional<load::StoredRun> read(const QString &id, QString *error = nullptr) const;
    /// When a kept run ran and its verdict ("pass", "fail" or "").
    [[nodiscard]] QVariantMap info(const QString &id) const;
    Q_INVOKABLE void remove(const QString &id);
    /// Reads the folder again (off the GUI thread); `loaded` turns true when done.
    Q_INVOKABLE void rescan();
    /// Blocks until the folder has been read (tests, and the CLI-free screenshot scripts).
    Q_INVOKABLE bool waitForLoaded(int timeoutMs = 5000);

Q_SIGNALS:
    void loadedChanged();
    void saveErrorChanged();

private:
    struct Entry {
        QString id;
        QVariantMap values; ///< by role
    };
    [[nodiscard]] static Entry entryOf(const QString &path);
    void publish(QList<Entry> entries);
    void prune();

    QString m_folder;
    QList<Entry> m_entries; ///< newest first
    LoadRunRows m_rows;
    bool m_loaded = false;
    int m_scan = 0; ///< the newest scan; older ones' results are dropped
    QString m_saveError;
};

} // namespace switchboard::gui
