#include "SecretStore.h"

#include <qt6keychain/keychain.h>

namespace switchboard::gui {

namespace {
const QString kService = QStringLiteral("switchboard");
}

QString SecretStore::unavailableReason(int keychainError, const QString &detail)
{
    // QtKeychain says "Unknown error" when no Secret Service answers on the session bus (none
    // installed, none started, no bus at all): name what is missing and how to get it instead.
    switch (keychainError) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("The keychain refused access: unlock it or allow Switchboard, then restart Switchboard.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    default:
        if (!detail.isEmpty() && detail != QLatin1String("Unknown error"))
            return tr("The keychain said: %1.").arg(detail);
    }
    return tr("To keep them between runs, install and start GNOME Keyring (gnome-keyring) or KWallet.");
}

SecretStore::SecretStore(bool useKeychain, QObject *parent)
    : QObject(parent)
    , m_useKeychain(useKeychain)
{
    if (m_useKeychain)
        probe();
    else
        m_backend = Backend::MemoryOnly;
}

QString SecretStore::statusText() const
{
    switch (m_backend) {
    case Backend::Probing: return tr("Looking for a Secret Service…");
    case Backend::Keychain: return tr("Passwords and tokens are kept in the system keychain (Secret Service).");
    case Backend::MemoryOnly:
        return m_useKeychain
            ? tr("No Secret Service is available: passwords and tokens are kept only until Switchboard closes. %1").arg(m_reason)
            : tr("The keychain is off: passwords and tokens are kept only until Switchboard closes.");
    }
    return {};
}

void SecretStore::probe()
{
    // Reading a key that does not exist tells whether a backend answers at all.
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(QStringLiteral("probe"));
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const bool works = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        m_backend = works ? Backend::Keychain : Backend::MemoryOnly;
        m_reason = works ? QString() : unavailableReason(j->error(), j->errorString());
        Q_EMIT backendChanged();
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret)
{
    m_memory[key] = secret;
    if (m_backend != Backend::Keychain)
        return;
    auto *job = secret.isEmpty() ? static_cast<QKeychain::Job *>(new QKeychain::DeletePasswordJob(kService, this))
                                 : new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    if (auto *w = qobject_cast<QKeychain::WritePasswordJob *>(job))
        w->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            Q_EMIT failed(tr("The keychain did not take the secret (%1); it is kept until Switchboard closes.").arg(j->errorString()));
    });
    job->start();
}

void SecretStore::read(const QString &key, std::function<void(const QString &)> done)
{
    if (m_memory.contains(key) || m_backend != Backend::Keychain) {
        done(m_memory.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *j) {
        const QString secret = j->error() == QKeychain::NoError ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData() : QString();
        if (!secret.isEmpty())
            m_memory[key] = secret;
        done(secret);
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    write(key, {});
    m_memory.remove(key);
}

} // namespace switchboard::gui
