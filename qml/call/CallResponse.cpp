#include "CallController.h"

#include <nlohmann/json.hpp>

#include "CallHistory.h"
#include "CoreStrings.h"
#include "PayloadText.h"
#include "Session.h"
#include "micro/RpcTypes.h"

// How a call's result is shown: status, error fields, and the body as pretty JSON, text (cut at
// 256 KiB with a note) or a hex dump (PayloadText). Runs on the pool thread that made the call.

namespace switchboard::gui {

QVariantMap CallController::describeResult(const micro::CallResult &r, bool srv)
{
    QVariantMap m;
    const qint64 size = qint64(r.body.size());
    m[QStringLiteral("ok")] = r.ok();
    m[QStringLiteral("kind")] = QString::fromLatin1(micro::kindName(r.error.kind));
    m[QStringLiteral("latencyMs")] = double(r.latency.count()) / 1000.0;
    m[QStringLiteral("size")] = size;
    m[QStringLiteral("node")] = q(r.nodeId);
    QStringList headerLines;
    for (const auto &[k, v] : r.header)
        headerLines << q(k) + QStringLiteral(": ") + q(v);
    m[QStringLiteral("headers")] = headerLines.join(u'\n');
    if (!r.ok()) {
        m[QStringLiteral("errorId")] = q(r.error.id);
        m[QStringLiteral("errorCode")] = r.error.code;
        m[QStringLiteral("errorStatus")] = q(r.error.status);
        m[QStringLiteral("errorDetail")] = q(r.error.detail.empty() ? r.error.message() : r.error.detail);
        m[QStringLiteral("statusText")] =
            r.error.code ? QStringLiteral("%1 %2").arg(r.error.code).arg(q(r.error.status)) : q(r.error.message());
    } else {
        m[QStringLiteral("statusText")] = srv ? tr("OK") : tr("200 OK");
    }
    // The body: pretty JSON, text, or a hex dump; cut to what a text view can hold.
    const ShownPayload shown = showPayload(r.body);
    m[QStringLiteral("binary")] = shown.binary;
    m[QStringLiteral("body")] = shown.text;
    m[QStringLiteral("bodyNote")] = shown.note;
    return m;
}

} // namespace switchboard::gui
