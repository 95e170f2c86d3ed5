// The call form generated from go-micro Value trees and JSON Schemas: rows, ranges, lists and
// maps, validation that names the field, the JSON round trip (unknown keys kept, a bad JSON text
// changes nothing), and hostile schemas (10 000 deep, 10 000 fields) that stay bounded.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "CallFormModel.h"
#include "SchemaTreeModel.h"
#include "micro/RegistryTypes.h"

using namespace switchboard;
using namespace switchboard::gui;
using nlohmann::json;

namespace {

micro::Value leaf(const char *name, const char *type)
{
    return {name, type, std::nullopt};
}

micro::Value node(const char *name, const char *type, std::vector<micro::Value> fields)
{
    return {name, type, std::move(fields)};
}

/// The demo's orders.Orders.Create request: nested structs, a []Line, a map.
micro::Value createOrder()
{
    return node("CreateRequest", "CreateRequest",
                {node("customer", "Customer", {leaf("id", "string"), leaf("vip", "bool")}),
                 node("lines", "[]Line", {leaf("sku", "string"), leaf("quantity", "int32")}),
                 leaf("metadata", "map[string]string"), leaf("count", "uint8"), leaf("ratio", "float32")});
}

json bodyOf(const CallFormModel &m)
{
    return json::parse(m.toJson().toStdString());
}

QVariant role(const CallFormModel &m, int row, CallFormModel::Role r)
{
    return m.data(m.index(row), r);
}

} // namespace

