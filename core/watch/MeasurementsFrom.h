#pragma once
// Gathers AlertMeasurements from what the live monitors already keep, the same way in the app and
// in `switchboard-cli watch`, so that a rule means the same in both. Any source may be missing
// (nullptr): its figures are then absent and the rules on them have no data.

#include <QString>

#include <map>
#include <string>

#include "AlertMeasurements.h"

namespace switchboard::live {
struct CatalogSnapshot;
struct ClusterSnapshot;
struct TrafficSnapshot;
struct ObservedCalls;
} // namespace switchboard::live

namespace switchboard::watch {

struct MeasurementSources {
    QString region;
    const live::CatalogSnapshot *catalog = nullptr;
    const live::ClusterSnapshot *cluster = nullptr;
    const live::TrafficSnapshot *traffic = nullptr;
    const live::ObservedCalls *calls = nullptr;
    /// NATS micro services' error share from their STATS (SrvErrorRates::percent()).
    const std::map<std::string, double> *srvErrorPercent = nullptr;
};

AlertMeasurements measurementsFrom(const MeasurementSources &sources);

} // namespace switchboard::watch
