// The collector row's baseline: a process that subscribes to one subject (">") and counts the
// messages until SIGTERM, then prints the count — raw cnats, nothing else.
#include <csignal>
#include <cstdio>

#include <atomic>

#include <nats/nats.h>
#include <unistd.h>

namespace {
std::atomic<unsigned long long> g_count{0};

void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *)
{
    ++g_count;
    natsMsg_Destroy(msg);
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr); // before cnats starts its threads
    natsConnection *nc = nullptr;
    natsSubscription *sub = nullptr;
    natsStatus s = natsConnection_ConnectTo(&nc, argv[1]);
    if (s == NATS_OK)
        s = natsConnection_Subscribe(&sub, nc, argv[2], onMessage, nullptr);
    if (s == NATS_OK)
        s = natsSubscription_SetPendingLimits(sub, 4'000'000, 1 << 30);
    if (s == NATS_OK)
        s = natsConnection_Flush(nc);
    if (s != NATS_OK)
        return 1;
    std::puts("ready");
    std::fflush(stdout);
    int signal = 0;
    sigwait(&stop, &signal);
    std::printf("%llu\n", g_count.load());
    natsSubscription_Destroy(sub);
    natsConnection_Destroy(nc);
    return 0;
}
