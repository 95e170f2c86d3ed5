#pragma once
// A session's protobuf schemas (its profile's ProtoSettings): imported off the GUI thread into an
// immutable proto::SchemaSet, shared with whoever decodes (the Call page, the Traffic sampler
// thread) through current(). Also answers "which method is this endpoint?" — go-micro naming
// first, the user's own mapping over it — and keeps the choices made on the pages, written back
// to the profile through the persist callback.

#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

#include "ProtoSettings.h"
#include "proto/SchemaSet.h"

namespace switchboard::gui {

class SchemaLibrary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a session's schemas")
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QStringList files READ files NOTIFY changed)
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    Q_PROPERTY(QStringList messageTypes READ messageTypes NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
public:
    explicit SchemaLibrary(QObject *parent = nullptr);
    ~SchemaLibrary() override;

    using Persist = std::function<void(const ProtoSettings &)>;
    /// The profile's settings; the schemas are imported again when their sources changed.
    void setSettings(const ProtoSettings &settings, Persist persist = {});
    [[nodiscard]] const ProtoSettings &settings() const { return m_settings; }

    /// Thread-safe: the set in use now (never null).
    [[nodiscard]] proto::SchemaSetPtr current() const;
    /// Blocks until an import in flight is done (tests, `--autotest`).
    Q_INVOKABLE bool waitForLoaded(int timeoutMs = 30000);

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QStringList files() const { return m_files; }
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] QStringList messageTypes() const { return m_messageTypes; }
    [[nodiscard]] bool isEmpty() const { return m_files.isEmpty(); }

    /// The endpoint's method: the user's mapping when there is one and it still exists, else
    /// go-micro naming with the registry's type names. Null when neither finds one.
    [[nodiscard]] const proto::gpb::MethodDescriptor *methodFor(const QString &service, const QString &endpoint,
                                                                const QString &requestType, const QString &responseType) const;
    /// Every method whose name fits the endpoint (several packages), or all methods when none
    /// does, for the manual mapping's picker: full names.
    Q_INVOKABLE QStringList methodChoices(const QString &endpoint) const;
    Q_INVOKABLE void setMethod(const QString &service, const QString &endpoint, const QString &fullName);
    /// The method mapped by hand to an endpoint; empty when it is matched by name.
    Q_INVOKABLE QString mappedMethod(const QString &service, const QString &endpoint) const;
    /// Every method of the imported services, full names ("shop.v1.Shop.PlaceOrder").
    Q_INVOKABLE QStringList allMethods() const;
    Q_INVOKABLE QString contentType(const QString &service, const QString &endpoint) const;
    Q_INVOKABLE void setContentType(const QString &service, const QString &endpoint, const QString &contentType);
    Q_INVOKABLE QString messageFor(const QString &subject) const;
    Q_INVOKABLE void setMessage(const QString &subject, const QString &fullName);
    /// The .proto file a service's endpoints come from ("shop/v1/shop.proto"), or "".
    Q_INVOKABLE QString describedBy(const QStringList &endpoints) const;

Q_SIGNALS:
    void changed();
    void choicesChanged();

private:
    void import();
    void adopt(proto::SchemaImport import, quint64 generation);
    void persist();

    ProtoSettings m_settings;
    Persist m_persist;
    mutable QMutex m_mutex;
    proto::SchemaSetPtr m_current;
    bool m_loading = false;
    quint64 m_generation = 0;
    QStringList m_files, m_problems, m_messageTypes;
};

} // namespace switchboard::gui
