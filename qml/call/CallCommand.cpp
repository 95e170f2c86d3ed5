#include "CallController.h"

#include <nlohmann/json.hpp>

#include "CallHistory.h"
#include "CoreStrings.h"
#include "SchemaLibrary.h"
#include "Session.h"

// "Copy as command": the call on the Call page as switchboard-cli, go-micro's micro CLI or natscli.

namespace switchboard::gui {

namespace {


QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

} // namespace

QString CallController::compactJson(const QString &text)
{
    const nlohmann::json v = nlohmann::json::parse(text.toStdString(), nullptr, false);
    return v.is_discarded() ? text : q(v.dump());
}

QString CallController::command(const QString &kind) const
{
    const QString body = compactJson(m_body);
    std::vector<std::pair<std::string, std::string>> headerPairs;
    parseHeaders(m_headers, &headerPairs, nullptr);
    QString server;
    if (m_session && !m_session->serverUrl().isEmpty())
        server = QStringLiteral(" --server ") + shellQuote(m_session->serverUrl());
    const double seconds = m_timeoutMs / 1000.0;
    if (kind == QLatin1String("micro")) {
        // go-micro's CLI reads its plugins from the environment (MICRO_REGISTRY, MICRO_TRANSPORT).
        const QString url = shellQuote(m_session && !m_session->serverUrl().isEmpty() ? m_session->serverUrl()
                                                                                     : QStringLiteral("nats://127.0.0.1:4222"));
        QString out = QStringLiteral("MICRO_REGISTRY=nats MICRO_REGISTRY_ADDRESS=%1 MICRO_TRANSPORT=nats "
                                     "MICRO_TRANSPORT_ADDRESS=%1 micro call %2 %3 %4")
                          .arg(url, m_service, m_endpoint, shellQuote(body));
        return out;
    }
    if (kind == QLatin1String("nats")) {
        QString out = QStringLiteral("nats req");
        if (m_session && !m_session->serverUrl().isEmpty())
            out += QStringLiteral(" --server ") + shellQuote(m_session->serverUrl());
        for (const auto &[k, v] : headerPairs)
            out += QStringLiteral(" -H ") + shellQuote(q(k) + u':' + q(v));
        out += QStringLiteral(" --timeout %1s %2 %3").arg(seconds).arg(shellQuote(m_srvSubject), shellQuote(body));
        return out;
    }
    // A $SRV body from a file goes as the file, not as the editor's JSON.
    QString out = QStringLiteral("switchboard-cli") + server + QStringLiteral(" call %1 %2 %3")
                      .arg(m_service, m_endpoint,
                           sendsBodyFile() ? QStringLiteral("--body-file ") + shellQuote(m_bodyFile) : shellQuote(body));
    if (!m_node.isEmpty())
        out += QStringLiteral(" --node ") + shellQuote(m_node);
    for (const auto &[k, v] : headerPairs)
        out += QStringLiteral(" -H ") + shellQuote(q(k) + u'=' + q(v));
    if (m_timeoutMs != 5000)
        out += QStringLiteral(" --timeout %1s").arg(seconds);
    if (!m_requestType.isEmpty() && m_session) {
        // The same schemas the page uses, so the CLI matches the endpoint as the page did.
        const ProtoSettings &proto = m_session->schemas()->settings();
        for (const QString &p : proto.protoPaths + proto.descriptorSets)
            out += QStringLiteral(" --proto ") + shellQuote(p);
        for (const QString &p : proto.importPaths)
            out += QStringLiteral(" --import-path ") + shellQuote(p);
        if (!proto.methods.value(endpointKey(m_service, m_endpoint)).isEmpty())
            out += QStringLiteral(" --message ") + shellQuote(m_requestType);
        if (m_contentType == QLatin1String("application/protobuf"))
            out += QStringLiteral(" --content-type protobuf");
    }
    return out;
}

} // namespace switchboard::gui
