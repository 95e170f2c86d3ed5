#pragma once
// Numbers for humans (singleton `Fmt`): rates as 1.2k/s, bytes as 3.4 MiB, durations as 850 µs or
// 1.3 ms, in the user's locale; the exact value goes into a tooltip by the caller.

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace switchboard::gui {

class Formatter : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Fmt)
    QML_SINGLETON
public:
    using QObject::QObject;
    Q_INVOKABLE static QString count(double n);        ///< 1234 → "1.2k"
    Q_INVOKABLE static QString rate(double perSecond); ///< "1.2k/s"
    Q_INVOKABLE static QString bytes(double bytes);    ///< "3.4 MiB"
    Q_INVOKABLE static QString millis(double ms);      ///< "850 µs", "1.3 ms", "2.1 s"; "—" when < 0
    Q_INVOKABLE static QString duration(double seconds); ///< "42 s", "12 min", "3 h 5 min", "2 d 4 h"
    Q_INVOKABLE static QString age(const QDateTime &t); ///< "4 s ago", "3 min ago"
    Q_INVOKABLE static QString time(const QDateTime &t); ///< "12:01:33"
    Q_INVOKABLE static QString clock(const QDateTime &t); ///< "12:01"
    Q_INVOKABLE static QString number(double n, int decimals = 0); ///< locale digits
    /// Ticks for an axis from 0 to max whose labels need at most `decimals` decimals: `current`
    /// when its step fits, else 2 to 6 ticks with a step that does, else 0. Charts showed
    /// 0, 1, 1, 2 for an axis to 2 with four ticks and "%.0f" labels.
    Q_INVOKABLE static int tidyTicks(double max, int current, int decimals);
    /// For a rate axis after applyNiceNumbers: {ticks, format} with the fewest decimals that
    /// tidyTicks allows (0, then 1, else the axis's own ticks with 2), for "%.Nf" labels.
    Q_INVOKABLE static QVariantMap rateAxisLabels(double max, int current);
};

} // namespace switchboard::gui
