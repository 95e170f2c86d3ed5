#include "Language.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace switchboard::gui {
namespace {
const QString kBuiltIn = QStringLiteral(":/qt/qml/Switchboard/i18n");

// Where the .qm files are looked for, first match wins: share/switchboard/translations next to
// bin/ (the package installs them there, so a translation fixed or added there needs no
// rebuild), then the ones compiled into the app.
QStringList translationDirs()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(bin.absoluteFilePath(QStringLiteral("../share/switchboard/translations"))), kBuiltIn};
}

bool loadFirst(QTranslator &t, const QLocale &locale)
{
    for (const QString &dir : translationDirs())
        if (t.load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), dir))
            return true;
    for (const QString &dir : translationDirs())
        if (t.load(QStringLiteral("switchboard_en"), dir))
            return true;
    return false;
}
} // namespace

Language::~Language()
{
    remove();
}

void Language::remove()
{
    for (auto *t : {m_app.get(), m_qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    m_app.reset();
    m_qt.reset();
}

QString Language::apply(const QString &code)
{
    remove();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // QTranslator::load(QLocale, …) walks the locale's UI languages (zh-Hans-CN, zh-CN, zh), so
    // LANG=zh_CN.UTF-8 and LANG=zh_SG both find switchboard_zh_CN.qm. English has a file too:
    // its plural forms ("1 node", "3 nodes" for "%n node(s)").
    auto app = std::make_unique<QTranslator>();
    if (!loadFirst(*app, locale))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return m_app->language().replace(u'-', u'_');
}

QStringList Language::available()
{
    QStringList codes{QStringLiteral("en")};
    for (const QString &dir : translationDirs())
        for (const QString &file : QDir(dir).entryList({QStringLiteral("switchboard_*.qm")}, QDir::Files, QDir::Name))
            if (const QString code = file.mid(12, file.size() - 12 - 3); !codes.contains(code))
                codes << code;
    std::sort(codes.begin() + 1, codes.end()); // "en" first, the rest by code wherever they came from
    return codes;
}

QString Language::nativeName(const QString &code)
{
    // Fixed names where Qt's would be narrower than the translation ("American English").
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    const QLocale l(code);
    const QString name = l.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace switchboard::gui