class TestCallForm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheGoTypes()
    {
        CallFormModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSchema(fieldFromGoValue(createOrder()));
        QStringList paths;
        for (int i = 0; i < m.count(); ++i)
            paths << role(m, i, CallFormModel::PathRole).toString();
        QCOMPARE(paths, (QStringList{"customer", "customer.id", "customer.vip", "lines", "metadata", "count", "ratio"}));
        QCOMPARE(role(m, m.rowOfPath("lines"), CallFormModel::KindRole).toString(), QString("array"));
        QCOMPARE(role(m, m.rowOfPath("count"), CallFormModel::RangeRole).toString(), QString("0 … 255"));
        QCOMPARE(role(m, m.rowOfPath("customer.vip"), CallFormModel::KindRole).toString(), QString("bool"));
        QCOMPARE(bodyOf(m), json::object()); // nothing set: an empty request
    }

    void nestedRepeatedAndNumberFieldsMakeTheBody()
    {
        CallFormModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSchema(fieldFromGoValue(createOrder()));
        QSignalSpy edited(&m, &CallFormModel::edited);
        m.setValue(m.rowOfPath("customer.id"), "c-42");
        m.addItem(m.rowOfPath("lines"));
        m.addItem(m.rowOfPath("lines"));
        QCOMPARE(m.rowOfPath("lines[1].quantity") > 0, true);
        m.setValue(m.rowOfPath("lines[0].sku"), "A-100");
        m.setValue(m.rowOfPath("lines[1].quantity"), "7");
        m.addItem(m.rowOfPath("metadata"));
        QVERIFY(!m.valid()); // a map entry without a key
        m.setValue(m.rowOfPath("metadata[\"\"]"), "channel", true);
        m.setValue(m.rowOfPath("metadata[\"channel\"]"), "web");
        m.setValue(m.rowOfPath("count"), "3");
        QVERIFY2(m.valid(), qPrintable(m.firstError()));
        QCOMPARE(bodyOf(m), json::parse(R"({"customer":{"id":"c-42"},"lines":[{"sku":"A-100"},{"quantity":7}],
                                           "metadata":{"channel":"web"},"count":3})"));
        QVERIFY(edited.count() >= 8);

        m.removeItem(m.rowOfPath("lines[0]"));
        QCOMPARE(bodyOf(m)["lines"], json::parse(R"([{"quantity":7}])"));
        QCOMPARE(m.rowOfPath("lines[1]"), -1); // the second element became the first
    }

    void outOfRangeNumbersNameTheField()
    {
        CallFormModel m;
        m.setSchema(fieldFromGoValue(createOrder()));
        m.setValue(m.rowOfPath("count"), "256");
        QVERIFY(!m.valid());
        QVERIFY2(m.firstError().startsWith("count: outside 0 … 255"), qPrintable(m.firstError()));
        m.setValue(m.rowOfPath("count"), "-1");
        QVERIFY(!m.valid());
        m.setValue(m.rowOfPath("count"), "255");
        QVERIFY(m.valid());
        m.setValue(m.rowOfPath("ratio"), "1e39");
        QVERIFY2(m.firstError().startsWith("ratio: too large for a float32"), qPrintable(m.firstError()));
    }

    void jsonFillsTheFormAndKeepsUnknownKeys()
    {
        CallFormModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSchema(fieldFromGoValue(createOrder()));
        const json in = json::parse(R"({"Customer":{"id":"c-1","vip":true},"lines":[{"sku":"B","quantity":2}],
                                        "metadata":{"a":"b"},"extra":{"kept":1}})");
        QCOMPARE(m.setJson(QString::fromStdString(in.dump())), QString());
        QCOMPARE(role(m, m.rowOfPath("customer.vip"), CallFormModel::ValueRole).toString(), QString("true"));
        QCOMPARE(role(m, m.rowOfPath("lines[0].quantity"), CallFormModel::ValueRole).toString(), QString("2"));
        json expected = in;
        expected["customer"] = expected["Customer"];
        expected.erase("Customer");
        QCOMPARE(bodyOf(m), expected);
    }

    void badJsonChangesNothingAndSaysWhere()
    {
        CallFormModel m;
        m.setSchema(fieldFromGoValue(createOrder()));
        m.setValue(m.rowOfPath("customer.id"), "kept");
        QCOMPARE(m.setJson(R"({"lines":[{"quantity":"two"}]})"),
                 QString("lines[0].quantity: expected a number (int32), got a string"));
        QCOMPARE(m.setJson("{not json"), QString("not valid JSON"));
        QCOMPARE(bodyOf(m), json::parse(R"({"customer":{"id":"kept"}})"));
    }

    void jsonSchemaOfSrvEndpoints()
    {
        CallFormModel m;
        m.setSchema(fieldFromJsonSchema(json::parse(
            R"({"type":"object","properties":{"sku":{"type":"string","enum":["A","B"]},"quantity":{"type":"integer"},
                 "tags":{"type":"array","items":{"type":"string"}},"labels":{"type":"object","additionalProperties":{"type":"number"}}}})")));
        QCOMPARE(role(m, m.rowOfPath("labels"), CallFormModel::KindRole).toString(), QString("map"));
        m.setValue(m.rowOfPath("sku"), "C");
        QVERIFY2(m.firstError().contains("one of: A, B"), qPrintable(m.firstError()));
        m.setValue(m.rowOfPath("sku"), "B");
        m.setValue(m.rowOfPath("quantity"), "3");
        m.addItem(m.rowOfPath("tags"));
        m.setValue(m.rowOfPath("tags[0]"), "x");
        QVERIFY(m.valid());
        QCOMPARE(bodyOf(m), json::parse(R"({"sku":"B","quantity":3,"tags":["x"]})"));
    }

    void hostileSchemasStayBounded()
    {
        // 10 000 levels deep: the form stops at kMaxFormDepth with a note, and JSON still works.
        micro::Value deep = leaf("leaf", "string");
        for (int i = 0; i < 10000; ++i) {
            std::vector<micro::Value> inner;
            inner.push_back(std::move(deep));
            deep = micro::Value{"n", "Nested", std::move(inner)};
        }
        CallFormModel m;
        QElapsedTimer t;
        t.start();
        m.setSchema(fieldFromGoValue(deep));
        QVERIFY(m.count() <= kMaxFormDepth + 1);
        bool noted = false;
        for (int i = 0; i < m.count(); ++i)
            noted = noted || role(m, i, CallFormModel::NoteRole).toString().contains("edit this part as JSON");
        QVERIFY(noted);

        // 10 000 fields: all there (ListView shows them lazily), built quickly.
        std::vector<micro::Value> fields;
        for (int i = 0; i < 10000; ++i)
            fields.push_back(leaf(("f" + std::to_string(i)).c_str(), "int64"));
        m.setSchema(fieldFromGoValue(node("Wide", "Wide", fields)));
        QCOMPARE(m.count(), 10000);
        m.setValue(9999, "5");
        QCOMPARE(bodyOf(m), json::parse(R"({"f9999":5})"));
        QVERIFY2(t.elapsed() < 5000, "hostile schemas took too long");

        SchemaTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setRoot(fieldFromGoValue(deep));
        const int collapsed = tree.count();
        QVERIFY(collapsed <= 3);
        tree.toggle(collapsed - 1);
        QCOMPARE(tree.count(), collapsed + 1);
        tree.toggle(collapsed - 1);
        QCOMPARE(tree.count(), collapsed);
    }
};

QTEST_GUILESS_MAIN(TestCallForm)
#include "tst_call_form.moc"
