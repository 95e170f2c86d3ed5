#pragma once
// The Alerts page's rows: every rule of the profile with its state, the value it measured, when
// it fired, whether it is silenced. Editing (from the form or a context menu), silencing,
// import and export go through here to the AlertsController, which keeps and evaluates them.

#include <QAbstractListModel>
#include <QVariantList>
#include <QVariantMap>
#include <qqmlintegration.h>

namespace switchboard::gui {

class AlertsController;

class AlertsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.alerts")
    Q_PROPERTY(int firingCount READ firingCount NOTIFY statesChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statesChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    /// Where Import and Export look first: a file in the home folder.
    Q_PROPERTY(QString defaultExportPath READ defaultExportPath CONSTANT)
public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1, NameRole, KindRole, KindTextRole, ConditionRole, StateRole, StateTextRole,
        ValueTextRole, WhereRole, SinceRole, LastFiredRole, SilencedRole, SilencedUntilRole, EnabledRole, RegionRole
    };
    explicit AlertsModel(AlertsController *controller, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int firingCount() const;
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] static QVariantList kinds();
    [[nodiscard]] static QString defaultExportPath();

    /// A rule's fields as the form edits them (id, name, kind, target, region, comparison,
    /// threshold, clearThreshold, forSeconds, clearSeconds, enabled).
    Q_INVOKABLE QVariantMap rule(const QString &id) const;
    /// A new rule's fields: sensible defaults for the kind, on `target` ("Alert when this stops…").
    Q_INVOKABLE QVariantMap draft(const QString &kind, const QString &target) const;
    /// Adds (a new id) or replaces (a known id) the rule; returns what is wrong, or "" when saved.
    Q_INVOKABLE QString saveRule(const QVariantMap &fields);
    Q_INVOKABLE void removeRule(const QString &id);
    Q_INVOKABLE void setEnabled(const QString &id, bool enabled);
    /// Silences for `minutes` from now; 0 lifts the silence.
    Q_INVOKABLE void silence(const QString &id, int minutes);
    /// Exports every rule as JSON to a local file; returns the problem or "".
    Q_INVOKABLE QString exportTo(const QString &path) const;
    /// Imports rules from a file: a rule with a known id replaces it, the others are added. A file
    /// with any mistake imports nothing and returns every mistake.
    Q_INVOKABLE QString importFrom(const QString &path);
    /// "file:///x" from a file dialog as a local path.
    Q_INVOKABLE static QString localPath(const QUrl &url);

Q_SIGNALS:
    void statesChanged();
    void problemChanged();

private:
    void reset();
    AlertsController *m_controller;
};

} // namespace switchboard::gui
