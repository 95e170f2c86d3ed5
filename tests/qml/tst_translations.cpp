// The zh_CN translation is complete and in use: lupdate run over today's sources finds no string
// without a finished translation in resources/i18n/switchboard_zh_CN.ts, placeholders survive
// translation, and the real window in zh_CN shows no English text that has a translation.
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQuickItem>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include "AppWindow.h"
#include "Formatter.h"
#include "Language.h"

using namespace switchboard;

namespace {

struct Message {
    QString context, source, translation;
    bool finished = false;
};

/// The messages of a .ts file; numerus forms count as translated when every form is.
QList<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == u"name")
            context = x.readElementText();
        else if (x.name() == u"message")
            m = Message{context, {}, {}, false};
        else if (x.name() == u"source")
            m.source = x.readElementText();
        else if (x.name() == u"translation") {
            const QString type = x.attributes().value("type").toString();
            m.translation = x.readElementText(QXmlStreamReader::IncludeChildElements);
            m.finished = type.isEmpty() && !m.translation.trimmed().isEmpty();
            out << m;
        }
    }
    return out;
}

QStringList placeholders(const QString &s)
{
    QStringList out;
    for (const auto &m : QRegularExpression("%(\\d+|n)").globalMatch(s))
        out << m.captured();
    out.sort();
    return out;
}

/// What the window shows: every visible item's text and every accessible name.
void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item || !item->isVisible() || item->opacity() == 0)
        return;
    for (const char *p : {"text", "placeholderText", "title"}) {
        const QVariant v = item->property(p);
        if (v.typeId() == QMetaType::QString && !v.toString().isEmpty())
            out << v.toString();
    }
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

void collectNames(QAccessibleInterface *a, QStringList &out, int depth = 0)
{
    if (!a || depth > 60 || a->state().invisible || a->state().offscreen)
        return;
    out << a->text(QAccessible::Name);
    for (int i = 0; i < a->childCount(); ++i)
        collectNames(a->child(i), out, depth + 1);
}

