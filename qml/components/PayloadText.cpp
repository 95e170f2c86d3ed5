#include "PayloadText.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "CoreStrings.h"

namespace switchboard::gui {

namespace {
constexpr size_t kShownTextBytes = 256 * 1024; // a text view beyond this gets slow: cut, with a note
constexpr size_t kShownHexBytes = 4096;
} // namespace

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

ShownPayload showPayload(const std::string &bytes, size_t size)
{
    ShownPayload shown;
    if (size == SIZE_MAX)
        size = bytes.size();
    // A cut copy can end inside a UTF-8 sequence; judge the text by what is whole.
    std::string probe = bytes;
    if (size > bytes.size())
        while (!probe.empty() && (static_cast<unsigned char>(probe.back()) & 0x80))
            probe.pop_back();
    shown.binary = looksBinary(probe);
    if (shown.binary) {
        shown.text = hexDump(bytes, kShownHexBytes);
        shown.note = QCoreApplication::translate("PayloadText", "binary, %1 bytes; the first %2 shown as hex").arg(size).arg(std::min(size, kShownHexBytes));
        return shown;
    }
    const nlohmann::json parsed = size == bytes.size() ? nlohmann::json::parse(bytes, nullptr, false) : nlohmann::json(nlohmann::json::value_t::discarded);
    shown.json = !parsed.is_discarded();
    std::string text = shown.json ? parsed.dump(2) : probe;
    if (text.size() > kShownTextBytes || size > bytes.size()) {
        const size_t keep = std::min(text.size(), kShownTextBytes);
        shown.note = QCoreApplication::translate("PayloadText", "%1 bytes; the first %2 KiB shown").arg(size).arg(keep / 1024);
        text.resize(keep);
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
            text.pop_back(); // do not cut a UTF-8 sequence in half
        if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0)
            text.pop_back();
    }
    shown.text = q(text);
    return shown;
}

} // namespace switchboard::gui
