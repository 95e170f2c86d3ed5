#pragma once
// Memory figures for the hostile-peer tests: what the process holds now, and the highest figure
// seen while a PeakMemory lives (a sampler thread, every 5 ms).

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <fstream>
#include <thread>

#ifdef __SANITIZE_ADDRESS__
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace switchboard::testing {

/// Memory in use: the process's resident set; under AddressSanitizer, whose quarantine keeps
/// freed blocks resident, the heap bytes still allocated.
inline double memoryMiB()
{
#ifdef __SANITIZE_ADDRESS__
    return double(__sanitizer_get_current_allocated_bytes()) / (1024.0 * 1024.0);
#else
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
#endif
}

class PeakMemory {
public:
    PeakMemory()
        : m_thread([this] {
            while (!m_stop) {
                sample();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        })
    {
    }
    ~PeakMemory()
    {
        m_stop = true;
        m_thread.join();
    }
    PeakMemory(const PeakMemory &) = delete;
    PeakMemory &operator=(const PeakMemory &) = delete;
    [[nodiscard]] double peak()
    {
        sample();
        return m_peak.load();
    }

private:
    void sample()
    {
        const double now = memoryMiB();
        for (double seen = m_peak.load(); now > seen && !m_peak.compare_exchange_weak(seen, now);) {
        }
    }
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_peak{0};
    std::thread m_thread;
};

} // namespace switchboard::testing
