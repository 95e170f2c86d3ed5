#pragma once
// A load run's numbers as the QML views read them (maps and lists of maps, times in ms, labels in
// the reader's language): shared by the live run, a kept run and the comparison.

#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include "load/LoadSnapshot.h"

namespace switchboard::gui::loadfigures {

/// "850 µs", "12.5 ms", "1.2 s".
[[nodiscard]] QString durationLabel(int64_t micros);
/// done, errors, inFlight, warmupDone, rate, targetRate, elapsed, errorPercent, p50Ms … maxMs,
/// open; correctedP50Ms, correctedP99Ms for the open model.
[[nodiscard]] QVariantMap figures(const load::LoadPlan &plan, const load::LoadSnapshot &run);
/// Log buckets: {label, count, share} (share of the largest bucket, 0…1).
[[nodiscard]] QVariantList histogram(const load::HistogramSnapshot &latency);
[[nodiscard]] QVariantList errorGroups(const load::LoadSnapshot &run);
[[nodiscard]] QVariantList nodes(const load::LoadSnapshot &run);
/// "greeter Greeter.Hello · 64 in flight" or "… · 2 000 a second".
[[nodiscard]] QString shape(const load::LoadPlan &plan);

} // namespace switchboard::gui::loadfigures
