#pragma once
// Turns many change reports from any thread into one queued call on the target's thread: while a
// notification waits in the event queue, further reports join it. Keeps per-message work off the
// GUI thread (ARCHITECTURE.md, threading rule).

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <functional>

namespace switchboard::live {

class CoalescedNotifier {
public:
    /// target: the QObject whose thread runs `emitChange`; it must own this notifier.
    CoalescedNotifier(QObject *target, std::function<void()> emitChange)
        : m_target(target), m_emit(std::move(emitChange)) {}

    /// Thread-safe.
    void notify()
    {
        if (m_queued.exchange(true))
            return;
        QMetaObject::invokeMethod(
            m_target,
            [this] {
                m_queued = false;
                m_emit();
            },
            Qt::QueuedConnection);
    }

private:
    QObject *m_target;
    std::function<void()> m_emit;
    std::atomic<bool> m_queued{false};
};

} // namespace switchboard::live
