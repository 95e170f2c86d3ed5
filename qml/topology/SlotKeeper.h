#pragma once
// Places that stay: each key keeps its slot (a cell of a grid, a dot in a box) while it is
// present; a newcomer takes the lowest free slot, so nothing already placed moves when others
// come and go. compact() renumbers in a given order: only a reflow the user asked for (Fit after
// a change of shape) or a new level does that.

#include <QString>

#include <map>
#include <set>
#include <vector>

namespace switchboard::gui {

class SlotKeeper {
public:
    /// Keeps the slots of `present` (in this order for newcomers) and frees the others'.
    /// Returns the slot of each present key, in the order given.
    std::vector<int> assign(const std::vector<QString> &present)
    {
        std::set<QString> keep(present.begin(), present.end());
        for (auto it = m_slots.begin(); it != m_slots.end();)
            it = keep.count(it->first) ? std::next(it) : m_slots.erase(it);
        std::set<int> used;
        for (const auto &[key, slot] : m_slots)
            used.insert(slot);
        std::vector<int> out;
        out.reserve(present.size());
        int free = 0;
        for (const QString &key : present) {
            auto it = m_slots.find(key);
            if (it == m_slots.end()) {
                while (used.count(free))
                    ++free;
                it = m_slots.emplace(key, free).first;
                used.insert(free);
            }
            out.push_back(it->second);
        }
        return out;
    }

    /// Slots 0, 1, 2… in the given order (holes closed).
    void compact(const std::vector<QString> &order)
    {
        m_slots.clear();
        for (size_t i = 0; i < order.size(); ++i)
            m_slots.emplace(order[i], int(i));
    }

    [[nodiscard]] bool empty() const { return m_slots.empty(); }
    [[nodiscard]] int highest() const
    {
        int h = -1;
        for (const auto &[key, slot] : m_slots)
            h = std::max(h, slot);
        return h;
    }

private:
    std::map<QString, int> m_slots;
};

} // namespace switchboard::gui
