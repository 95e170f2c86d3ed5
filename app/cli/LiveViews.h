#pragma once
// Rendering the live core objects for the terminal: tables and JSON of the catalogue, traffic
// rates and cluster health.

#include <string>

#include <nlohmann/json.hpp>

#include "live/CatalogTypes.h"
#include "live/ClusterTypes.h"
#include "live/TrafficMonitor.h"

namespace switchboard::cli {

void printCatalog(const live::CatalogSnapshot &s);
[[nodiscard]] nlohmann::ordered_json catalogJson(const live::CatalogSnapshot &s);

void printRates(const live::TrafficSnapshot &s);
[[nodiscard]] nlohmann::ordered_json ratesJson(const live::TrafficSnapshot &s);

void printCluster(const live::ClusterSnapshot &s);
[[nodiscard]] nlohmann::ordered_json clusterJson(const live::ClusterSnapshot &s);

/// Clears the terminal (for --watch views) when stdout is one.
void clearScreenIfTerminal();

} // namespace switchboard::cli
