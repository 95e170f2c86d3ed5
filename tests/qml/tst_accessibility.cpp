// Every page of the real window, read the way a screen reader reads it (QAccessible, which
// AT-SPI serves): no interactive control may be without a name, and the lists that matter
// (services, topology items) must be there with rows that say what they show.
#include <QAccessible>
#include <QApplication>
#include <QtTest>

#include "AppWindow.h"

using namespace switchboard;

namespace {

bool interactive(QAccessible::Role r)
{
    switch (r) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::PageTab:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

void walk(QAccessibleInterface *a, QStringList &unnamed, QStringList &names, int depth = 0)
{
    if (!a || depth > 60)
        return;
    const bool hidden = a->state().invisible || a->state().offscreen;
    QString name = a->text(QAccessible::Name);
    // Qt 6.4 reports no Name for a password edit (whatever Accessible.name says): there the
    // description (the placeholder) is what a screen reader has, so it must say what to type.
    if (a->state().passwordEdit && name.isEmpty())
        name = a->text(QAccessible::Description);
    if (!hidden && interactive(a->role()) && name.trimmed().isEmpty()) {
        QObject *o = a->object();
        QString where;
        for (QObject *p = o; p && where.size() < 200; p = p->parent())
            where += QString::fromLatin1(p->metaObject()->className()) + u'<';
        unnamed << QStringLiteral("%1 (role %2, \"%3\")").arg(where).arg(int(a->role())).arg(a->text(QAccessible::Description));
    }
    if (!hidden && !name.isEmpty())
        names << name;
    for (int i = 0; i < a->childCount(); ++i)
        walk(a->child(i), unnamed, names, depth + 1);
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyControlHasAName()
    {
        testing::AppWindow app;
        QVERIFY(app.openAndWait());

        for (const QString &page : testing::AppWindow::pages()) {
            app.show(page);
            QStringList unnamed, names;
            walk(QAccessible::queryAccessibleInterface(app.window), unnamed, names);
            QVERIFY2(unnamed.isEmpty(), qPrintable(page + ": controls without a name: " + unnamed.join(", ")));
            if (page == "services")
                QVERIFY2(names.filter("greeter").filter("node").size() >= 1, qPrintable(names.join(" | ")));
            if (page == "topology")
                QVERIFY2(!names.filter(QRegularExpression("^greeter in az-a · [0-9a-f]{8}…")).isEmpty(), qPrintable(names.join(" | ")));
            if (page == "call")
                QVERIFY2(names.contains("Send the request") && names.contains("name"), qPrintable(names.join(" | ")));
            if (page == "traffic")
                QVERIFY2(names.contains("Pause recording greet.>") && !names.filter("greet.hello, ").isEmpty()
                             && !names.filter(QRegularExpression("^message \\d+ on greet.hello")).isEmpty(),
                         qPrintable(names.join(" | ")));
            if (page == "connections")
                QVERIFY2(names.contains("Test connection") && names.contains("Login method"), qPrintable(names.join(" | ")));
            if (page == "timeline")
                QVERIFY2(names.contains("Changes, newest first") && names.contains("Time range")
                             && names.contains("Filter the changes by text"),
                         qPrintable(names.join(" | ")));
            if (page == "alerts")
                QVERIFY2(names.contains("New alert rule") && names.contains("Rules file to import or export"), qPrintable(names.join(" | ")));
            if (page == "cluster")
                QVERIFY2(!names.filter("zone az-a").isEmpty() && !names.filter("Source: the client connection only").isEmpty(),
                         qPrintable(names.join(" | ")));
        }
    }

    // The Call page's load run: the setup sheet, a finished run and two kept runs compared.
    void loadRunViewsHaveNames()
    {
        testing::AppWindow app;
        QVERIFY(app.openAndWait());
        app.show("call");
        QObject *page = app.window->property("callPageItem").value<QObject *>();
        QVERIFY(page);
        QObject *call = page->property("controller").value<QObject *>();
        QObject *load = page->property("loadController").value<QObject *>();
        call->setProperty("service", "greeter");
        QTRY_COMPARE(call->property("endpoint").toString(), QString("Greeter.Hello"));
        auto readAll = [&](const QString &what, const QStringList &expected) {
            QTest::qWait(500);
            QStringList unnamed, names;
            walk(QAccessible::queryAccessibleInterface(app.window), unnamed, names);
            QVERIFY2(unnamed.isEmpty(), qPrintable(what + ": controls without a name: " + unnamed.join(", ")));
            // A name is matched whole, as a pattern: a bucket count depends on the latencies measured.
            for (const QString &name : expected)
                QVERIFY2(!names.filter(QRegularExpression("^" + name + "$")).isEmpty(),
                         qPrintable(what + ": no \"" + name + "\" in " + names.join(" | ")));
        };

        QObject *setup = page->property("loadSetup").value<QObject *>();
        QMetaObject::invokeMethod(setup, "open");
        readAll("setup", {"Start the load run", "Requests in flight", "Body template", "Run for a number of requests or of seconds"});
        QMetaObject::invokeMethod(setup, "close");

        QStringList ids;
        for (int concurrency : {1, 4}) {
            load->setProperty("requests", 100);
            load->setProperty("concurrency", concurrency);
            load->setProperty("body", R"({"name":"a{{seq}}"})");
            bool started = false;
            QMetaObject::invokeMethod(load, "start", Q_RETURN_ARG(bool, started));
            QVERIFY(started);
            QTRY_VERIFY_WITH_TIMEOUT(!load->property("running").toBool() && load->property("hasRun").toBool()
                                         && load->property("state").toString() != "starting", 15000);
            ids << load->property("shownRunId").toString();
        }
        page->setProperty("view", "load");
        readAll("run", {"Set up a new load run", "Kept load runs", "Latency histogram, \\d+ buckets?", "Requests done: 100",
                        "Export the run as JSON or CSV"});

        QObject *comparison = page->property("comparison").value<QObject *>();
        comparison->setProperty("firstId", ids[0]);
        comparison->setProperty("secondId", ids[1]);
        page->setProperty("view", "compare");
        readAll("comparison", {"Figures of both runs", "Back to the run"});
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
