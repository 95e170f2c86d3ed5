#pragma once
// A load run written down: the JSON object `switchboard-cli bench --json` prints and the app
// stores and exports (so a CI run and a run from the Call page read the same), and back; the
// per-second series as CSV.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "LoadSnapshot.h"

namespace switchboard::load {

[[nodiscard]] const char *stateName(LoadSnapshot::State state);
[[nodiscard]] nlohmann::ordered_json runJson(const LoadPlan &plan, const LoadSnapshot &run);
/// A stored run read back: the numbers, the histograms (exactly, from their counters) and the
/// plan's target and shape; nullopt (with `error`) when the JSON is not such a run.
struct StoredRun {
    LoadPlan plan;
    LoadSnapshot run;
};
[[nodiscard]] std::optional<StoredRun> runFromJson(const nlohmann::json &json, std::string &error);
/// "second,requests,errors,p50_ms,p99_ms" and a line a second.
[[nodiscard]] std::string secondsCsv(const LoadSnapshot &run);

} // namespace switchboard::load
