#include "CallController.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QJsonObject>
#include <QThreadPool>

#include <google/protobuf/descriptor.h>
#include <nlohmann/json.hpp>

#include "CallHistory.h"
#include "CoreStrings.h"
#include "FormFromDescriptor.h"
#include "SchemaLibrary.h"
#include "Session.h"
#include "live/CatalogTypes.h"
#include "micro/RpcClient.h"
#include "proto/ProtoCodec.h"
#include "nats/Connection.h"
#include "srv/SrvClient.h"

namespace switchboard::gui {

CallController::CallController(QObject *parent)
    : QObject(parent)
{
    connect(&m_form, &CallFormModel::edited, this, [this] {
        if (m_syncing)
            return;
        m_syncing = true;
        m_body = m_form.toJson();
        m_bodyError.clear();
        m_syncing = false;
        Q_EMIT bodyChanged();
        Q_EMIT canSendChanged();
    });
    connect(&m_form, &CallFormModel::validityChanged, this, &CallController::canSendChanged);
}

void CallController::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->schemas(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::catalogChanged, this, &CallController::refreshTargets);
        connect(m_session, &Session::stateChanged, this, &CallController::canSendChanged);
        // New schemas (or a new mapping) may describe the endpoint differently: rebuild its form.
        auto rebuild = [this] {
            m_schemaKey.clear();
            refreshTargets();
        };
        connect(m_session->schemas(), &SchemaLibrary::changed, this, rebuild);
        connect(m_session->schemas(), &SchemaLibrary::choicesChanged, this, [this] {
            // Only a new mapping for this endpoint changes its form (not its content type).
            if (m_session && m_session->schemas()->mappedMethod(m_service, m_endpoint) != m_mappedMethod) {
                m_schemaKey.clear();
                refreshTargets();
            }
        });
    }
    refreshTargets();
    Q_EMIT sessionChanged();
}

void CallController::setHistory(CallHistory *history)
{
    if (m_history == history)
        return;
    m_history = history;
    Q_EMIT sessionChanged();
}

