#pragma once
// A file path in a place nothing can write, for the tests of "a read-only folder is said, not a
// crash". Root writes through file modes, so as root it is under sysfs, which refuses new files
// even to root; otherwise a folder without the write bit inside `dir`.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

namespace switchboard::testing {

inline QString unwritablePath(const QTemporaryDir &dir, const QString &fileName)
{
    if (geteuid() == 0)
        return QStringLiteral("/sys/switchboard-test/") + fileName;
    QDir(dir.path()).mkdir(QStringLiteral("read-only"));
    QFile::setPermissions(dir.filePath(QStringLiteral("read-only")), QFile::ReadOwner | QFile::ExeOwner);
    return dir.filePath(QStringLiteral("read-only/") + fileName);
}

} // namespace switchboard::testing
