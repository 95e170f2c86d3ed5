#include "TrafficPublisher.h"

#include <QDateTime>
#include <QThreadPool>

#include <set>

#include "CallController.h"
#include "CallHistory.h"
#include "CoreStrings.h"
#include "FormFromDescriptor.h"
#include "FormSchema.h"
#include "ProtobufView.h"
#include "SchemaLibrary.h"
#include "proto/ProtoCodec.h"
#include "Session.h"
#include "live/CatalogTypes.h"
#include "micro/Broker.h"
#include "nats/Connection.h"

namespace switchboard::gui {

TrafficPublisher::TrafficPublisher(QObject *parent)
    : QObject(parent)
{
}

void TrafficPublisher::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::catalogChanged, this, &TrafficPublisher::loadSchema);
        connect(m_session->schemas(), &SchemaLibrary::changed, this, &TrafficPublisher::loadSchema);
        connect(m_session->schemas(), &SchemaLibrary::choicesChanged, this, &TrafficPublisher::loadSchema);
    }
    loadSchema();
    Q_EMIT sessionChanged();
}

void TrafficPublisher::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    loadSchema();
    Q_EMIT subjectChanged();
}

void TrafficPublisher::setAsEvent(bool asEvent)
{
    if (asEvent == m_asEvent)
        return;
    m_asEvent = asEvent;
    Q_EMIT subjectChanged();
}

QString TrafficPublisher::contentType() const
{
    return m_session && !m_protoType.isEmpty() ? m_session->schemas()->contentType({}, m_subject)
                                               : QStringLiteral("application/json");
}

void TrafficPublisher::setContentType(const QString &contentType)
{
    if (!m_session || m_protoType.isEmpty() || contentType == this->contentType())
        return;
    m_session->schemas()->setContentType({}, m_subject, contentType); // its choicesChanged reloads
    Q_EMIT subjectChanged();
}

void TrafficPublisher::loadSchema()
{
    // A .proto type for the topic first (the user's choice, else a subscriber's request type the
    // .proto defines), else the first subscriber endpoint on exactly this topic that describes
    // its request type in the registry.
    QString note, protoType;
    FieldPtr schema;
    if (m_session && !m_subject.isEmpty()) {
        const auto set = m_session->schemas()->current();
        const SubjectType type = subjectType(*m_session->schemas(), *set, *m_session->catalog(), m_subject);
        if (type.type) {
            schema = fieldFromDescriptor(type.type, m_session->schemas()->messageTypes());
            protoType = type.fullName;
            note = tr("Form from %1").arg(type.source);
        }
    }
    if (!schema && m_session && !m_subject.isEmpty()) {
        const std::string topic = m_subject.toStdString();
        for (const auto &service : m_session->catalog()->services)
            for (const auto &version : service.versions)
                for (const auto &e : version.endpoints)
                    if (!schema && e.metadata && e.metadata->count("topic") && e.metadata->at("topic") == topic && e.request) {
                        schema = fieldFromGoValue(*e.request);
                        note = tr("Form from the %1 subscriber %2 (%3).").arg(q(service.name), q(e.name), q(e.request->type));
                    }
    }
    const QString before = m_formNote;
    m_formNote = note;
    m_protoType = protoType;
    // Rebuilt only when the source changes, so what the user typed stays.
    if (note != before || (!schema && m_form.hasSchema())) {
        m_form.setSchema(schema);
        Q_EMIT subjectChanged();
    }
}

QStringList subscriberTopics(const live::CatalogSnapshot &catalog)
{
    std::set<QString> topics;
    for (const auto &service : catalog.services)
        for (const auto &version : service.versions)
            for (const auto &e : version.endpoints)
                if (e.metadata && e.metadata->count("topic"))
                    topics.insert(q(e.metadata->at("topic")));
    return {topics.begin(), topics.end()};
}

QStringList TrafficPublisher::knownTopics() const
{
    return m_session ? subscriberTopics(*m_session->catalog()) : QStringList();
}

void TrafficPublisher::publish(const QString &body, const QString &headersText, bool useForm)
{
    const QString subject = m_subject.trimmed();
    if (subject.isEmpty() || subject.contains(u'*') || subject.contains(u'>') || subject.contains(u' '))
        return finish(false, tr("Publish needs a subject without wildcards or spaces, such as orders.created."));
    if (useForm && hasForm() && !m_form.valid())
        return finish(false, tr("The form has an error: %1").arg(m_form.firstError()));
    std::vector<std::pair<std::string, std::string>> headers;
    QString headerError;
    if (!CallController::parseHeaders(headersText, &headers, &headerError))
        return finish(false, tr("Headers: %1").arg(headerError));
    const auto connection = m_session ? m_session->connection() : nullptr;
    if (!connection || m_session->state() != Session::Connected)
        return finish(false, tr("Not connected."));
    std::string payload = (useForm && hasForm() ? m_form.toJson() : body).toStdString();
    const bool asEvent = m_asEvent;
    const std::string contentType = this->contentType().toStdString();
    if (contentType == "application/protobuf") {
        // The form and the editor hold proto3 JSON; the wire gets the message's bytes.
        const auto set = m_session->schemas()->current();
        const proto::Converted encoded = proto::ProtoCodec::fromJson(*set, set->findMessage(m_protoType.toStdString()), payload);
        if (!encoded.ok())
            return finish(false, tr("Not a valid %1: %2").arg(m_protoType, q(encoded.error)));
        payload = encoded.data;
    }
    m_busy = true;
    Q_EMIT resultChanged();
    QPointer<TrafficPublisher> self(this);
    QThreadPool::globalInstance()->start([self, connection, subject, payload, headers, asEvent, contentType] {
        bool ok = true;
        QString text;
        try {
            if (asEvent) {
                micro::Header h(headers.begin(), headers.end());
                const std::string id = micro::Broker(connection).publish(subject.toStdString(), payload, h, contentType);
                text = TrafficPublisher::tr("Published a go-micro event to %1 (Micro-ID %2) at %3.")
                           .arg(subject, q(id), QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
            } else {
                if (headers.empty())
                    connection->publish(subject.toStdString(), payload);
                else
                    connection->publishWithHeaders(subject.toStdString(), {}, payload, headers);
                text = TrafficPublisher::tr("Published %1 bytes to %2 at %3.")
                           .arg(payload.size()).arg(subject, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
            }
            connection->flush(); // the server has it: an error (permissions, size) shows now
        } catch (const std::exception &e) {
            ok = false;
            text = TrafficPublisher::tr("Publish failed: %1").arg(q(e.what()));
        }
        QMetaObject::invokeMethod(self, [self, ok, text] {
            if (self)
                self->finish(ok, text);
        }, Qt::QueuedConnection);
    });
}

void TrafficPublisher::finish(bool ok, const QString &text)
{
    m_busy = false;
    m_resultOk = ok;
    m_result = text;
    if (ok)
        ++m_published;
    Q_EMIT resultChanged();
}

} // namespace switchboard::gui