void CallController::refreshTargets()
{
    QStringList services, endpoints, nodes{tr("any")};
    // Sets beside the lists: QStringList::contains per entry was O(n²), a second of the GUI
    // thread for a service with 10 000 endpoints (tst_hostile_gui).
    QSet<QString> serviceSet, endpointSet;
    QString protocol, note, subject;
    const micro::Endpoint *goEndpoint = nullptr;
    const srv::SrvEndpoint *srvEndpoint = nullptr;
    std::shared_ptr<const live::CatalogSnapshot> catalog = m_session ? m_session->catalog() : nullptr;
    if (catalog) {
        for (const live::CatalogService &s : catalog->services) {
            const QString name = q(s.name);
            if (!serviceSet.contains(name)) {
                serviceSet.insert(name);
                services << name;
            }
            if (name != m_service || !protocol.isEmpty())
                continue;
            protocol = protocolLabel(s.protocol);
            for (const live::CatalogVersion &v : s.versions) {
                for (const micro::Endpoint &e : v.endpoints) {
                    const bool subscriber = e.metadata && e.metadata->count("subscriber");
                    const QString name = q(e.name);
                    if (subscriber || endpointSet.contains(name))
                        continue; // broker subscribers are not callable
                    endpointSet.insert(name);
                    endpoints << name;
                    if (name == m_endpoint && !goEndpoint)
                        goEndpoint = &e;
                }
                for (const srv::SrvEndpoint &e : v.srvEndpoints) {
                    const QString name = q(e.name);
                    if (endpointSet.contains(name))
                        continue;
                    endpointSet.insert(name);
                    endpoints << name;
                    if (name == m_endpoint && !srvEndpoint)
                        srvEndpoint = &e;
                }
                for (const live::CatalogNode &n : v.nodes)
                    nodes << q(n.id) + (n.stale ? tr(" (stale)") : QString());
            }
        }
    }
    const bool listsChanged = services != m_services || endpoints != m_endpoints || nodes != m_nodes;
    m_services = services;
    m_endpoints = endpoints;
    m_nodes = nodes;
    const bool protocolChanged = protocol != m_protocol;
    m_protocol = protocol;
    if (srvEndpoint)
        m_srvSubject = q(srvEndpoint->subject);

    // The schema: rebuilt only when the target changes, so typing is never thrown away.
    const QString key = m_service + u'/' + m_endpoint;
    if (key != m_schemaKey && (goEndpoint || srvEndpoint)) {
        m_schemaKey = key;
        FieldPtr schema;
        m_requestType.clear();
        m_responseType.clear();
        // A .proto describing the endpoint says more than the registry's Value tree (enums,
        // oneofs, numbers, comments): it wins.
        const SchemaLibrary *schemas = m_session ? m_session->schemas() : nullptr;
        const auto *method = goEndpoint && schemas
                                 ? schemas->methodFor(m_service, m_endpoint,
                                                      goEndpoint->request ? q(goEndpoint->request->name) : QString(),
                                                      goEndpoint->response ? q(goEndpoint->response->name) : QString())
                                 : nullptr;
        m_contentType = schemas ? schemas->contentType(m_service, m_endpoint) : QStringLiteral("application/json");
        m_mappedMethod = schemas ? schemas->mappedMethod(m_service, m_endpoint) : QString();
        if (method) {
            m_requestType = q(method->input_type()->full_name());
            m_responseType = q(method->output_type()->full_name());
            schema = fieldFromDescriptor(method->input_type(), schemas->messageTypes());
            note = tr("Described by %1: %2.").arg(q(method->file()->name()), q(method->full_name()));
        } else if (goEndpoint && goEndpoint->request) {
            schema = fieldFromGoValue(*goEndpoint->request);
        } else if (srvEndpoint && srvEndpoint->metadata && srvEndpoint->metadata->count("request_schema")) {
            const auto parsed = nlohmann::json::parse(srvEndpoint->metadata->at("request_schema"), nullptr, false);
            if (!parsed.is_discarded())
                schema = fieldFromJsonSchema(parsed);
            else
                note = tr("The endpoint's request_schema is not valid JSON; write the request as JSON.");
        }
        if (!schema && note.isEmpty())
            note = srvEndpoint ? tr("This $SRV endpoint publishes no request_schema; write the request as JSON.")
                               : tr("The registry describes no request type for this endpoint; write it as JSON.");
        m_schemaNote = note;
        m_syncing = true;
        m_form.setSchema(schema);
        if (schema) {
            m_body = m_form.toJson();
            m_bodyError.clear();
        }
        m_syncing = false;
        Q_EMIT bodyChanged();
        Q_EMIT targetChanged();
    }
    if (listsChanged)
        Q_EMIT targetsChanged();
    if (protocolChanged)
        Q_EMIT targetChanged();
    Q_EMIT canSendChanged();
    // The page always has a target once something is discovered: never an empty form.
    if (m_service.isEmpty() && !m_services.isEmpty())
        setService(m_services.first());
}

void CallController::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    m_endpoint.clear();
    m_node.clear();
    m_protocol.clear();
    refreshTargets();
    if (!m_endpoints.isEmpty())
        setEndpoint(m_endpoints.first());
    Q_EMIT targetChanged();
}

