#include "Library.h"

#include <nats/nats.h>

namespace switchboard::nats {

void openLibrary()
{
    // cnats tries a busy mutex up to 2000 times, with a `pause` between tries, before it blocks.
    // With two cores and a dozen busy threads the holder is often not running, so most of that
    // spin is lost CPU: 200 gave RPC throughput 0.81x of raw cnats against 0.77x with the default
    // (means of six alternating runs, docs/performance.md). The raw baselines run in the same
    // process and get the same setting.
    static const bool opened = [] {
        (void)nats_Open(kLockSpinCount); // on failure cnats opens itself later with its defaults
        return true;
    }();
    (void)opened;
}

} // namespace switchboard::nats
