#include "PeriodicWorker.h"

namespace switchboard::util {

void PeriodicWorker::start(std::function<void()> task, std::chrono::milliseconds interval)
{
    if (m_thread.joinable())
        return;
    m_task = std::move(task);
    m_interval = interval;
    m_stopping = false;
    m_thread = std::thread([this] {
        for (;;) {
            m_task();
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, m_interval, [this] { return m_stopping || m_triggered; });
            if (m_stopping)
                return;
            m_triggered = false;
        }
    });
}

void PeriodicWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PeriodicWorker::trigger()
{
    {
        std::lock_guard lock(m_mutex);
        m_triggered = true;
    }
    m_wake.notify_all();
}

} // namespace switchboard::util
