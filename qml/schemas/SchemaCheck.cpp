#include "SchemaCheck.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <google/protobuf/descriptor.h>

#include "ProtoSettings.h"
#include "proto/SchemaSet.h"

namespace switchboard::gui {

SchemaCheck::SchemaCheck(QObject *parent) : QObject(parent) {}

void SchemaCheck::clear()
{
    ++m_generation;
    m_running = false;
    m_summary.clear();
    m_problems.clear();
    Q_EMIT changed();
}

void SchemaCheck::check(const QStringList &protoPaths, const QStringList &importPaths, const QStringList &descriptorSets)
{
    ProtoSettings settings;
    settings.protoPaths = protoPaths;
    settings.importPaths = importPaths;
    settings.descriptorSets = descriptorSets;
    const quint64 generation = ++m_generation;
    m_problems.clear();
    if (settings.empty()) {
        m_running = false;
        m_summary = tr("No .proto file, folder or descriptor set is given.");
        Q_EMIT changed();
        return;
    }
    m_running = true;
    m_summary = tr("Importing…");
    Q_EMIT changed();
    QPointer<SchemaCheck> self(this);
    QThreadPool::globalInstance()->start([self, sources = settings.sources(), generation] {
        const proto::SchemaImport import = proto::SchemaSet::load(sources);
        size_t methods = 0;
        for (const auto *service : import.set->services())
            methods += size_t(service->method_count());
        const int files = int(import.set->files().size());
        const int messages = int(import.set->messages().size());
        const int services = int(import.set->services().size());
        QStringList problems;
        for (const auto &p : import.problems)
            problems << QString::fromStdString(p.text());
        QMetaObject::invokeMethod(QCoreApplication::instance(), [=] {
            if (!self || generation != self->m_generation)
                return;
            self->m_running = false;
            self->m_problems = problems;
            self->m_summary = files == 0 ? tr("Nothing could be imported.")
                                         : tr("%n file(s) imported: ", nullptr, files)
                                               + tr("%n message type(s), ", nullptr, messages)
                                               + tr("%n service(s) with ", nullptr, services)
                                               + tr("%n method(s).", nullptr, int(methods));
            Q_EMIT self->changed();
        }, Qt::QueuedConnection);
    });
}

} // namespace switchboard::gui
