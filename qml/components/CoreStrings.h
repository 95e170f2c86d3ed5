#pragma once
// Core values as the UI spells them, in one place: std::string → QString, and the protocol
// badge text ("go-micro" / "$SRV") that tables, panels, the palette and the topology share.

#include <QString>

#include <string>

#include "live/CatalogTypes.h"

namespace switchboard::gui {

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString protocolLabel(live::Protocol p)
{
    return p == live::Protocol::GoMicro ? QStringLiteral("go-micro") : QStringLiteral("$SRV");
}

} // namespace switchboard::gui
