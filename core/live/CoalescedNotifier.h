#pragma once
// Turns many change reports from any thread into one queued call on the target's thread: while a
// notification waits in the event queue, further reports join it. Keeps per-message work off the
// GUI thread (ARCHITECTURE.md, threading rule).

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <atomic>
#include <functional>

namespace switchboard::live {

class CoalescedNotifier {
public:
    /// target: the QObject whose thread runs `emitChange`; it must own this notifier.
    CoalescedNotifier(QObject *target, std::function<void()> emitChange)
        : m_emit(std::move(emitChange)), m_relay(this)
    {
        m_relay.moveToThread(target->thread());
    }
    ~CoalescedNotifier() { delete m_spare.load(std::memory_order_acquire); }
    CoalescedNotifier(const CoalescedNotifier &) = delete;
    CoalescedNotifier &operator=(const CoalescedNotifier &) = delete;

    /// Thread-safe.
    void notify()
    {
        // The one spare event is the "nothing queued yet" flag: whoever takes it posts it.
        QEvent *event = m_spare.exchange(nullptr, std::memory_order_acq_rel);
        if (event)
            QCoreApplication::postEvent(&m_relay, event);
    }

private:
    class Relay final : public QObject {
    public:
        explicit Relay(CoalescedNotifier *owner) : m_owner(owner) {}

    protected:
        void customEvent(QEvent *) override { m_owner->deliver(); }

    private:
        CoalescedNotifier *m_owner;
    };

    void deliver()
    {
        m_spare.store(new QEvent(QEvent::User), std::memory_order_release);
        m_emit();
    }

    std::function<void()> m_emit;
    // Made and freed on the target's thread only (Qt frees a delivered event there). Posting a
    // queued lambda instead, the worker allocated the slot object and the GUI thread read and
    // freed it, ordered only by Qt's futex-based queue lock, which ThreadSanitizer cannot see:
    // a reported race (tst_coalesced_notifier) that hid real ones from the TSan run.
    std::atomic<QEvent *> m_spare{new QEvent(QEvent::User)};
    Relay m_relay; // last: destroyed first, which drops a pending event with it
};

} // namespace switchboard::live
