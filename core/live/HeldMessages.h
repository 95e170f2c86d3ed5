#pragma once
// Messages a list is showing, kept whole after the traffic ring has let them go. At 100 000
// msgs/s the ring turns over in a tenth of a second, so a row clicked a moment after it was drawn
// would be gone; the list's last two batches of rows are held here (two: the sampler may fetch a
// newer batch between the one drawn and the click), up to a byte budget. Not thread-safe: the
// traffic monitor uses it under its own lock.

#include <cstdint>
#include <unordered_map>

#include "TrafficMonitor.h"

namespace switchboard::live {

class HeldMessages {
public:
    explicit HeldMessages(size_t maxBytes) : m_maxBytes(maxBytes) {}

    /// A new batch of rows: what hold() keeps from now on; the previous batch stays findable, the
    /// one before it is let go.
    void beginBatch();
    /// Keeps `m` in this batch: moved over when an earlier batch holds it, else copied while the
    /// batch is within its half of the budget.
    void hold(const RecordedMessage &m);
    [[nodiscard]] const RecordedMessage *find(uint64_t sequence) const;
    [[nodiscard]] size_t count() const { return m_current.size() + m_previous.size(); }
    void clear();

private:
    using Batch = std::unordered_map<uint64_t, RecordedMessage>;
    size_t m_maxBytes;
    Batch m_current, m_previous;
    size_t m_currentBytes = 0;
};

} // namespace switchboard::live
