#pragma once
// Passwords and tokens of connection profiles. With a Secret Service (GNOME Keyring, KWallet)
// they go there through QtKeychain; without one they are kept only in this process's memory and
// the UI says so. Never in settings, logs, history or exports.

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace switchboard::gui {

class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Backend { Probing, Keychain, MemoryOnly };

    /// useKeychain false: memory only (tests, --no-keychain).
    explicit SecretStore(bool useKeychain, QObject *parent = nullptr);

    [[nodiscard]] Backend backend() const { return m_backend; }
    /// A sentence for the Connections page: where secrets are kept.
    [[nodiscard]] QString statusText() const;

    /// Kept in memory at once; written to the keychain too when there is one.
    void write(const QString &key, const QString &secret);
    /// From memory, else the keychain; `done` gets "" when there is none.
    void read(const QString &key, std::function<void(const QString &)> done);
    void remove(const QString &key);

    /// Why secrets cannot go to a keychain, and what to do about it, from QtKeychain's error
    /// code and text (QKeychain::Error; its bare "Unknown error" is not shown).
    [[nodiscard]] static QString unavailableReason(int keychainError, const QString &detail);

Q_SIGNALS:
    void backendChanged();
    /// A keychain write or delete failed (the secret is still in memory).
    void failed(const QString &reason);

private:
    void probe();

    Backend m_backend = Backend::Probing;
    QString m_reason; // why there is no keychain
    QHash<QString, QString> m_memory;
    bool m_useKeychain;
};

} // namespace switchboard::gui