QAccessibleInterface *findAccessible(QAccessibleInterface *a, const QString &name, int depth = 0)
{
    if (!a || depth > 60)
        return nullptr;
    if (a->text(QAccessible::Name) == name)
        return a;
    for (int i = 0; i < a->childCount(); ++i)
        if (QAccessibleInterface *found = findAccessible(a->child(i), name, depth + 1))
            return found;
    return nullptr;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    QList<Message> m_messages;

private Q_SLOTS:
    void initTestCase()
    {
        // lupdate over the sources into a copy: strings added since the .ts was last updated
        // come out unfinished, strings that are gone are dropped (-no-obsolete).
        QTemporaryDir dir;
        const QString ts = dir.filePath("switchboard_zh_CN.ts");
        QVERIFY(QFile::copy(SB_TS_FILE, ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(SB_LUPDATE, {SB_QML_SOURCE_DIR, "-ts", ts, "-no-obsolete", "-locations", "none", "-silent"});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        m_messages = readTs(ts);
        QVERIFY2(m_messages.size() > 400, qPrintable(QString::number(m_messages.size())));
    }

    void everyStringIsTranslated()
    {
        QStringList missing;
        for (const Message &m : std::as_const(m_messages))
            if (!m.finished)
                missing << m.context + ": \"" + m.source + "\"";
        QVERIFY2(missing.isEmpty(), qPrintable("no zh_CN translation (run `cmake --build build --target update_translations`, "
                                               "translate in resources/i18n/switchboard_zh_CN.ts):\n  " + missing.join("\n  ")));
    }

    void englishHasItsPluralForms()
    {
        // "%n node(s)" reads "1 node", "3 nodes" in English: switchboard_en.ts holds the forms.
        QStringList missing;
        for (const Message &m : readTs(SB_TS_EN_FILE))
            if (m.source.contains("%n") && !m.finished)
                missing << m.source;
        QVERIFY2(missing.isEmpty(), qPrintable("no English plural forms for:\n  " + missing.join("\n  ")));
        testing::AppWindow app;
        app.open("en");
        QCOMPARE(QCoreApplication::translate("switchboard::gui::ClusterView", "%n server(s)", nullptr, 1), QString("1 server"));
        QCOMPARE(QCoreApplication::translate("switchboard::gui::ClusterView", "%n server(s)", nullptr, 3), QString("3 servers"));
    }

    void everyEnglishPageSaysNumbersWithWords()
    {
        // With the English translation loaded, no page shows "node(s)": every count reads
        // "1 node" or "3 nodes" (status bar, zone cards, topology, palette, lists, names).
        testing::AppWindow app;
        QVERIFY(app.openAndWait("en"));
        const QRegularExpression parenthesised("\\(s\\)");
        for (const QString &page : testing::AppWindow::pages()) {
            app.show(page);
            QStringList shown;
            collectTexts(app.window->contentItem(), shown);
            collectNames(QAccessible::queryAccessibleInterface(app.window), shown);
            QVERIFY2(shown.size() > 10, qPrintable(page + ": " + shown.join(" | ")));
            const QStringList found = shown.filter(parenthesised);
            QVERIFY2(found.isEmpty(), qPrintable(page + ": " + found.join(" | ")));
        }
        // The command palette's rows too, opened as a screen reader user would.
        QStringList before;
        collectTexts(app.window->contentItem(), before);
        QAccessibleInterface *open = findAccessible(QAccessible::queryAccessibleInterface(app.window), "Open the command palette");
        QVERIFY(open && open->actionInterface());
        open->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTest::qWait(200);
        for (const char c : std::string("gree")) // the palette's field has the focus
            QTest::keyClick(app.window, c);
        const auto paletteTexts = [&] { // what the window shows now that it did not before
            QStringList now;
            collectTexts(app.window->contentItem(), now);
            now.removeIf([&](const QString &t) { return before.contains(t); });
            return now;
        };
        QTRY_VERIFY_WITH_TIMEOUT(paletteTexts().contains("greeter"), 3000);
        const QStringList palette = paletteTexts();
        QVERIFY2(palette.filter(parenthesised).isEmpty(), qPrintable(palette.join(" | ")));
    }

    void placeholdersSurvive()
    {
        QStringList wrong;
        for (const Message &m : std::as_const(m_messages))
            if (m.finished && placeholders(m.source) != placeholders(m.translation))
                wrong << m.source + " → " + m.translation;
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join("\n")));
    }

    void numbersAndTimesFollowTheLanguage()
    {
        testing::AppWindow app;
        app.open("zh_CN");
        QCOMPARE(app.context->effectiveLanguage(), QString("zh_CN"));
        QCOMPARE(app.context->languages(), QStringList({"en", "zh_CN"}));
        QCOMPARE(app.context->languageName("en"), QString("English"));
        QCOMPARE(app.context->languageName("zh_CN"), QString("简体中文"));
        QCOMPARE(app.context->languageName(""), QString("系统语言"));
        QCOMPARE(QLocale().name(), QString("zh_CN"));
        QCOMPARE(gui::Formatter::duration(12 * 60), QString("12 分钟"));
        QCOMPARE(gui::Formatter::number(1234567.5, 1), QString("1,234,567.5"));
        app.context->setLanguage("en");
        QCOMPARE(gui::Formatter::duration(12 * 60), QString("12 min"));
        QCOMPARE(QLocale().name(), QString("en_US"));
    }

    void anInstalledTranslationOverridesTheBuiltIn()
    {
        // The package installs the .qm files to share/switchboard/translations next to bin/.
        // One there comes first: here the built-in Chinese file installed as "fr".
        const QString dir = QCoreApplication::applicationDirPath() + "/../share/switchboard/translations";
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + "/switchboard_fr.qm";
        QFile::remove(file);
        QVERIFY(QFile::copy(":/qt/qml/Switchboard/i18n/switchboard_zh_CN.qm", file));
        const auto cleanup = qScopeGuard([&] { QDir(QCoreApplication::applicationDirPath() + "/../share").removeRecursively(); });
        QCOMPARE(gui::Language::available(), QStringList({"en", "fr", "zh_CN"}));
        gui::Language language;
        QCOMPARE(language.apply("fr"), QString("zh_CN")); // the file's own language: it was loaded
        QCOMPARE(QCoreApplication::translate("Main", "Language"), QString("语言"));
        language.apply("en");
    }

    void everyPageShowsChinese()
    {
        // Every source string that has a translation different from itself: shown as-is in the
        // zh_CN window, it was not translated where it is used.
        QSet<QString> english, words;
        QList<QRegularExpression> patterns;
        for (const Message &m : std::as_const(m_messages)) {
            if (!m.finished || m.translation == m.source)
                continue;
            if (placeholders(m.source).isEmpty()) {
                if (m.source.count(QRegularExpression("[A-Za-z]")) >= 3)
                    english << m.source;
                // Single words ("healthy", "stale") also inside longer text: a key shown raw.
                if (QRegularExpression("^[a-z]{4,}$").match(m.source).hasMatch())
                    words << m.source;
            } else if (QString(m.source).remove(QRegularExpression("%(\\d+|n)")).count(QRegularExpression("[A-Za-z]")) >= 12) {
                QString re = QRegularExpression::escape(m.source);
                re.replace(QRegularExpression("%(\\d+|n)"), ".*");
                patterns << QRegularExpression("^" + re + "$");
            }
        }
        testing::AppWindow app;
        QVERIFY(app.openAndWait("zh_CN"));
        for (const QString &page : testing::AppWindow::pages()) {
            app.show(page);
            QStringList shown;
            collectTexts(app.window->contentItem(), shown);
            collectNames(QAccessible::queryAccessibleInterface(app.window), shown);
            QStringList untranslated;
            for (const QString &text : std::as_const(shown)) {
                if (english.contains(text))
                    untranslated << text;
                for (const auto &re : std::as_const(patterns))
                    if (re.match(text).hasMatch())
                        untranslated << text;
                // Words on their own, not parts of data such as zone=az-a or greet.hello.
                static const QRegularExpression word("(?<![=\\w.\\-/:])[A-Za-z]+(?![=\\w.\\-/:])");
                for (const auto &m : word.globalMatch(text))
                    if (words.contains(m.captured()))
                        untranslated << m.captured() + " in \"" + text + "\"";
            }
            untranslated.removeDuplicates();
            QVERIFY2(untranslated.isEmpty(), qPrintable(page + ": English in the zh_CN window: " + untranslated.join(" | ")));
            // And the page does speak Chinese (a CJK character in what it shows).
            QVERIFY2(!shown.filter(QRegularExpression("[\\x{4e00}-\\x{9fff}]")).isEmpty(), qPrintable(page));
        }
        // Switched in the running app: the same window speaks English at once, and Chinese again.
        app.show("connections");
        QStringList names;
        app.context->setLanguage("en");
        QTest::qWait(200);
        collectNames(QAccessible::queryAccessibleInterface(app.window), names);
        QVERIFY2(names.contains("Test connection") && !names.contains("测试连接"), qPrintable(names.join(" | ")));
        names.clear();
        app.context->setLanguage("zh_CN");
        QTest::qWait(200);
        collectNames(QAccessible::queryAccessibleInterface(app.window), names);
        QVERIFY2(names.contains("测试连接") && !names.contains("Test connection"), qPrintable(names.join(" | ")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
