#pragma once
// The Connections page: the list of profiles, the editor's load and save (secrets go to the
// SecretStore, the rest to the profiles file), "Test connection" off the GUI thread with a verdict
// per login, connecting, and importing natscli contexts.

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "DetailRowsModel.h"

namespace switchboard::gui {

class AppContext;
struct Profile;

class ProfilesController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::RowListModel *profiles READ profiles CONSTANT)
    Q_PROPERTY(QString secretsText READ secretsText NOTIFY secretsChanged)
    Q_PROPERTY(bool secretsPersistent READ secretsPersistent NOTIFY secretsChanged)
    Q_PROPERTY(QString loadError READ loadError CONSTANT)
    Q_PROPERTY(bool testing READ testing NOTIFY testChanged)
    Q_PROPERTY(QVariantList testResults READ testResults NOTIFY testChanged)
    Q_PROPERTY(QString natsContextDirectory READ natsContextDirectory CONSTANT)
public:
    explicit ProfilesController(QObject *parent = nullptr);

    [[nodiscard]] RowListModel *profiles() { return &m_profiles; }
    [[nodiscard]] QString secretsText() const;
    [[nodiscard]] bool secretsPersistent() const;
    [[nodiscard]] QString loadError() const;
    [[nodiscard]] bool testing() const { return m_testing; }
    [[nodiscard]] QVariantList testResults() const { return m_testResults; }
    /// $XDG_CONFIG_HOME/nats/context (natscli's), or ~/.config/nats/context.
    [[nodiscard]] static QString natsContextDirectory();

    /// The editor's fields for a profile (no secret values: hasPassword etc. say whether one is kept).
    Q_INVOKABLE QVariantMap profile(const QString &name) const;
    /// Saves the editor's fields; a secret left empty keeps the one stored. Returns an error or "".
    Q_INVOKABLE QString save(const QVariantMap &fields, const QString &oldName, const QString &password,
                             const QString &token, const QString &systemPassword);
    Q_INVOKABLE void remove(const QString &name);
    /// Tries every login of the fields as they are in the editor (stored secrets fill the gaps).
    Q_INVOKABLE void test(const QVariantMap &fields, const QString &password, const QString &token, const QString &systemPassword);
    Q_INVOKABLE void connectTo(const QString &name);
    /// Imports every context in `directory` (empty: natscli's); returns what happened, in words.
    Q_INVOKABLE QString importNatsContexts(const QString &directory = {});
    /// The context natscli has selected (context.txt next to the context directory), if any.
    Q_INVOKABLE QString selectedNatsContext(const QString &directory = {}) const;

Q_SIGNALS:
    void secretsChanged();
    void testChanged();

private:
    void reload();
    AppContext *app() const;

    DetailRowsModel m_profiles;
    bool m_testing = false;
    QVariantList m_testResults;
    quint64 m_testGeneration = 0;
};

} // namespace switchboard::gui