void CallController::setEndpoint(const QString &endpoint)
{
    if (endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    refreshTargets();
    Q_EMIT targetChanged();
}

void CallController::setNode(const QString &node)
{
    QString id = node == tr("any") ? QString() : node;
    id.remove(tr(" (stale)"));
    if (id == m_node)
        return;
    m_node = id;
    Q_EMIT targetChanged();
}

void CallController::setBody(const QString &body)
{
    if (body == m_body || m_syncing)
        return;
    m_body = body;
    m_syncing = true;
    m_bodyError = m_form.hasSchema() ? m_form.setJson(body)
                  : (nlohmann::json::accept(body.toStdString()) ? QString() : tr("not valid JSON"));
    m_syncing = false;
    Q_EMIT bodyChanged();
    Q_EMIT canSendChanged();
}

bool CallController::parseHeaders(const QString &text, std::vector<std::pair<std::string, std::string>> *out, QString *error)
{
    int lineNumber = 0;
    for (const QString &raw : text.split(u'\n')) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        qsizetype sep = line.indexOf(u':');
        const qsizetype eq = line.indexOf(u'=');
        if (sep < 0 || (eq >= 0 && eq < sep))
            sep = eq;
        if (sep <= 0) {
            if (error)
                *error = tr("line %1: write a header as Key: Value").arg(lineNumber);
            return false;
        }
        if (out)
            out->emplace_back(line.left(sep).trimmed().toStdString(), line.mid(sep + 1).trimmed().toStdString());
    }
    return true;
}

void CallController::setHeaders(const QString &headers)
{
    if (headers == m_headers)
        return;
    m_headers = headers;
    m_headersError.clear();
    parseHeaders(headers, nullptr, &m_headersError);
    Q_EMIT headersChanged();
    Q_EMIT canSendChanged();
}

void CallController::setTimeoutMs(int ms)
{
    ms = std::clamp(ms, 1, 600000);
    if (ms == m_timeoutMs)
        return;
    m_timeoutMs = ms;
    Q_EMIT timeoutChanged();
}

void CallController::setContentType(const QString &contentType)
{
    if (contentType == m_contentType)
        return;
    m_contentType = contentType;
    if (m_session)
        m_session->schemas()->setContentType(m_service, m_endpoint, contentType);
    Q_EMIT targetChanged();
}

bool CallController::canSend() const
{
    const bool bodyOk = sendsBodyFile() ? m_bodyFileOk : m_bodyError.isEmpty() && m_form.valid();
    return !m_busy && m_session && m_session->state() == Session::Connected && !m_service.isEmpty()
           && !m_endpoint.isEmpty() && bodyOk && m_headersError.isEmpty();
}

QJsonObject CallController::requestEntry() const
{
    QJsonObject entry{{QStringLiteral("service"), m_service},   {QStringLiteral("protocol"), m_protocol},
                      {QStringLiteral("endpoint"), m_endpoint}, {QStringLiteral("node"), m_node},
                      {QStringLiteral("body"), m_body},         {QStringLiteral("headers"), m_headers},
                      {QStringLiteral("timeoutMs"), m_timeoutMs}};
    if (sendsBodyFile() && !m_bodyFile.isEmpty())
        entry.insert(QStringLiteral("bodyFile"), m_bodyFile);
    const bool protobuf = m_contentType == QLatin1String("application/protobuf") && m_protocol != QLatin1String("$SRV");
    entry.insert(QStringLiteral("contentType"), protobuf ? QStringLiteral("application/protobuf") : QStringLiteral("application/json"));
    return entry;
}

