// Load runs' body templates: every placeholder rendered, every mistake refused with its column.
#include <QtTest>

#include <regex>
#include <set>

#include "load/BodyTemplate.h"

using namespace switchboard::load;
using Problem = TemplateError::Problem;

class TestBodyTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainBodyIsConstant();
    void placeholders();
    void randIntStaysInItsRange();
    void mistakes_data();
    void mistakes();
};

void TestBodyTemplate::plainBodyIsConstant()
{
    TemplateError error;
    std::mt19937_64 random(1);
    const auto t = BodyTemplate::parse(R"({"name": "{ not a placeholder }", "list": [{"a": 1}]})", error);
    QVERIFY(!error);
    QVERIFY(t.constant());
    QCOMPARE(t.render(5, random), std::string(R"({"name": "{ not a placeholder }", "list": [{"a": 1}]})"));
    QVERIFY(BodyTemplate::parse("", error).constant());
    QVERIFY(!error);
}

void TestBodyTemplate::placeholders()
{
    TemplateError error;
    std::mt19937_64 random(1);
    const auto t = BodyTemplate::parse(R"({"seq": {{seq}}, "id": "{{ uuid }}", "at": "{{now}}", "n": {{randInt 7 7}}})", error);
    QVERIFY2(!error, error.message().c_str());
    QVERIFY(!t.constant());
    const std::string a = t.render(0, random), b = t.render(41, random);
    const std::regex shape(R"re(\{"seq": (\d+), "id": "([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})", "at": "(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)", "n": 7\})re");
    std::smatch ma, mb;
    QVERIFY2(std::regex_match(a, ma, shape), a.c_str());
    QVERIFY2(std::regex_match(b, mb, shape), b.c_str());
    QCOMPARE(ma[1].str(), std::string("0"));
    QCOMPARE(mb[1].str(), std::string("41"));
    QVERIFY(ma[2].str() != mb[2].str()); // a fresh UUID each request
    const QDateTime at = QDateTime::fromString(QString::fromStdString(ma[3].str()), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY(std::abs(at.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
}

void TestBodyTemplate::randIntStaysInItsRange()
{
    TemplateError error;
    std::mt19937_64 random(9);
    const auto t = BodyTemplate::parse("{{randInt -2 3}}", error);
    QVERIFY(!error);
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i)
        seen.insert(t.render(uint64_t(i), random));
    QCOMPARE(seen, (std::set<std::string>{"-1", "-2", "0", "1", "2", "3"}));
}

void TestBodyTemplate::mistakes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed") << R"({"a": {{seq})" << int(Problem::Unclosed) << 7 << R"("{{" without "}}")";
    QTest::newRow("unknown") << R"({"a": "{{uid}}"})" << int(Problem::UnknownName) << 8 << "unknown placeholder {{uid}}";
    QTest::newRow("empty") << "x{{}}" << int(Problem::UnknownName) << 2 << "unknown placeholder {{}}";
    QTest::newRow("one number") << "{{randInt 5}}" << int(Problem::BadNumbers) << 1 << "two whole numbers";
    QTest::newRow("not numbers") << "{{randInt a b}}" << int(Problem::BadNumbers) << 1 << "two whole numbers";
    QTest::newRow("fraction") << "{{randInt 1 2.5}}" << int(Problem::BadNumbers) << 1 << "two whole numbers";
    QTest::newRow("too large") << "{{randInt 1 99999999999999999999}}" << int(Problem::BadNumbers) << 1 << "two whole numbers";
    QTest::newRow("backwards") << "ok {{randInt 9 1}}" << int(Problem::EmptyRange) << 4 << "must not be larger";
    QTest::newRow("second is wrong") << "{{seq}} {{sek}}" << int(Problem::UnknownName) << 9 << "{{sek}}";
}

void TestBodyTemplate::mistakes()
{
    QFETCH(QString, text);
    QFETCH(int, problem);
    QFETCH(int, column);
    QFETCH(QString, says);
    TemplateError error;
    const auto t = BodyTemplate::parse(text.toStdString(), error);
    QCOMPARE(int(error.problem), problem);
    QCOMPARE(error.column, column);
    const QString message = QString::fromStdString(error.message());
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("column %1:").arg(column)), qPrintable(message));
    QVERIFY(t.constant()); // nothing to send from a broken template
}

QTEST_GUILESS_MAIN(TestBodyTemplate)
#include "tst_body_template.moc"
