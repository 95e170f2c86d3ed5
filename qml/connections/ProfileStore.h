#pragma once
// The profiles file (JSON, no secrets): read at start, written atomically (QSaveFile) on every
// change. A file that cannot be read is moved aside, not overwritten, and the reason is kept for
// the Connections page.

#include <QString>

#include <vector>

#include "Profile.h"

namespace switchboard::gui {

class ProfileStore {
public:
    /// file empty: profiles.json in the user's config directory.
    explicit ProfileStore(QString file = {});

    [[nodiscard]] const std::vector<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] const Profile *find(const QString &name) const;
    /// Adds or replaces (by name); renaming passes the old name. Returns an error text or "".
    QString put(const Profile &profile, const QString &oldName = {});
    void remove(const QString &name);
    /// Why the file could not be read, and where it went; empty when it was fine.
    [[nodiscard]] QString loadError() const { return m_loadError; }
    [[nodiscard]] QString file() const { return m_file; }

private:
    void load();
    QString save();

    QString m_file, m_loadError;
    std::vector<Profile> m_profiles;
};

} // namespace switchboard::gui
