#pragma once
// The Call page: the target (service → endpoint → node), the request (form, JSON, headers,
// timeout), sending it off the GUI thread, the response (pretty JSON, headers, status, latency,
// decoded go-micro or $SRV errors), the history, and "copy as command".

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "CallFormModel.h"
#include "proto/SchemaSet.h"

namespace switchboard::micro {
struct CallResult;
}

namespace switchboard::gui {

class Session;
class CallHistory;
// moc's code for the pointer properties needs the whole classes; this header does not.
Q_MOC_INCLUDE("Session.h")
Q_MOC_INCLUDE("CallHistory.h")

class CallController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(switchboard::gui::CallHistory *history READ history WRITE setHistory NOTIFY sessionChanged)
    Q_PROPERTY(QStringList services READ services NOTIFY targetsChanged)
    Q_PROPERTY(QStringList endpoints READ endpoints NOTIFY targetsChanged)
    Q_PROPERTY(QStringList nodes READ nodes NOTIFY targetsChanged)
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY targetChanged)
    Q_PROPERTY(QString endpoint READ endpoint WRITE setEndpoint NOTIFY targetChanged)
    Q_PROPERTY(QString node READ node WRITE setNode NOTIFY targetChanged)
    Q_PROPERTY(QString protocol READ protocol NOTIFY targetChanged)
    Q_PROPERTY(QString schemaNote READ schemaNote NOTIFY targetChanged)
    Q_PROPERTY(switchboard::gui::CallFormModel *form READ form CONSTANT)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY bodyChanged)
    Q_PROPERTY(QString bodyError READ bodyError NOTIFY bodyChanged)
    Q_PROPERTY(QString headers READ headers WRITE setHeaders NOTIFY headersChanged)
    Q_PROPERTY(QString headersError READ headersError NOTIFY headersChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool canSend READ canSend NOTIFY canSendChanged)
    Q_PROPERTY(QVariantMap response READ response NOTIFY responseChanged)
    /// "application/json" or "application/protobuf" (remembered per endpoint in the profile).
    Q_PROPERTY(QString contentType READ contentType WRITE setContentType NOTIFY targetChanged)
    /// The endpoint's request type in the profile's .proto schemas ("" when none describes it).
    Q_PROPERTY(QString requestType READ requestType NOTIFY targetChanged)
    Q_PROPERTY(QString responseType READ responseType NOTIFY targetChanged)
    /// The imported .proto methods a go-micro endpoint can be mapped to, and the one mapped by
    /// hand ("" when matched by name): for endpoints whose names do not fit their .proto.
    /// A $SRV endpoint's body read from a file as it is (protobuf, text or any bytes) instead of
    /// the JSON editor's; empty: the editor's. bodyFileNote says its size or why it cannot be sent.
    Q_PROPERTY(QString bodyFile READ bodyFile WRITE setBodyFile NOTIFY bodyChanged)
    Q_PROPERTY(QString bodyFileNote READ bodyFileNote NOTIFY bodyChanged)
    Q_PROPERTY(bool bodyFileOk READ bodyFileOk NOTIFY bodyChanged)
    Q_PROPERTY(QStringList protoMethods READ protoMethods NOTIFY targetChanged)
    Q_PROPERTY(QString protoMethod READ protoMethod WRITE setProtoMethod NOTIFY targetChanged)
