#pragma once
// Runs a task on its own thread at once, then every interval or when triggered, until stopped.
// The live objects' sweeps and polls run on one of these, never on the caller's thread.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace switchboard::util {

class PeriodicWorker {
public:
    PeriodicWorker() = default;
    ~PeriodicWorker() { stop(); }
    PeriodicWorker(const PeriodicWorker &) = delete;
    PeriodicWorker &operator=(const PeriodicWorker &) = delete;

    void start(std::function<void()> task, std::chrono::milliseconds interval);
    /// Waits for a running task to finish.
    void stop();
    /// Runs the task again as soon as the current run (if any) ends.
    void trigger();
    [[nodiscard]] bool running() const noexcept { return m_thread.joinable(); }

private:
    std::function<void()> m_task;
    std::chrono::milliseconds m_interval{1000};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false, m_triggered = false;
    std::thread m_thread;
};

} // namespace switchboard::util
