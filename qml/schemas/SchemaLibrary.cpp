#include "SchemaLibrary.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThreadPool>

#include <google/protobuf/descriptor.h>

#include "proto/MethodMatcher.h"

namespace switchboard::gui {

SchemaLibrary::SchemaLibrary(QObject *parent) : QObject(parent), m_current(proto::SchemaSet::empty()) {}

SchemaLibrary::~SchemaLibrary() = default;

void SchemaLibrary::setSettings(const ProtoSettings &settings, Persist persist)
{
    const bool sourcesChanged = settings.sources() != m_settings.sources() || m_generation == 0;
    m_settings = settings;
    m_persist = std::move(persist);
    Q_EMIT choicesChanged();
    if (sourcesChanged)
        import();
}

void SchemaLibrary::import()
{
    const quint64 generation = ++m_generation;
    const auto sources = m_settings.sources();
    if (sources.empty()) {
        adopt({proto::SchemaSet::empty(), {}}, generation);
        return;
    }
    m_loading = true;
    Q_EMIT changed();
    // Parsing a folder of .proto files reads the disk: never on the GUI thread.
    QPointer<SchemaLibrary> self(this);
    QThreadPool::globalInstance()->start([self, sources, generation] {
        auto import = proto::SchemaSet::load(sources);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, import = std::move(import), generation]() mutable {
                if (self)
                    self->adopt(std::move(import), generation);
            },
            Qt::QueuedConnection);
    });
}

void SchemaLibrary::adopt(proto::SchemaImport import, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer import is on its way
    {
        QMutexLocker lock(&m_mutex);
        m_current = import.set;
    }
    m_loading = false;
    m_files.clear();
    for (const auto &f : import.set->files())
        m_files << QString::fromStdString(f);
    m_problems.clear();
    for (const auto &p : import.problems)
        m_problems << QString::fromStdString(p.text());
    m_messageTypes.clear();
    for (const auto *m : import.set->messages())
        m_messageTypes << QString::fromStdString(m->full_name());
    Q_EMIT changed();
}

proto::SchemaSetPtr SchemaLibrary::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_current;
}

bool SchemaLibrary::waitForLoaded(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_loading && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_loading;
}

const proto::gpb::MethodDescriptor *SchemaLibrary::methodFor(const QString &service, const QString &endpoint,
                                                             const QString &requestType, const QString &responseType) const
{
    const auto set = current();
    const QString mapped = m_settings.methods.value(endpointKey(service, endpoint));
    if (!mapped.isEmpty())
        if (const auto *method = proto::findMethod(*set, mapped.toStdString()))
            return method;
    return proto::matchEndpoint(*set, endpoint.toStdString(), requestType.toStdString(), responseType.toStdString()).method;
}

QStringList SchemaLibrary::methodChoices(const QString &endpoint) const
{
    const auto set = current();
    QStringList out;
    for (const auto *m : proto::matchEndpoint(*set, endpoint.toStdString()).candidates)
        out << QString::fromStdString(m->full_name());
    return out.isEmpty() ? allMethods() : out;
}

QStringList SchemaLibrary::allMethods() const
{
    const auto set = current();
    QStringList out;
    for (const auto *service : set->services())
        for (int i = 0; i < service->method_count(); ++i)
            out << QString::fromStdString(service->method(i)->full_name());
    return out;
}

QString SchemaLibrary::mappedMethod(const QString &service, const QString &endpoint) const
{
    return m_settings.methods.value(endpointKey(service, endpoint));
}

void SchemaLibrary::setMethod(const QString &service, const QString &endpoint, const QString &fullName)
{
    const QString key = endpointKey(service, endpoint);
    if (fullName.isEmpty())
        m_settings.methods.remove(key);
    else
        m_settings.methods.insert(key, fullName);
    persist();
}

QString SchemaLibrary::contentType(const QString &service, const QString &endpoint) const
{
    return m_settings.contentTypes.value(endpointKey(service, endpoint), QStringLiteral("application/json"));
}

void SchemaLibrary::setContentType(const QString &service, const QString &endpoint, const QString &contentType)
{
    const QString key = endpointKey(service, endpoint);
    if (contentType == m_settings.contentTypes.value(key, QStringLiteral("application/json")))
        return;
    if (contentType == QLatin1String("application/json"))
        m_settings.contentTypes.remove(key);
    else
        m_settings.contentTypes.insert(key, contentType);
    persist();
}

QString SchemaLibrary::messageFor(const QString &subject) const { return m_settings.messages.value(subject); }

void SchemaLibrary::setMessage(const QString &subject, const QString &fullName)
{
    if (fullName.isEmpty())
        m_settings.messages.remove(subject);
    else
        m_settings.messages.insert(subject, fullName);
    persist();
}

QString SchemaLibrary::describedBy(const QStringList &endpoints) const
{
    const auto set = current();
    for (const QString &e : endpoints)
        if (const auto *method = proto::matchEndpoint(*set, e.toStdString()).method)
            return QString::fromStdString(method->file()->name());
    return {};
}

void SchemaLibrary::persist()
{
    Q_EMIT choicesChanged();
    if (m_persist)
        m_persist(m_settings);
}

} // namespace switchboard::gui
