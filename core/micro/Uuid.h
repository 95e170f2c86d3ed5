#pragma once
// Random (version 4) UUIDs, as go-micro uses for node ids and broker message ids.

#include <string>

namespace switchboard::micro {

[[nodiscard]] std::string newUuid();

} // namespace switchboard::micro