public:
    explicit CallController(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] CallHistory *history() const { return m_history; }
    void setHistory(CallHistory *history);

    [[nodiscard]] QStringList services() const { return m_services; }
    [[nodiscard]] QStringList endpoints() const { return m_endpoints; }
    [[nodiscard]] QStringList nodes() const { return m_nodes; }
    [[nodiscard]] QString service() const { return m_service; }
    void setService(const QString &service);
    [[nodiscard]] QString endpoint() const { return m_endpoint; }
    void setEndpoint(const QString &endpoint);
    [[nodiscard]] QString node() const { return m_node; }
    void setNode(const QString &node);
    [[nodiscard]] QString protocol() const { return m_protocol; }
    /// A $SRV endpoint's request subject ("" for go-micro).
    [[nodiscard]] QString srvSubject() const { return m_srvSubject; }
    [[nodiscard]] QString schemaNote() const { return m_schemaNote; }
    [[nodiscard]] CallFormModel *form() { return &m_form; }
    [[nodiscard]] QString body() const { return m_body; }
    /// From the JSON editor: fills the form too, or says where the text does not fit it.
    void setBody(const QString &body);
    [[nodiscard]] QString bodyError() const { return m_bodyError; }
    [[nodiscard]] QString headers() const { return m_headers; }
    void setHeaders(const QString &headers);
    [[nodiscard]] QString headersError() const { return m_headersError; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool canSend() const;
    /// The last response: ok, kind, statusText, latencyMs, body, bodyNote, headers, size,
    /// binary, errorId, errorCode, errorStatus, errorDetail, node.
    [[nodiscard]] QVariantMap response() const { return m_response; }

    [[nodiscard]] QString contentType() const { return m_contentType; }
    void setContentType(const QString &contentType);
    [[nodiscard]] QString requestType() const { return m_requestType; }
    [[nodiscard]] QString responseType() const { return m_responseType; }
    [[nodiscard]] QString bodyFile() const { return m_bodyFile; }
    void setBodyFile(const QString &path);
    [[nodiscard]] QString bodyFileNote() const { return m_bodyFileNote; }
    [[nodiscard]] bool bodyFileOk() const { return m_bodyFileOk; }
    [[nodiscard]] QStringList protoMethods() const;
    [[nodiscard]] QString protoMethod() const;
    void setProtoMethod(const QString &fullName);

    Q_INVOKABLE void send();
    /// The request as a history entry has it (service … timeoutMs, contentType, bodyFile).
    [[nodiscard]] QJsonObject requestEntry() const;
    /// A history row (or a saved one) back into the editor; with sendNow, sends it again.
    Q_INVOKABLE void load(const QVariantMap &call, bool sendNow = false);
    /// "cli", "micro" or "nats": the same call as a shell command.
    Q_INVOKABLE QString command(const QString &kind) const;
    Q_INVOKABLE void copyCommand(const QString &kind) const;

    /// Header lines "Key: Value" (or Key=Value) → pairs; error names the bad line.
    static bool parseHeaders(const QString &text, std::vector<std::pair<std::string, std::string>> *out, QString *error);
    /// Turns a result into the response map shown by the page (off the GUI thread: pretty-prints;
    /// CallResponse.cpp).
    static QVariantMap describeResult(const micro::CallResult &result, bool srv, const proto::SchemaSetPtr &schemas = {},
                                      const std::string &responseType = {});
    /// The JSON text on one line, or the text itself when it is not JSON.
    static QString compactJson(const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void targetsChanged();
    void targetChanged();
    void bodyChanged();
    void headersChanged();
    void timeoutChanged();
    void busyChanged();
    void canSendChanged();
    void responseChanged();

private:
    void refreshTargets();
    void applySchema();
    void finish(const QVariantMap &response, const QJsonObject &entry);

    QPointer<Session> m_session;
    QPointer<CallHistory> m_history;
    QStringList m_services, m_endpoints, m_nodes;
    QString m_service, m_endpoint, m_node, m_protocol, m_schemaNote, m_srvSubject;
    QString m_mappedMethod; // the endpoint's hand-made .proto mapping, as the form was built with
    QString m_bodyFile, m_bodyFileNote;
    bool m_bodyFileOk = false;
    [[nodiscard]] bool sendsBodyFile() const { return !m_bodyFile.isEmpty() && m_protocol == QLatin1String("$SRV"); }
    /// As the CLI's call --body-file: a larger file is not a request body.
    static constexpr qint64 kMaxBodyFileBytes = qint64(64) << 20;
    CallFormModel m_form;
    QString m_body = QStringLiteral("{}"), m_bodyError, m_headers, m_headersError;
    int m_timeoutMs = 5000;
    bool m_busy = false;
    bool m_syncing = false; // form ↔ JSON updates must not bounce back
    QVariantMap m_response;
    QString m_schemaKey; // service/endpoint whose schema the form holds
    QString m_contentType = QStringLiteral("application/json");
    QString m_requestType, m_responseType; // protobuf message full names, from the session's schemas
};

} // namespace switchboard::gui
