#include "EnvelopeFastPath.h"

#include <cstring>

#include "Base64.h"
#include "EnvelopeView.h"
#include "JsonRead.h"
#include "PlainRun.h"

namespace switchboard::micro {
namespace {

class Cursor {
public:
    explicit Cursor(std::string_view s) : m_s(s) {}

    void skipSpace()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_i < m_s.size() && m_s[m_i] == c;
    }
    bool eatLiteral(std::string_view word)
    {
        skipSpace();
        if (m_s.substr(m_i, word.size()) != word)
            return false;
        m_i += word.size();
        return true;
    }
    [[nodiscard]] bool atEnd()
    {
        skipSpace();
        return m_i == m_s.size();
    }

    /// A string with no escapes, as keys and base64 bodies are: a view into the input.
    std::optional<std::string_view> plainString()
    {
        if (!eat('"'))
            return std::nullopt;
        const size_t start = m_i;
        m_i = plainrun::end<plainrun::Set::Json>(m_s, m_i);
        if (m_i == m_s.size() || m_s[m_i] != '"')
            return std::nullopt; // escapes and non-ASCII: leave it to the full decoder
        return m_s.substr(start, m_i++ - start);
    }

    /// The raw bytes up to the next quote: a base64 body, which base64::decode then validates
    /// (its alphabet has no backslash, control or non-ASCII byte, so nothing to unescape).
    std::optional<std::string_view> rawStringUpToQuote()
    {
        if (!eat('"'))
            return std::nullopt;
        const void *quote = std::memchr(m_s.data() + m_i, '"', m_s.size() - m_i);
        if (!quote)
            return std::nullopt;
        const size_t start = m_i;
        m_i = static_cast<size_t>(static_cast<const char *>(quote) - m_s.data()) + 1;
        return m_s.substr(start, m_i - 1 - start);
    }

    /// A string's text: a view into the input when it has no escapes (header keys and values
    /// almost never do: no copy), else decoded and kept by the view. nullopt for anything
    /// nlohmann would reject.
    std::optional<std::string_view> text(EnvelopeView &view, std::string &scratch)
    {
        if (!peek('"'))
            return std::nullopt;
        const size_t end = plainrun::end<plainrun::Set::Json>(m_s, m_i + 1);
        if (end < m_s.size() && m_s[end] == '"') {
            const std::string_view plain = m_s.substr(m_i + 1, end - m_i - 1);
            m_i = end + 1;
            return plain;
        }
        if (!string(scratch))
            return std::nullopt;
        return view.keep(scratch);
    }

    /// A string with escapes decoded; nullopt for anything nlohmann would reject.
    bool string(std::string &out)
    {
        out.clear();
        if (!eat('"'))
            return false;
        while (m_i < m_s.size()) {
            // Plain runs (most header values are nothing else) are appended at once.
            const size_t run = plainrun::end<plainrun::Set::Json>(m_s, m_i);
            out.append(m_s.data() + m_i, run - m_i);
            m_i = run;
            if (m_i == m_s.size())
                return false;
            const auto c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                const size_t n = utf8Length(m_i);
                if (n == 0)
                    return false;
                out.append(m_s.substr(m_i, n));
                m_i += n;
                continue;
            }
            if (++m_i >= m_s.size())
                return false;
            const char e = m_s[m_i++];
            switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                uint32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint32_t low = 0;
                    if (m_s.substr(m_i, 2) != "\\u")
                        return false;
                    m_i += 2;
                    if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

private:
    bool hex4(uint32_t &v)
    {
        if (m_i + 4 > m_s.size())
            return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = m_s[m_i++];
            v <<= 4;
            if (h >= '0' && h <= '9')
                v |= static_cast<uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f')
                v |= static_cast<uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                v |= static_cast<uint32_t>(h - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    static void appendUtf8(std::string &out, uint32_t cp)
    {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    /// Length of a valid UTF-8 sequence at i (strict: no overlongs, surrogates, > U+10FFFF), or 0.
    size_t utf8Length(size_t i) const
    {
        const auto b = [&](size_t k) { return i + k < m_s.size() ? static_cast<unsigned char>(m_s[i + k]) : 0u; };
        const unsigned c0 = b(0);
        auto cont = [&](size_t k) { return (b(k) & 0xC0) == 0x80; };
        if (c0 >= 0xC2 && c0 <= 0xDF)
            return cont(1) ? 2 : 0;
        if (c0 >= 0xE0 && c0 <= 0xEF) {
            if (!cont(1) || !cont(2))
                return 0;
            if ((c0 == 0xE0 && b(1) < 0xA0) || (c0 == 0xED && b(1) > 0x9F))
                return 0;
            return 3;
        }
        if (c0 >= 0xF0 && c0 <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return 0;
            if ((c0 == 0xF0 && b(1) < 0x90) || (c0 == 0xF4 && b(1) > 0x8F))
                return 0;
            return 4;
        }
        return 0;
    }

    std::string_view m_s;
    size_t m_i = 0;
};

} // namespace

bool decodeEnvelopeFast(std::string_view json, EnvelopeView &out)
{
    // Envelopes with more headers than this go to the reference decoder: duplicates are found by
    // a linear search, which must stay short whatever a sender puts in.
    constexpr size_t kMaxHeaders = 64;
    out.clear();
    Cursor in(json);
    bool sawHeader = false, sawBody = false;
    if (!in.eat('{'))
        return false;
    if (in.eat('}'))
        return in.atEnd();
    std::string scratch;
    do {
        const auto key = in.plainString();
        if (!key || !in.eat(':'))
            return false;
        if (jsonread::keyIs(*key, "Header") && !sawHeader) {
            sawHeader = true;
            if (in.eatLiteral("null"))
                continue;
            if (!in.eat('{'))
                return false;
            if (in.eat('}'))
                continue;
            do {
                const auto k = in.text(out, scratch);
                if (!k || !in.eat(':'))
                    return false;
                std::string_view v;
                if (!in.eatLiteral("null")) {
                    const auto t = in.text(out, scratch);
                    if (!t)
                        return false;
                    v = *t;
                }
                if (out.header().size() == kMaxHeaders || !out.addHeader(*k, v))
                    return false; // duplicate key: the full decoder knows the rules
            } while (in.eat(','));
            if (!in.eat('}'))
                return false;
        } else if (jsonread::keyIs(*key, "Body") && !sawBody) {
            sawBody = true;
            if (in.eatLiteral("null"))
                continue;
            const auto text = in.rawStringUpToQuote();
            // Escapes ("\/") and raw line breaks (invalid JSON) fail here and go to the full
            // decoder, as does invalid base64 (the full decoder reports it).
            if (!text || !base64::decodeInto(*text, out.bodyBuffer(), base64::LineBreaks::Reject))
                return false;
            out.setBodyNull(false);
        } else {
            return false; // unknown or repeated key
        }
    } while (in.eat(','));
    return in.eat('}') && in.atEnd();
}

std::optional<Envelope> decodeEnvelopeFast(std::string_view json)
{
    // One view per thread: its entry list keeps its capacity, so the RPC paths, which decode
    // into owning Envelopes, pay no allocation for it. Moving the Envelope out leaves it empty.
    thread_local EnvelopeView view;
    if (!decodeEnvelopeFast(json, view)) {
        view = EnvelopeView(); // a half-decoded body is not kept for the thread's lifetime
        return std::nullopt;
    }
    return std::move(view).toEnvelope();
}

} // namespace switchboard::micro
