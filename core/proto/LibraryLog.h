#pragma once
// libprotobuf writes its complaints ("Can't parse message of type …", "File already exists in
// database") to stderr through GOOGLE_LOG. Switchboard reports every failure itself, in words, so
// that output is taken off stderr; the last message of the calling thread is kept, for a detail.

#include <string>

namespace switchboard::proto {

/// Installs the handler once (idempotent, thread-safe). Every entry point of core/proto calls it.
void quietLibraryLog();

/// The last message libprotobuf logged on this thread, then forgotten; empty when none.
[[nodiscard]] std::string takeLibraryMessage();

} // namespace switchboard::proto
