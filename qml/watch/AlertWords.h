#pragma once
// Alert rules and their states in the user's language: "orders.created stops for 1 min",
// "12.5 msgs/s", "firing since 14:02". One place, so the Alerts page, the notifications and the
// tray say the same thing.

#include <QCoreApplication>
#include <QString>

#include "watch/AlertEngine.h"

namespace switchboard::gui {

class AlertWords {
    Q_DECLARE_TR_FUNCTIONS(AlertWords)
public:
    /// What the rule watches and when it fires: "orders.created carries no messages for 1 min".
    static QString condition(const watch::AlertRule &rule);
    /// A measured value with its unit ("12.5 msgs/s", "3 nodes", "down").
    static QString value(watch::RuleKind kind, double value);
    static QString state(watch::AlertState state);
    static QString kind(watch::RuleKind kind);
    /// "1 min", "45 s", "2 h".
    static QString duration(int seconds);
    /// A notification's summary and body for a transition.
    static QString summary(const watch::AlertTransition &t);
    static QString body(const watch::AlertTransition &t, const watch::AlertRule &rule);
};

} // namespace switchboard::gui
