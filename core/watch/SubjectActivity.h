#pragma once
// Which subjects started or stopped carrying messages, window by window: the collector's
// per-minute rollups and the app's Traffic subscriptions (10 s windows) share it. A subject
// stops after kSilentWindows empty windows in a row, so one that carries a message every window
// and a half does not flap; it starts when it carries messages again, or for the first time
// after the baseline window. Only application subjects are news: the system's own traffic comes
// and goes with whoever is looking.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "JournalEvent.h"

namespace switchboard::watch {

class SubjectActivity {
public:
    /// Empty windows in a row before a subject counts as stopped.
    static constexpr int kSilentWindows = 2;

    /// Whether a subject's starting and stopping is journaled (application subjects only).
    [[nodiscard]] static bool announces(const std::string &subject);

    /// A window closed at `endMs` with `messages` per subject (subjects without any may be
    /// left out). The first window after construction or reset() is the baseline: it says
    /// nothing. Events carry the subject, the kind and the window's count as the value.
    std::vector<JournalEvent> windowClosed(const std::map<std::string, uint64_t> &messages, int64_t endMs);
    /// Forgets every subject: the next window is a new baseline (subscriptions changed, a new
    /// connection counts from zero).
    void reset();

private:
    std::map<std::string, int> m_silentWindows; ///< per subject seen: empty windows in a row
    bool m_haveWindow = false;
};

} // namespace switchboard::watch
