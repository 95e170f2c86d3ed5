#pragma once
// CPU time and memory of processes and threads, read from /proc, for the app's bench rows.

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace switchboard::bench {

inline double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// utime + stime of a process, in seconds.
inline double processCpuSeconds(qint64 pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(in)), {});
    const auto close = all.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream rest(all.substr(close + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14)
            utime = std::stod(field);
        if (i == 15)
            stime = std::stod(field);
    }
    return (utime + stime) / double(sysconf(_SC_CLK_TCK));
}

/// A line of /proc/PID/status in MiB ("VmRSS:" now, "VmHWM:" the peak).
inline double statusMiB(qint64 pid, const char *field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(std::string(field).size())) / 1024.0;
    return 0;
}

inline double rssMiB(qint64 pid)
{
    return statusMiB(pid, "VmRSS:");
}

/// Runs the event loop for `ms`, without sleeping through it.
inline void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace switchboard::bench
