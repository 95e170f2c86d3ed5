#pragma once
// A value handed from one thread to another exactly once, with a deadline for the receiver.
// Used instead of std::promise on the RPC path: libstdc++'s promise sets its value through
// std::call_once, and glibc's pthread_once makes a futex syscall every time, whether or not anyone
// waits — a quarter of the RPC benchmark's futex calls (perf, docs/performance.md). A condition
// variable only enters the kernel when a thread is actually waiting.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace switchboard::util {

template <typename T>
class OneShot {
public:
    /// Stores the value unless one was stored before; returns whether this call stored it.
    bool set(T value)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_value)
                return false;
            m_value = std::move(value);
        }
        m_ready.notify_one();
        return true;
    }

    /// The value, once it is there; nullopt when the deadline passes first.
    template <typename Clock, typename Duration>
    std::optional<T> takeUntil(std::chrono::time_point<Clock, Duration> deadline)
    {
        std::unique_lock lock(m_mutex);
        if (!m_ready.wait_until(lock, deadline, [this] { return m_value.has_value(); }))
            return std::nullopt;
        return std::move(m_value);
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::optional<T> m_value;
};

} // namespace switchboard::util