void CallController::send()
{
    if (!canSend())
        return;
    std::vector<std::pair<std::string, std::string>> headerPairs;
    parseHeaders(m_headers, &headerPairs, nullptr);
    m_busy = true;
    Q_EMIT busyChanged();
    Q_EMIT canSendChanged();

    QJsonObject entry = requestEntry();
    const bool srv = m_protocol == QLatin1String("$SRV");
    const QString bodyFile = sendsBodyFile() ? m_bodyFile : QString();
    micro::CallRequest request;
    request.service = m_service.toStdString();
    request.endpoint = m_endpoint.toStdString();
    request.body = compactJson(m_body).toStdString();
    request.timeout = std::chrono::milliseconds(m_timeoutMs);
    request.nodeId = m_node.toStdString();
    for (auto &[k, v] : headerPairs)
        request.headers[k] = v;
    const std::string subject = m_srvSubject.toStdString();
    // Protobuf: the JSON is encoded with the endpoint's request type on the pool thread; the
    // reply is decoded there with its response type.
    const proto::SchemaSetPtr schemas = m_session->schemas()->current();
    const std::string requestType = m_requestType.toStdString(), responseType = m_responseType.toStdString();
    const bool protobuf = m_contentType == QLatin1String("application/protobuf") && !srv;
    request.contentType = protobuf ? "application/protobuf" : "application/json";
    std::shared_ptr<micro::RpcClient> rpc = m_session->rpcClient();
    std::shared_ptr<nats::Connection> connection = m_session->connection();
    QPointer<CallController> self(this);
    QThreadPool::globalInstance()->start([=]() mutable {
        micro::CallResult result;
        if (!bodyFile.isEmpty()) {
            QFile file(bodyFile);
            if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBodyFileBytes) {
                result.error.kind = micro::RpcError::Kind::Malformed;
                result.error.detail = tr("%1 cannot be read: %2").arg(bodyFile, file.errorString()).toStdString();
                const QVariantMap response = describeResult(result, srv);
                QMetaObject::invokeMethod(self.data(), [self, response, entry] { if (self) self->finish(response, entry); },
                                          Qt::QueuedConnection);
                return;
            }
            request.body = file.readAll().toStdString();
        }
        if (protobuf) {
            const auto encoded = proto::ProtoCodec::fromJson(*schemas, schemas->findMessage(requestType), request.body);
            if (!encoded.ok()) {
                result.error.kind = micro::RpcError::Kind::Malformed;
                result.error.detail = encoded.error;
                const QVariantMap response = describeResult(result, srv);
                QMetaObject::invokeMethod(self.data(), [self, response, entry] { if (self) self->finish(response, entry); },
                                          Qt::QueuedConnection);
                return;
            }
            request.body = encoded.data;
        }
        try {
            result = srv ? srv::callEndpoint(*connection, subject, request.body, request.headers, request.timeout)
                         : rpc->call(request);
        } catch (const std::exception &e) {
            result.error.kind = micro::RpcError::Kind::Connection;
            result.error.detail = e.what();
        }
        QVariantMap response = describeResult(result, srv, schemas, responseType);
        QMetaObject::invokeMethod(
            self.data(),
            [self, response, entry] {
                if (self)
                    self->finish(response, entry);
            },
            Qt::QueuedConnection);
    });
}

void CallController::finish(const QVariantMap &response, const QJsonObject &request)
{
    m_busy = false;
    m_response = response;
    Q_EMIT busyChanged();
    Q_EMIT canSendChanged();
    Q_EMIT responseChanged();
    if (!m_history)
        return;
    QJsonObject entry = request;
    entry.insert(QStringLiteral("ok"), response.value(QStringLiteral("ok")).toBool());
    entry.insert(QStringLiteral("status"), response.value(QStringLiteral("statusText")).toString());
    entry.insert(QStringLiteral("latencyMs"), response.value(QStringLiteral("latencyMs")).toDouble());
    entry.insert(QStringLiteral("at"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    m_history->add(entry);
}

void CallController::load(const QVariantMap &call, bool sendNow)
{
    if (call.isEmpty())
        return;
    setService(call.value(QStringLiteral("service")).toString());
    setEndpoint(call.value(QStringLiteral("endpoint")).toString());
    setNode(call.value(QStringLiteral("node")).toString());
    // The call as it was made: a protobuf call is run again in protobuf (older entries have none).
    if (const QString contentType = call.value(QStringLiteral("contentType")).toString(); !contentType.isEmpty())
        setContentType(contentType);
    setHeaders(call.value(QStringLiteral("headers")).toString());
    setBodyFile(call.value(QStringLiteral("bodyFile")).toString());
    if (call.contains(QStringLiteral("timeoutMs")))
        setTimeoutMs(call.value(QStringLiteral("timeoutMs")).toInt());
    setBody(call.value(QStringLiteral("body")).toString());
    if (sendNow)
        send();
}

void CallController::copyCommand(const QString &kind) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(command(kind));
}

} // namespace switchboard::gui
