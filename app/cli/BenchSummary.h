#pragma once
// How `switchboard-cli bench` shows a load run: a progress line while it runs, then a summary
// with latency percentiles, a histogram, errors by code, nodes and the thresholds (ghz's layout),
// or all of it as one JSON object.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/LoadSnapshot.h"

namespace switchboard::cli {

[[nodiscard]] std::string progressLine(const load::LoadSnapshot &run);
void printSummary(const load::LoadPlan &plan, const load::LoadSnapshot &run, const std::vector<std::string> &missed);
[[nodiscard]] std::string summaryJson(const load::LoadPlan &plan, const load::LoadSnapshot &run, bool passed,
                                      const std::vector<std::string> &missed);

} // namespace switchboard::cli
