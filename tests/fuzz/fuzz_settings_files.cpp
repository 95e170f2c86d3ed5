// libFuzzer: the files the app reads at start: profiles.json, history.json and natscli context
// files. Each input is written to a scratch file and loaded the way the app loads it. A bad file
// must give an error text (and be moved aside), never a crash or an exception.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

#include "CallHistory.h"
#include "Profile.h"
#include "ProfileStore.h"

using namespace switchboard;

namespace {

void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir scratch;
    const QDir dir(scratch.path());
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    writeFile(dir.filePath(QStringLiteral("profiles.json")), data, size);
    {
        gui::ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
        for (const gui::Profile &p : store.profiles()) {
            (void)p.problem();
            (void)p.toJson();
            try {
                (void)p.servicesLogin({});
                (void)p.systemLogin({});
            } catch (const std::exception &) {
            }
        }
    }
    writeFile(dir.filePath(QStringLiteral("history.json")), data, size);
    {
        gui::CallHistory history(dir.filePath(QStringLiteral("history.json")));
        (void)history.loadError();
    }
    try {
        const gui::ImportedContext c = gui::profileFromNatsContext(QStringLiteral("fuzz"), bytes);
        (void)c.profile.problem();
    } catch (const std::exception &) {
        // a context that is not a JSON object is reported to the user by the caller
    }
    // Bad files were moved aside: clear them so the scratch folder does not grow.
    for (const QString &name : dir.entryList(QDir::Files))
        QFile::remove(dir.filePath(name));
    return 0;
}
