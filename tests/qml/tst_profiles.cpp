// Connection profiles without a server: the JSON round trip (no secrets in it), logins built from
// a profile, natscli context import, the profiles file written atomically and a corrupt one moved
// aside with the reason, secrets kept in memory when there is no keychain, failure texts.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>

#include "ConnectionTest.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"

using namespace switchboard;
using namespace switchboard::gui;

class TestProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripWithoutSecrets();
    void loginsFromAProfile();
    void natsContexts();
    void storeWritesAndSurvivesCorruption();
    void secretsInMemory();
    void withoutASecretServiceTheBannerSaysWhatToInstall();
    void failureTexts();
};

void TestProfiles::roundTripWithoutSecrets()
{
    Profile p;
    p.name = QStringLiteral("prod-eu");
    p.servers = {QStringLiteral("nats://a:4222"), QStringLiteral("nats://b:4222")};
    p.auth = Profile::Auth::UserPassword;
    p.user = QStringLiteral("ops");
    p.tlsSkipVerify = true;
    p.monitorUrls = {QStringLiteral("http://a:8222")};
    p.systemUser = QStringLiteral("sys");
    p.registry = QStringLiteral("in-tree");
    p.expectedServers = 3;
    p.rememberedServers = {{"n1", "az-a", {"10.0.0.1:6222"}}};
    p.protobuf.protoPaths = {QStringLiteral("/srv/proto/shop.proto"), QStringLiteral("/srv/proto/more")};
    p.protobuf.importPaths = {QStringLiteral("/srv/proto")};
    p.protobuf.descriptorSets = {QStringLiteral("/srv/shop.pb")};
    p.protobuf.methods[endpointKey(QStringLiteral("shop"), QStringLiteral("Greeter.Hello"))] = QStringLiteral("greeter.v2.Greeter.Hello");
    p.protobuf.messages[QStringLiteral("orders.created")] = QStringLiteral("shop.v1.Order");
    p.protobuf.contentTypes[endpointKey(QStringLiteral("shop"), QStringLiteral("Shop.PlaceOrder"))] = QStringLiteral("application/protobuf");
    const QByteArray json = QJsonDocument(p.toJson()).toJson();
    QVERIFY(!json.contains("password\"")); // no field for it at all
    const Profile back = Profile::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(back.toJson(), p.toJson());
    QCOMPARE(back.rememberedServers[0].endpoints[0], std::string("10.0.0.1:6222"));
    QVERIFY(back.protobuf == p.protobuf);
    QCOMPARE(back.protobuf.sources().protoPaths.size(), size_t(2));
    // Junk in the protobuf object is left out, not fatal.
    QJsonObject junk = p.toJson();
    junk[QStringLiteral("protobuf")] = QJsonObject{{QStringLiteral("proto_paths"), QJsonArray{1, QStringLiteral("a.proto"), QJsonValue()}},
                                                   {QStringLiteral("methods"), QStringLiteral("not an object")}};
    const Profile lenient = Profile::fromJson(junk);
    QCOMPARE(lenient.protobuf.protoPaths, QStringList{QStringLiteral("a.proto")});
    QVERIFY(lenient.protobuf.methods.isEmpty());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Profile::fromJson(QJsonObject{}));
}

void TestProfiles::loginsFromAProfile()
{
    Profile p;
    p.name = QStringLiteral("x");
    p.servers = {QStringLiteral("a:4222,b:4222")};
    p.auth = Profile::Auth::Token;
    p.systemUser = QStringLiteral("sys");
    const auto services = p.servicesLogin({QStringLiteral("pw"), QStringLiteral("tok"), QStringLiteral("syspw")});
    QCOMPARE(services.servers, (std::vector<std::string>{"nats://a:4222", "nats://b:4222"}));
    QCOMPARE(services.token, std::string("tok"));
    QVERIFY(services.password.empty());
    const auto system = p.systemLogin({QStringLiteral("pw"), QStringLiteral("tok"), QStringLiteral("syspw")});
    QVERIFY(system.has_value());
    QCOMPARE(system->user, std::string("sys"));
    QCOMPARE(system->password, std::string("syspw"));
    QVERIFY(system->token.empty()); // one login method per connection
    p.systemUser.clear();
    QVERIFY(!p.systemLogin({}).has_value());
    p.auth = Profile::Auth::NKey;
    QCOMPARE(p.problem(), QStringLiteral("NKey login needs the seed file."));
    p.tlsCert = QStringLiteral("c.pem");
    p.nkeySeedFile = QStringLiteral("s.nk");
    QVERIFY(p.problem().contains(QStringLiteral("needs its key")));
}

