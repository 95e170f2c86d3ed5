#pragma once
// A decoded go-micro envelope that borrows from the message it was decoded from: header keys and
// values are views of the input (only escaped text is copied), the body is decoded into a buffer
// the view keeps. Decoding into the same view again reuses its storage, so a subscriber that keeps
// one view decodes every message without allocating. An Envelope (owning, header in a std::map)
// costs three map nodes, two long strings and the body per broker event; that was most of a
// subscriber's time (docs/performance.md).

#include <forward_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "Envelope.h"

namespace switchboard::micro {

class EnvelopeView {
public:
    using Entry = std::pair<std::string_view, std::string_view>;

    EnvelopeView() = default;
    // A copy would point into the original's buffers; moving keeps every view valid.
    EnvelopeView(const EnvelopeView &) = delete;
    EnvelopeView &operator=(const EnvelopeView &) = delete;
    EnvelopeView(EnvelopeView &&) = default;
    EnvelopeView &operator=(EnvelopeView &&) = default;

    /// Decodes json, which must stay alive and unchanged while the view is used. Throws
    /// DecodeError (the reference decoder's message) for anything Go would reject; then the view
    /// is empty.
    void decode(std::string_view json);

    /// Header entries, each key once, in no particular order.
    [[nodiscard]] std::span<const Entry> header() const { return m_header; }
    /// The value for key (exact match, as Go's map), or nullopt.
    [[nodiscard]] std::optional<std::string_view> get(std::string_view key) const;
    [[nodiscard]] std::string_view body() const { return m_body; }
    [[nodiscard]] bool bodyNull() const { return m_bodyNull; }
    /// An owning copy, equal to what decodeEnvelope returns for the same input.
    [[nodiscard]] Envelope toEnvelope() const &;
    /// The same, moving the body out.
    [[nodiscard]] Envelope toEnvelope() &&;

    // The decoder's side (EnvelopeFastPath.cpp).
    void clear();
    /// Adds an entry; false when the key is already there.
    bool addHeader(std::string_view key, std::string_view value);
    /// Keeps text that is not in the input (an unescaped string) for as long as the view holds it.
    std::string_view keep(std::string_view text);
    std::string &bodyBuffer() { return m_body; }
    void setBodyNull(bool null) { m_bodyNull = null; }

private:
    void assign(Envelope &&owned);
    [[nodiscard]] Header ownedHeader() const;

    std::vector<Entry> m_header;
    // A list: adding text never moves what earlier views point at, and an empty one allocates
    // nothing (libstdc++'s deque does).
    std::forward_list<std::string> m_kept;
    std::string m_body;
    bool m_bodyNull = true;
};

} // namespace switchboard::micro
