#pragma once
// The user-interface language: the app's translation (resources/i18n/*.ts, built into the module's
// resources; a .qm file in share/switchboard/translations overrides them), Qt's own (dialog
// buttons), and the default locale for numbers and dates.

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace switchboard::gui {

class Language {
public:
    Language() = default;
    ~Language();
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    /// Installs the translation for code: "" follows the system's UI languages, "en" is the
    /// source text with its plural forms, "zh_CN" the Chinese translation. Returns the language
    /// now in effect ("en" when no translation matches).
    QString apply(const QString &code);
    /// Codes the user can choose, "en" first.
    [[nodiscard]] static QStringList available();
    /// A language's name in that language ("English", "简体中文").
    [[nodiscard]] static QString nativeName(const QString &code);

private:
    void remove();
    std::unique_ptr<QTranslator> m_app, m_qt;
};

} // namespace switchboard::gui
