#pragma once
// A fixed set of threads running queued tasks: handlers must not block cnats delivery threads.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace switchboard::util {

class WorkerPool {
public:
    explicit WorkerPool(int threads);
    ~WorkerPool(); ///< runs what is queued, then joins
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void post(std::function<void()> task);

private:
    void run();
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_tasks;
    std::atomic<size_t> m_queued{0}; ///< m_tasks.size(), readable without the lock
    std::atomic<bool> m_spinning{false}; ///< one idle worker at most looks for work before sleeping
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace switchboard::util
