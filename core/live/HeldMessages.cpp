#include "HeldMessages.h"

namespace switchboard::live {

namespace {
size_t bytesOf(const RecordedMessage &m)
{
    return m.payload.size() + m.subject.size() + m.reply.size() + 64;
}
} // namespace

void HeldMessages::beginBatch()
{
    m_previous = std::move(m_current);
    m_current.clear();
    m_currentBytes = 0;
}

void HeldMessages::hold(const RecordedMessage &m)
{
    if (m_current.contains(m.sequence))
        return;
    if (auto it = m_previous.find(m.sequence); it != m_previous.end()) {
        m_currentBytes += bytesOf(it->second);
        m_current.emplace(m.sequence, std::move(it->second));
        m_previous.erase(it);
        return;
    }
    const size_t bytes = bytesOf(m);
    if (m_currentBytes + bytes > m_maxBytes / 2)
        return; // the row stays in the list; inspecting it after the ring let it go says so
    m_currentBytes += bytes;
    m_current.emplace(m.sequence, m);
}

const RecordedMessage *HeldMessages::find(uint64_t sequence) const
{
    for (const Batch *batch : {&m_current, &m_previous})
        if (auto it = batch->find(sequence); it != batch->end())
            return &it->second;
    return nullptr;
}

void HeldMessages::clear()
{
    m_current.clear();
    m_previous.clear();
    m_currentBytes = 0;
}

} // namespace switchboard::live
