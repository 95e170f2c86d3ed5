#include "EnvelopeView.h"

#include <algorithm>

#include "EnvelopeFastPath.h"

namespace switchboard::micro {

void EnvelopeView::decode(std::string_view json)
{
    if (decodeEnvelopeFast(json, *this))
        return;
    clear();
    assign(decodeEnvelopeReference(json)); // throws for what Go rejects, with the reason
}

std::optional<std::string_view> EnvelopeView::get(std::string_view key) const
{
    const auto it = std::find_if(m_header.begin(), m_header.end(), [&](const Entry &e) { return e.first == key; });
    return it == m_header.end() ? std::nullopt : std::optional<std::string_view>(it->second);
}

Envelope EnvelopeView::toEnvelope() const &
{
    return Envelope{ownedHeader(), m_body, m_bodyNull};
}

Envelope EnvelopeView::toEnvelope() &&
{
    Envelope e{ownedHeader(), std::move(m_body), m_bodyNull};
    clear();
    return e;
}

Header EnvelopeView::ownedHeader() const
{
    Header header;
    for (const auto &[key, value] : m_header)
        header.try_emplace(std::string(key), value);
    return header;
}

void EnvelopeView::clear()
{
    // The body buffer is reused, unless an unusually large body made it grow: that memory is
    // given back rather than held by the subscription.
    constexpr size_t kKeptCapacity = 1 << 20;
    m_header.clear();
    m_kept.clear();
    if (m_body.capacity() > kKeptCapacity)
        std::string().swap(m_body);
    m_body.clear();
    m_bodyNull = true;
}

bool EnvelopeView::addHeader(std::string_view key, std::string_view value)
{
    // Linear: envelopes carry a handful of headers (the fast path leaves long lists to the
    // reference decoder, so this stays cheap).
    for (const Entry &e : m_header)
        if (e.first == key)
            return false;
    m_header.emplace_back(key, value);
    return true;
}

std::string_view EnvelopeView::keep(std::string_view text)
{
    m_kept.emplace_front(text);
    return m_kept.front();
}

void EnvelopeView::assign(Envelope &&owned)
{
    for (auto &[key, value] : owned.header)
        m_header.emplace_back(keep(key), keep(value));
    m_body = std::move(owned.body);
    m_bodyNull = owned.bodyNull;
}

} // namespace switchboard::micro
