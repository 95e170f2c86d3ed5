#include "LoadSnapshot.h"

#include <cstdio>

namespace switchboard::load {

namespace {
std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}
} // namespace

bool meets(const Thresholds &thresholds, const LoadSnapshot &run, std::vector<std::string> *why)
{
    bool ok = true;
    if (thresholds.p99Ms) {
        const double p99 = double(run.latency.percentileMicros(99)) / 1000.0;
        if (!(p99 < *thresholds.p99Ms)) {
            ok = false;
            if (why)
                why->push_back("p99 " + number(p99) + " ms is not below " + number(*thresholds.p99Ms) + " ms");
        }
    }
    if (thresholds.errorPercent) {
        const double errors = run.errorPercent();
        if (!(errors < *thresholds.errorPercent)) {
            ok = false;
            if (why)
                why->push_back("errors " + number(errors) + " % are not below " + number(*thresholds.errorPercent) + " %");
        }
    }
    if (run.done == 0 && thresholds.any()) {
        ok = false; // nothing measured passes nothing
        if (why)
            why->push_back("no request was answered");
    }
    return ok;
}

} // namespace switchboard::load
