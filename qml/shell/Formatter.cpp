#include "Formatter.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace switchboard::gui {

QString Formatter::count(double n)
{
    const QLocale l;
    const double a = std::abs(n);
    if (a < 1000)
        return l.toString(n, 'f', n == std::floor(n) ? 0 : 1);
    if (a < 1e6)
        return l.toString(n / 1e3, 'f', a < 1e4 ? 1 : 0) + u'k';
    if (a < 1e9)
        return l.toString(n / 1e6, 'f', a < 1e7 ? 1 : 0) + u'M';
    return l.toString(n / 1e9, 'f', 1) + u'G';
}

QString Formatter::rate(double perSecond)
{
    if (perSecond > 0 && perSecond < 0.1)
        return QStringLiteral("<0.1/s");
    return count(perSecond < 10 ? std::round(perSecond * 10) / 10 : std::round(perSecond)) + QStringLiteral("/s");
}

QString Formatter::bytes(double b)
{
    return QLocale().formattedDataSize(qint64(b), 1, QLocale::DataSizeIecFormat);
}

QString Formatter::millis(double ms)
{
    const QLocale l;
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1)
        return l.toString(ms * 1000, 'f', 0) + QStringLiteral(" µs");
    if (ms < 1000)
        return l.toString(ms, 'f', ms < 10 ? 1 : 0) + QStringLiteral(" ms");
    return l.toString(ms / 1000, 'f', 1) + QStringLiteral(" s");
}

QString Formatter::duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < 60)
        return tr("%1 s").arg(qint64(seconds));
    const qint64 s = qint64(seconds), minutes = s / 60, hours = minutes / 60, days = hours / 24;
    if (hours < 1)
        return tr("%1 min").arg(minutes);
    if (days < 1)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(days).arg(hours % 24);
}

QString Formatter::age(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    const qint64 s = t.secsTo(QDateTime::currentDateTime());
    if (s < 60)
        return tr("%1 s ago").arg(std::max<qint64>(0, s));
    if (s < 3600)
        return tr("%1 min ago").arg(s / 60);
    return tr("%1 h ago").arg(s / 3600);
}

QString Formatter::time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.time(), QStringLiteral("HH:mm:ss")) : QStringLiteral("—");
}

QString Formatter::clock(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.time(), QStringLiteral("HH:mm")) : QStringLiteral("—");
}

QString Formatter::number(double n, int decimals)
{
    return QLocale().toString(n, 'f', decimals);
}

int Formatter::tidyTicks(double max, int current, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    auto fits = [&](int ticks) {
        if (ticks < 2 || max <= 0)
            return false;
        const double step = max / (ticks - 1) * scale;
        return step >= 1 - 1e-9 && std::abs(step - std::round(step)) < 1e-6;
    };
    if (fits(current))
        return current;
    for (int ticks : {5, 6, 4, 3, 2})
        if (fits(ticks))
            return ticks;
    return 0;
}

QVariantMap Formatter::rateAxisLabels(double max, int current)
{
    // At least three characters wide: Qt Charts keeps room for "..." beside the labels and takes
    // what one-digit labels leave short from the axis title, which it then elides ("msgs/s" in
    // Chinese was drawn as a lone "⋮").
    for (int decimals : {0, 1})
        if (const int ticks = tidyTicks(max, current, decimals))
            return {{QStringLiteral("ticks"), ticks}, {QStringLiteral("format"), QStringLiteral("%3.%1f").arg(decimals)}};
    return {{QStringLiteral("ticks"), current}, {QStringLiteral("format"), QStringLiteral("%3.2f")}};
}

} // namespace switchboard::gui
