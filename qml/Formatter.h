#pragma once
// Numbers for humans (singleton `Fmt`): rates as 1.2k/s, bytes as 3.4 MiB, durations as 850 µs or
// 1.3 ms, in the user's locale; the exact value goes into a tooltip by the caller.

#include <QObject>
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
    Q_INVOKABLE static QString number(double n, int decimals = 0); ///< locale digits
};

} // namespace switchboard::gui
