#include "WorkerPool.h"

namespace switchboard::util {

namespace {
constexpr auto kLookBeforeSleeping = std::chrono::microseconds(50);
}

WorkerPool::WorkerPool(int threads)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto &t : m_threads)
        t.join();
}

void WorkerPool::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        m_queued.store(m_tasks.size(), std::memory_order_release);
    }
    m_wake.notify_one();
}

void WorkerPool::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        bool expected = false;
        if (m_tasks.empty() && !m_stopping && m_spinning.compare_exchange_strong(expected, true)) {
            // Under load the next task is usually a few microseconds away: one idle worker looks
            // for it briefly (yielding the core) before sleeping, since a sleep costs a futex
            // wait, a wake-up and a context switch per task (RPC throughput 0.6x -> 0.75x of raw
            // cnats, docs/performance.md).
            lock.unlock();
            const auto until = std::chrono::steady_clock::now() + kLookBeforeSleeping;
            while (m_queued.load(std::memory_order_acquire) == 0 && std::chrono::steady_clock::now() < until)
                std::this_thread::yield();
            m_spinning.store(false, std::memory_order_release);
            lock.lock();
        }
        m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
        if (m_tasks.empty())
            return; // stopping and drained
        auto task = std::move(m_tasks.front());
        m_tasks.pop_front();
        m_queued.store(m_tasks.size(), std::memory_order_release);
        lock.unlock();
        try {
            task();
        } catch (...) {
            // A task's failure is its own business; the pool keeps serving.
        }
        lock.lock();
    }
}

} // namespace switchboard::util
