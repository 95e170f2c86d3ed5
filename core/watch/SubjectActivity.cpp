#include "SubjectActivity.h"

namespace switchboard::watch {

bool SubjectActivity::announces(const std::string &subject)
{
    // The system's own traffic (server, JetStream, $SRV discovery, replies, the go-micro
    // registry's queries and watches) comes and goes with whoever is looking: not news. Nor is
    // the bucket of a monitor past its subject cap.
    for (const char *prefix : {"$", "_INBOX.", "micro.registry.", "micro.nats.", "("})
        if (subject.rfind(prefix, 0) == 0)
            return false;
    return true;
}

std::vector<JournalEvent> SubjectActivity::windowClosed(const std::map<std::string, uint64_t> &messages, int64_t endMs)
{
    std::vector<JournalEvent> events;
    const auto event = [&](EventKind kind, const std::string &subject, uint64_t count) {
        JournalEvent e;
        e.atMs = endMs;
        e.kind = kind;
        e.subject = QString::fromStdString(subject);
        e.value = double(count);
        events.push_back(std::move(e));
    };
    for (const auto &[subject, count] : messages) {
        if (count == 0 || !announces(subject))
            continue;
        const auto it = m_silentWindows.find(subject);
        if ((it == m_silentWindows.end() && m_haveWindow) || (it != m_silentWindows.end() && it->second >= kSilentWindows))
            event(EventKind::SubjectStarted, subject, count);
        m_silentWindows[subject] = 0;
    }
    for (auto &[subject, silent] : m_silentWindows) {
        const auto it = messages.find(subject);
        if ((it == messages.end() || it->second == 0) && ++silent == kSilentWindows)
            event(EventKind::SubjectStopped, subject, 0);
    }
    m_haveWindow = true;
    return events;
}

void SubjectActivity::reset()
{
    m_silentWindows.clear();
    m_haveWindow = false;
}

} // namespace switchboard::watch