void TestProfiles::natsContexts()
{
    auto c = profileFromNatsContext(QStringLiteral("orders"),
                                    R"({"description":"","url":"nats://n1:4222,nats://n2:4222","user":"alice","password":"pw","ca":"/ca.pem"})");
    QCOMPARE(c.profile.servers, (QStringList{QStringLiteral("nats://n1:4222"), QStringLiteral("nats://n2:4222")}));
    QCOMPARE(c.profile.auth, Profile::Auth::UserPassword);
    QCOMPARE(c.profile.user, QStringLiteral("alice"));
    QCOMPARE(c.secrets.password, QStringLiteral("pw"));
    QCOMPARE(c.profile.tlsCa, QStringLiteral("/ca.pem"));
    QCOMPARE(c.profile.importedFrom, QStringLiteral("natscli context orders"));
    // natscli's --user is "Username or Token": a user without a password is a token.
    c = profileFromNatsContext(QStringLiteral("t"), R"({"url":"nats://n1:4222","user":"s3cr3t-token"})");
    QCOMPARE(c.profile.auth, Profile::Auth::Token);
    QCOMPARE(c.secrets.token, QStringLiteral("s3cr3t-token"));
    c = profileFromNatsContext(QStringLiteral("c"), R"({"creds":"/u.creds"})");
    QCOMPARE(c.profile.auth, Profile::Auth::Credentials);
    QCOMPARE(c.profile.servers, QStringList{QStringLiteral("nats://127.0.0.1:4222")});
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, profileFromNatsContext(QStringLiteral("bad"), "{not json"));
}

void TestProfiles::storeWritesAndSurvivesCorruption()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("profiles.json"));
    {
        ProfileStore store(file);
        QVERIFY(store.loadError().isEmpty());
        Profile p;
        p.name = QStringLiteral("a");
        p.servers = {QStringLiteral("nats://a:4222")};
        QCOMPARE(store.put(p), QString());
        Profile q = p;
        q.name = QStringLiteral("b");
        QCOMPARE(store.put(q), QString());
        QCOMPARE(store.put(p, QStringLiteral("b")), QStringLiteral("A profile named a exists already."));
        Profile bad;
        bad.name = QStringLiteral("c");
        QVERIFY(!store.put(bad).isEmpty()); // no servers
    }
    {
        ProfileStore store(file);
        QCOMPARE(store.profiles().size(), size_t(2));
        store.remove(QStringLiteral("a"));
    }
    QCOMPARE(ProfileStore(file).profiles().size(), size_t(1));
    // A corrupt file: moved aside, reported, never overwritten.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"profiles\": [ {\"name\": ");
    }
    ProfileStore store(file);
    QVERIFY(store.profiles().empty());
    QVERIFY2(store.loadError().startsWith(QStringLiteral("The profiles file could not be read (")), qPrintable(store.loadError()));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside[0]));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"profiles\": [ {\"name\": "));
}

void TestProfiles::secretsInMemory()
{
    SecretStore store(false);
    QCOMPARE(store.backend(), SecretStore::Backend::MemoryOnly);
    QVERIFY(store.statusText().contains(QStringLiteral("only until Switchboard closes")));
    store.write(QStringLiteral("k"), QStringLiteral("v"));
    QString got;
    store.read(QStringLiteral("k"), [&](const QString &s) { got = s; });
    QCOMPARE(got, QStringLiteral("v"));
    store.remove(QStringLiteral("k"));
    store.read(QStringLiteral("k"), [&](const QString &s) { got = s; });
    QCOMPARE(got, QString());
}

void TestProfiles::withoutASecretServiceTheBannerSaysWhatToInstall()
{
    // A session bus that is not there: QtKeychain's probe fails the way it does on a machine
    // without gnome-keyring or KWallet (it said "Unknown error", and the banner repeated it).
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/switchboard-test-bus");
    SecretStore store(true);
    QTRY_COMPARE_WITH_TIMEOUT(store.backend(), SecretStore::Backend::MemoryOnly, 10000);
    if (bus.isNull())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    const QString text = store.statusText();
    QVERIFY2(!text.contains(QStringLiteral("Unknown error")) && !text.contains(QStringLiteral("()")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("only until Switchboard closes")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("gnome-keyring")) || text.contains(QStringLiteral("The keychain said:")), qPrintable(text));
}

void TestProfiles::failureTexts()
{
    nats::ConnectOptions o;
    o.servers = {"nats://127.0.0.1:1"};
    QVERIFY(explainConnectFailure("Authentication Violation (Authorization Violation)", o).startsWith(QStringLiteral("The server refused the login")));
    QVERIFY(explainConnectFailure("SSL error: certificate verify failed", o).startsWith(QStringLiteral("TLS: the server's certificate")));
    QVERIFY(explainConnectFailure("Protocol Error (Expected 'PONG', got ''); the server closed the TLS connection without answering: "
                                  "it requires a client certificate (set the TLS client certificate and key)", o)
                .startsWith(QStringLiteral("The server requires a TLS client certificate")));
    QVERIFY(explainConnectFailure("…; the server closed the TLS connection without answering: it did not accept the client certificate c.pem", o)
                .startsWith(QStringLiteral("The server did not accept the TLS client certificate")));
    QVERIFY(explainConnectFailure("Authentication Violation (Authorization Violation); the user JWT in a.creds expired at 2026-11-30 03:17:46 UTC", o)
                .startsWith(QStringLiteral("The user JWT of the credentials file has expired")));
    QVERIFY(explainConnectFailure("Authentication Violation (Authorization Violation); the server did not accept the user JWT in a.creds: "
                                  "the account revoked it, or the server does not know the account that signed it", o)
                .startsWith(QStringLiteral("The server did not accept the user JWT")));
    QVERIFY(explainConnectFailure("No server available for connection", o).startsWith(QStringLiteral("No server answered at nats://127.0.0.1:1 within 2 s")));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
