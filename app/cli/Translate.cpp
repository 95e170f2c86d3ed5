#include "Translate.h"

#include <QCoreApplication>
#include <QString>

namespace switchboard::cli {
namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("switchboard-cli", text);
}
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

std::string tr(const char *text)
{
    return translated(text).toStdString();
}

std::string tr(const char *text, const std::string &a1)
{
    return translated(text).arg(q(a1)).toStdString();
}

std::string tr(const char *text, const std::string &a1, const std::string &a2)
{
    return translated(text).arg(q(a1), q(a2)).toStdString();
}

std::string tr(const char *text, const std::string &a1, const std::string &a2, const std::string &a3)
{
    return translated(text).arg(q(a1), q(a2), q(a3)).toStdString();
}

std::string plural(long long n, const char *one, const char *many)
{
    return translated(n == 1 ? one : many).replace(QStringLiteral("%n"), QString::number(n)).toStdString();
}

} // namespace switchboard::cli
