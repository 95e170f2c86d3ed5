// libFuzzer: a kept load run as the app reads it back (load-runs/*.json, the CLI's --json): any
// bytes give a run or a reason, never a crash; a run that reads back writes and reads again to
// the same numbers, and compares with itself as unchanged.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "load/LoadComparison.h"
#include "load/LoadReport.h"

using namespace switchboard::load;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto json = nlohmann::json::parse(data, data + size, nullptr, false);
    if (json.is_discarded())
        return 0;
    std::string error;
    const auto run = runFromJson(json, error);
    if (!run) {
        if (error.empty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const auto again = runFromJson(nlohmann::json::parse(runJson(run->plan, run->run).dump()), error);
    if (!again || again->run.done != run->run.done || again->run.latency.count() != run->run.latency.count()
        || again->run.latency.percentileMicros(99) != run->run.latency.percentileMicros(99))
        __builtin_trap();
    const auto same = compare(run->run, run->run);
    for (const auto &f : same.figures)
        if (f.change() != 0)
            __builtin_trap();
    (void)secondsCsv(run->run);
    return 0;
}
