#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace switchboard::gui {

ProfileStore::ProfileStore(QString file)
    : m_file(std::move(file))
{
    if (m_file.isEmpty())
        m_file = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("profiles.json"));
    load();
}

const Profile *ProfileStore::find(const QString &name) const
{
    for (const auto &p : m_profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

void ProfileStore::load()
{
    QFile f(m_file);
    if (!f.exists())
        return;
    QString problem;
    if (!f.open(QIODevice::ReadOnly)) {
        problem = f.errorString();
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        f.close();
        if (error.error != QJsonParseError::NoError)
            problem = error.errorString();
        else if (!doc.isObject() || !doc.object().value(QStringLiteral("profiles")).isArray())
            problem = QCoreApplication::translate("ProfileStore", "no \"profiles\" list");
        else
            try {
                for (const auto &v : doc.object().value(QStringLiteral("profiles")).toArray())
                    m_profiles.push_back(Profile::fromJson(v.toObject()));
            } catch (const std::exception &e) {
                problem = QString::fromStdString(e.what());
                m_profiles.clear();
            }
    }
    if (problem.isEmpty())
        return;
    // Keep the user's data: move the file aside, start afresh, and say where it went.
    const QString aside = m_file + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(m_file, aside);
    m_loadError = QCoreApplication::translate("ProfileStore", "The profiles file could not be read (%1). It was moved to %2.")
                      .arg(problem, aside);
}

QString ProfileStore::put(const Profile &profile, const QString &oldName)
{
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return problem;
    if (profile.name != oldName && find(profile.name))
        return QCoreApplication::translate("ProfileStore", "A profile named %1 exists already.").arg(profile.name);
    const QString replaced = oldName.isEmpty() ? profile.name : oldName;
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const Profile &p) { return p.name == replaced; });
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.push_back(profile);
    return save();
}

void ProfileStore::remove(const QString &name)
{
    std::erase_if(m_profiles, [&](const Profile &p) { return p.name == name; });
    save();
}

QString ProfileStore::save()
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray list;
    for (const auto &p : m_profiles)
        list.append(p.toJson());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), list}}).toJson()) < 0
        || !f.commit())
        return QCoreApplication::translate("ProfileStore", "Cannot write %1: %2").arg(m_file, f.errorString());
    return {};
}

} // namespace switchboard::gui
