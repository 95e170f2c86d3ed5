#pragma once
// cnats' process-wide set-up, done once before its first use.

#include <cstdint>

namespace switchboard::nats {

/// How often cnats tries a busy mutex before it blocks (its default: 2000). Why: Library.cpp.
inline constexpr int64_t kLockSpinCount = 200;

/// Opens cnats with Switchboard's lock spin count. Every path that creates a cnats object calls
/// it first; later calls do nothing. If cnats was opened already (by other code in the process),
/// its settings stay.
void openLibrary();

} // namespace switchboard::nats
