#include "CallController.h"

#include <nlohmann/json.hpp>

#include "CallHistory.h"
#include "CoreStrings.h"
#include "Session.h"
#include "micro/RpcTypes.h"

// How a call's result is shown: status, error fields, and the body as pretty JSON, text (cut at
// 256 KiB with a note) or a hex dump. Runs on the pool thread that made the call.

namespace switchboard::gui {

namespace {

constexpr int kShownBodyBytes = 256 * 1024; // a response beyond this is shown cut, with a note


/// Shown as hex rather than text: control bytes other than whitespace, or invalid UTF-8.
bool looksBinary(const std::string &s)
{
    for (unsigned char c : s)
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return true;
    return !QUtf8StringView(s.data(), qsizetype(s.size())).isValidUtf8();
}

QString hexDump(const std::string &s, size_t max)
{
    QString out;
    for (size_t off = 0; off < std::min(s.size(), max); off += 16) {
        out += QStringLiteral("%1  ").arg(off, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (size_t i = off; i < off + 16; ++i) {
            if (i < s.size()) {
                const unsigned char c = (unsigned char)s[i];
                out += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 0x20 && c < 0x7f ? QChar(char16_t(c)) : QChar(u'.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

} // namespace

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
    const bool binary = looksBinary(r.body);
    m[QStringLiteral("binary")] = binary;
    QString shown, note;
    if (binary) {
        shown = hexDump(r.body, 4096);
        note = tr("binary, %1 bytes; the first %2 shown as hex").arg(size).arg(std::min<qint64>(size, 4096));
    } else {
        const auto parsed = nlohmann::json::parse(r.body, nullptr, false);
        std::string text = parsed.is_discarded() ? r.body : parsed.dump(2);
        if (text.size() > size_t(kShownBodyBytes)) {
            note = tr("%1 bytes; the first %2 KiB shown").arg(size).arg(kShownBodyBytes / 1024);
            text.resize(size_t(kShownBodyBytes));
            while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
                text.pop_back(); // do not cut a UTF-8 sequence in half
            if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0)
                text.pop_back();
        }
        shown = q(text);
    }
    m[QStringLiteral("body")] = shown;
    m[QStringLiteral("bodyNote")] = note;
    return m;
}

} // namespace switchboard::gui
