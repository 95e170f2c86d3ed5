// SchemaSet: .proto files, folders and descriptor sets imported through Google's importer, with
// mistakes named as protoc names them (file:line:column), and go-micro's endpoint naming matched.
#include <QTemporaryDir>
#include <QtTest>

#include <google/protobuf/descriptor.h>

#include <filesystem>
#include <fstream>

#include "proto/MethodMatcher.h"
#include "proto/SchemaSet.h"

using namespace switchboard::proto;

namespace {

const std::string kProtoDir = SB_PROTO_DIR;

bool hasProblem(const SchemaImport &import, const std::string &text)
{
    for (const auto &p : import.problems)
        if (p.text() == text)
            return true;
    return false;
}

} // namespace

class TestProtoSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aFileImportsWithItsImportsAndTheWellKnownTypes()
    {
        // No -I for google/protobuf: the well-known types come with libprotobuf itself.
        const auto import = SchemaSet::load({{kProtoDir + "/shop/v1/shop.proto"}, {kProtoDir}, {}});
        QVERIFY2(import.ok(), joinProblems(import.problems).c_str());
        QCOMPARE(import.set->files(), std::vector<std::string>{"shop/v1/shop.proto"});
        const auto *order = import.set->findMessage("shop.v1.Order");
        QVERIFY(order);
        QCOMPARE(import.set->findMessage(".shop.v1.Order"), order);
        QCOMPARE(order->FindFieldByName("placed_at")->message_type()->full_name(), std::string("google.protobuf.Timestamp"));
        QCOMPARE(order->FindFieldByName("card")->containing_oneof()->name(), std::string("payment"));
        QVERIFY(order->FindFieldByName("counters")->is_map());
        QCOMPARE(order->FindFieldByName("status")->enum_type()->value_count(), 4);
        QVERIFY(import.set->findMessage("google.protobuf.Timestamp"));
        QVERIFY(!import.set->findMessage("shop.v1.Nope"));
        QVERIFY(!import.set->findMessage(""));
        // Map entries are not types anyone picks; nested and imported types are listed.
        std::vector<std::string> names;
        for (const auto *m : import.set->messages())
            names.push_back(m->full_name());
        QVERIFY(std::find(names.begin(), names.end(), "shop.v1.Item") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "google.protobuf.Any") != names.end());
        QVERIFY(std::none_of(names.begin(), names.end(), [](auto &n) { return n.find("Entry") != std::string::npos; }));
        QVERIFY(std::is_sorted(names.begin(), names.end()));
        QCOMPARE(import.set->services().size(), size_t(1));
    }

    void aLoneFileFindsItsNeighboursWithoutAnImportPath()
    {
        const auto import = SchemaSet::load({{kProtoDir + "/other/greeter.proto"}, {}, {}});
        QVERIFY2(import.ok(), joinProblems(import.problems).c_str());
        QCOMPARE(import.set->files(), std::vector<std::string>{"greeter.proto"});
    }

    void aFolderImportsEveryProtoInIt()
    {
        const auto import = SchemaSet::load({{kProtoDir + "/other"}, {}, {}});
        QVERIFY2(import.ok(), joinProblems(import.problems).c_str());
        QCOMPARE(import.set->files(), (std::vector<std::string>{"greeter.proto", "greeter_v2.proto"}));
    }

    void mistakesAreNamedAsProtocNamesThemAndTheRestLoads()
    {
        const auto import = SchemaSet::load({{kProtoDir + "/broken", kProtoDir + "/other/greeter.proto"}, {}, {}});
        QVERIFY2(hasProblem(import, "typo.proto:10:3: \"strin\" is not defined."), joinProblems(import.problems).c_str());
        QVERIFY2(hasProblem(import, "undefined.proto:6:3: \"Missing\" is not defined."), joinProblems(import.problems).c_str());
        QVERIFY2(hasProblem(import, "selfie.proto:3:1: File recursively imports itself: selfie.proto -> selfie.proto"),
                 joinProblems(import.problems).c_str());
        QCOMPARE(import.problems.size(), size_t(3));
        QCOMPARE(import.set->files(), std::vector<std::string>{"greeter.proto"});
        QVERIFY(import.set->findMessage("greeter.v1.HelloRequest"));
        QVERIFY(!import.set->findMessage("broken.Fine")); // a file with a mistake is left out whole
    }

    void missingAndUnreadableSourcesAreNamed()
    {
        QTemporaryDir dir;
        const std::string empty = dir.path().toStdString();
        const std::string notASet = empty + "/not-a-set.pb";
        std::ofstream(notASet) << "this is not a FileDescriptorSet \x01\x02";
        const auto import = SchemaSet::load({{empty + "/gone.proto", empty}, {}, {notASet, empty + "/gone.pb"}});
        QVERIFY2(hasProblem(import, empty + "/gone.proto: no such file or folder"), joinProblems(import.problems).c_str());
        QVERIFY2(hasProblem(import, empty + ": no .proto files in this folder"), joinProblems(import.problems).c_str());
        QVERIFY2(hasProblem(import, notASet + ": not a descriptor set (write one with protoc -o FILE --include_imports)"),
                 joinProblems(import.problems).c_str());
        QVERIFY(import.set && import.set->isEmpty());
    }

    void aFileShadowedByAnEarlierImportPathIsNamed()
    {
        QTemporaryDir dir;
        const std::string copy = dir.path().toStdString() + "/greeter.proto";
        std::filesystem::copy_file(kProtoDir + "/other/greeter.proto", copy);
        const auto import = SchemaSet::load({{copy}, {kProtoDir + "/other"}, {}});
        QCOMPARE(import.problems.size(), size_t(1));
        QVERIFY2(import.problems[0].message.find("is shadowed by") != std::string::npos, import.problems[0].text().c_str());
    }

    void descriptorSetsImportWithTheirComments()
    {
        const auto import = SchemaSet::load({{}, {}, {SB_SHOP_DESCRIPTOR_SET}});
        QVERIFY2(import.ok(), joinProblems(import.problems).c_str());
        // Every file of the set but the well-known types, which come with libprotobuf.
        QCOMPARE(import.set->files(), (std::vector<std::string>{"shop/v1/shop.proto", "other/greeter.proto"}));
        const auto *order = import.set->findMessage("shop.v1.Order");
        QVERIFY(order);
        QCOMPARE(SchemaSet::commentOf(order), std::string("One customer order."));
        QCOMPARE(SchemaSet::commentOf(order->FindFieldByName("placed_at")), std::string("When the customer pressed \"buy\"."));
        QVERIFY(import.set->findMessage("greeter.v1.HelloRequest"));
    }

    void commentsComeFromTheProtoText()
    {
        const auto import = SchemaSet::load({{kProtoDir + "/shop/v1/shop.proto"}, {kProtoDir}, {}});
        const auto *shop = import.set->pool().FindServiceByName("shop.v1.Shop");
        QVERIFY(shop);
        QCOMPARE(SchemaSet::commentOf(shop->FindMethodByName("PlaceOrder")), std::string("Places an order and says what became of it."));
        QCOMPARE(SchemaSet::commentOf(shop->FindMethodByName("Echo")), std::string());
    }

    void aSetWrittenOutImportsAgain()
    {
        const auto first = SchemaSet::load({{kProtoDir + "/shop/v1/shop.proto"}, {kProtoDir}, {}});
        const auto again = SchemaSet::fromDescriptorSet(first.set->toDescriptorSet());
        QVERIFY2(again.ok(), joinProblems(again.problems).c_str());
        QCOMPARE(again.set->messages().size(), first.set->messages().size());
        QCOMPARE(SchemaSet::commentOf(again.set->findMessage("shop.v1.Order")), std::string("One customer order."));
        QVERIFY(!SchemaSet::fromDescriptorSet("\xff\xff\xff").ok());
    }

    void endpointsMatchByGoMicroNaming()
    {
        const auto import = SchemaSet::load({{kProtoDir + "/other", kProtoDir + "/shop/v1/shop.proto"}, {kProtoDir}, {}});
        QVERIFY2(import.ok(), joinProblems(import.problems).c_str());
        const auto &set = *import.set;

        const auto shop = matchEndpoint(set, "Shop.PlaceOrder");
        QVERIFY(shop.found());
        QCOMPARE(shop.method->full_name(), std::string("shop.v1.Shop.PlaceOrder"));

        // Two packages have a Greeter.Hello: only the registry's type names tell them apart.
        const auto either = matchEndpoint(set, "Greeter.Hello");
        QVERIFY(!either.found());
        QCOMPARE(either.candidates.size(), size_t(2));
        QCOMPARE(matchEndpoint(set, "Greeter.Hello", "HelloRequest").method->full_name(), std::string("greeter.v1.Greeter.Hello"));
        QCOMPARE(matchEndpoint(set, "Greeter.Hello", "*pb.Request", "Response").method->full_name(),
                 std::string("greeter.v2.Greeter.Hello"));
        QVERIFY(!matchEndpoint(set, "Greeter.Hello", "Other").found());
        QVERIFY(!matchEndpoint(set, "Nope.Hello").found());
        QVERIFY(!matchEndpoint(set, "NoDot").found());
        QVERIFY(!matchEndpoint(set, ".Hello").found());

        QCOMPARE(findMethod(set, "greeter.v2.Greeter.Hello"), matchEndpoint(set, "Greeter.Hello", "Request").method);
        QVERIFY(!findMethod(set, "greeter.v2.Greeter.Nope"));
        QCOMPARE(messagesNamed(set, "HelloRequest").size(), size_t(1));
        QCOMPARE(messagesNamed(set, "Request").front()->full_name(), std::string("greeter.v2.Request"));
    }
};

QTEST_GUILESS_MAIN(TestProtoSchema)
#include "tst_proto_schema.moc"
