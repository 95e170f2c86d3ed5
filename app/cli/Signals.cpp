#include "Commands.h"

#include <csignal>
#include <pthread.h>
#include <unistd.h>

namespace switchboard::cli {
namespace {
sigset_t stopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGUSR1);
    return set;
}
} // namespace

void blockStopSignals()
{
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void waitForStopSignal()
{
    const sigset_t set = stopSignals();
    int signal = 0;
    sigwait(&set, &signal);
}

bool waitForStopSignal(std::chrono::milliseconds timeout)
{
    const sigset_t set = stopSignals();
    timespec ts{static_cast<time_t>(timeout.count() / 1000), static_cast<long>((timeout.count() % 1000) * 1000000)};
    return sigtimedwait(&set, nullptr, &ts) > 0;
}

void requestStop()
{
    kill(getpid(), SIGUSR1);
}

} // namespace switchboard::cli
