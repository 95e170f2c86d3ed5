// Connecting with cnats against a real nats-server: each auth variant, with readable errors, and
// unreachable servers. Subscription lifetime is in tst_subscription.
#include <QtTest>

#include <fstream>

#include "NatsJwt.h"
#include "NatsServer.h"
#include "TestCertificates.h"
#include "nats/ConnectFailure.h"
#include "nats/Connection.h"
#include "nats/Error.h"
#include "nats/NKeySeed.h"

using namespace switchboard;
using namespace switchboard::testing;

namespace {
// The example user key of the NATS documentation.
constexpr const char *kSeed = "SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3VY";
constexpr const char *kPublic = "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4";
} // namespace

// Prints why the connection failed: QCOMPARE cannot print a std::string and shows only the expression.
#define QVERIFY_CONNECTS(options)                                    \
    do {                                                             \
        const std::string why = connectError(options);               \
        QVERIFY2(why == "connected", why.c_str());                   \
    } while (false)

class TestConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unreachableServerFailsFastWithText();
    void userPassword();
    void secretsInServerUrlsAreNotShown();
    void token();
    void nkeyPublicKeyIsDerivedFromSeed();
    void nkeyAuthentication();
    void signedLoginsAreNotRefusedByChance();
    void malformedSeedIsRejected();
    void tlsWithOwnCertificateAuthority();
    void tlsWithClientCertificates();
    void credentialsFileWithGeneratedJwts();

private:
    /// Building the options fails with an error that names the offending file.
    static bool buildFailsNaming(const nats::ConnectOptions &o, const std::string &file)
    {
        try {
            (void)o.build();
        } catch (const nats::Error &e) {
            return std::string(e.what()).find(file) != std::string::npos;
        }
        return false;
    }
    /// A server whose one user is the NKey kPublic, and options that log in with its seed file.
    struct NkeyServer {
        NatsServer server{withNkeyUser()};
        nats::ConnectOptions options;
        NkeyServer()
        {
            server.start();
            options.servers = {server.url()};
            options.nkeySeedFile = server.directory() + "/user.nk";
            std::ofstream(options.nkeySeedFile) << kSeed << "\n";
        }
        static NatsServerOptions withNkeyUser()
        {
            NatsServerOptions so;
            so.nkeyPublic = kPublic;
            return so;
        }
    };
    static std::string connectError(const nats::ConnectOptions &o)
    {
        try {
            nats::Connection::connect(o);
        } catch (const nats::Error &e) {
            return e.kind() == nats::ErrorKind::ConnectionFailed ? e.what() : std::string("wrong kind: ") + e.what();
        }
        return "connected";
    }
};

void TestConnection::unreachableServerFailsFastWithText()
{
    nats::ConnectOptions o;
    o.servers = {"nats://127.0.0.1:" + std::to_string(freePort())};
    QElapsedTimer timer;
    timer.start();
    const std::string error = connectError(o);
    QVERIFY2(error.find("cannot connect to nats://127.0.0.1:") == 0, error.c_str());
    QVERIFY(timer.elapsed() < 3000);
}

void TestConnection::userPassword()
{
    NatsServerOptions so;
    so.user = "alice";
    so.password = "s3cret";
    NatsServer server(so);
    server.start();
    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.user = "alice";
    o.password = "s3cret";
    QVERIFY_CONNECTS(o);
    o.password = "wrong";
    const std::string error = connectError(o);
    QVERIFY2(error.find("Authorization") != std::string::npos, error.c_str());
    QVERIFY2(error.find("did not accept user \"alice\" with this password") != std::string::npos, error.c_str());
    o.user.clear();
    o.password.clear();
    const std::string none = connectError(o);
    QVERIFY2(none.find("requires a login") != std::string::npos, none.c_str());
    o.servers = {"nats://alice:wrong@" + server.url().substr(std::string("nats://").size())};
    const std::string inUrl = connectError(o);
    o.servers = {"nats://alice:s3cret@" + server.url().substr(std::string("nats://").size())};
    {
        auto conn = nats::Connection::connect(o);
        QCOMPARE(conn->connectedUrl(), "nats://alice:***@" + server.url().substr(std::string("nats://").size()));
    }
    o.servers = {"nats://alice:wrong@" + server.url().substr(std::string("nats://").size())};
    QVERIFY2(inUrl.find("did not accept the login in the server URL") != std::string::npos, inUrl.c_str());
    QVERIFY2(inUrl.find("wrong") == std::string::npos && inUrl.find("nats://alice:***@127.0.0.1:") != std::string::npos,
             inUrl.c_str()); // the password is not repeated in the message
}

void TestConnection::secretsInServerUrlsAreNotShown()
{
    QCOMPARE(nats::redactedUrl("nats://alice:s3cret@host:4222"), std::string("nats://alice:***@host:4222"));
    QCOMPARE(nats::redactedUrl("tls://t0ken@host:4222"), std::string("tls://***@host:4222"));
    QCOMPARE(nats::redactedUrl("nats://host:4222"), std::string("nats://host:4222"));
    QCOMPARE(nats::redactedUrl("alice:pw@host"), std::string("alice:***@host"));
    QCOMPARE(nats::redactedUrl("nats://host:4222/a@b"), std::string("nats://host:4222/a@b")); // no login part
    QCOMPARE(nats::redactedUrl("nats://bob:p@ss@host"), std::string("nats://bob:***@host"));
    QCOMPARE(nats::redactedUrl("nats://[::1]:4222"), std::string("nats://[::1]:4222"));
    QCOMPARE(nats::redactedUrl(""), std::string());
}

void TestConnection::token()
{
    NatsServerOptions so;
    so.token = "t0ken";
    NatsServer server(so);
    server.start();
    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.token = "t0ken";
    QVERIFY_CONNECTS(o);
    o.token = "nope";
    const std::string error = connectError(o);
    QVERIFY2(error.find("Authorization") != std::string::npos && error.find("did not accept the token") != std::string::npos,
             error.c_str());
}

void TestConnection::nkeyPublicKeyIsDerivedFromSeed()
{
    QCOMPARE(nats::NKeySeed::parse(kSeed).publicKey(), std::string(kPublic));
    QCOMPARE(nats::NKeySeed::parse(kSeed).encoded(), std::string(kSeed)); // and back
    for (const char type : {'O', 'A', 'U'}) {
        const auto fresh = nats::NKeySeed::generate(type);
        QCOMPARE(fresh.publicKey()[0], type);
        QCOMPARE(nats::NKeySeed::parse(fresh.encoded()).publicKey(), fresh.publicKey());
        QCOMPARE(fresh.sign("nonce").size(), size_t(64));
    }
}

void TestConnection::nkeyAuthentication()
{
    NkeyServer nkey;
    nats::ConnectOptions o = nkey.options;
    QVERIFY_CONNECTS(o);
    const std::string strangerFile = nkey.server.directory() + "/stranger.nk";
    std::ofstream(strangerFile) << nats::NKeySeed::generate('U').encoded() << "\n";
    o.nkeySeedFile = strangerFile;
    const std::string stranger = connectError(o);
    QVERIFY2(stranger.find("does not accept the NKey " + nats::NKeySeed::fromFile(strangerFile).publicKey() + " of " + strangerFile)
                 != std::string::npos,
             stranger.c_str());
    o.nkeySeedFile.clear();
    QVERIFY(connectError(o).find("Authorization") != std::string::npos);
}

void TestConnection::signedLoginsAreNotRefusedByChance()
{
    // cnats 3.4.1 leaves out the nonce signature when its first byte is 0: 1 login in 256 was
    // refused (CI saw it). 1 000 logins all pass only with the retry; without it they pass
    // together 2 runs in 100.
    NkeyServer nkey;
    const nats::ConnectOptions &o = nkey.options;
    int refused = 0;
    std::string lastError;
    for (int i = 0; i < 1000; ++i) {
        const std::string why = connectError(o);
        if (why != "connected") {
            ++refused;
            lastError = why;
        }
    }
    QVERIFY2(refused == 0, (std::to_string(refused) + " of 1000 refused, e.g. " + lastError).c_str());
}

void TestConnection::malformedSeedIsRejected()
{
    for (const char *bad : {"SUACSSL3UAHUDXKFSNVUZRF5UHPMWZ6BFDTJ7M6USDXIEDNPPQYYYCU3XX", "S1", "hello"}) {
        try {
            (void)nats::NKeySeed::parse(bad);
            QFAIL(bad);
        } catch (const nats::Error &e) {
            QCOMPARE(e.kind(), nats::ErrorKind::InvalidArgument);
        }
    }
    nats::ConnectOptions o;
    o.nkeySeedFile = "/nonexistent/seed.nk";
    QVERIFY(buildFailsNaming(o, o.nkeySeedFile));
}

void TestConnection::tlsWithOwnCertificateAuthority()
{
    // A throw-away CA and a server certificate for 127.0.0.1, made with the openssl tool.
    QTemporaryDir dir;
    const TestCertificates certs = makeTestCertificates(dir.path().toStdString());
    const std::string dir8 = dir.path().toStdString();
    NatsServerOptions so;
    so.extraConfig = certs.serverTlsConfig();
    NatsServer server(so);
    server.start();
    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.tlsCaFile = dir8 + "/ca.pem";
    QVERIFY_CONNECTS(o);
    o.tlsCaFile.clear(); // a plain client is refused by a TLS-only server
    QVERIFY(connectError(o) != "connected");
    o.tlsCaFile = certs.otherCaFile; // a CA that did not sign the server's certificate
    const std::string unknownCa = connectError(o);
    QVERIFY2(unknownCa.find("unable to get local issuer certificate") != std::string::npos, unknownCa.c_str());
    o.tlsCaFile.clear();
    o.tlsSkipVerify = true; // explicit: TLS without checking who answers
    QVERIFY_CONNECTS(o);
    o.tlsSkipVerify = false;
    o.tlsCaFile = "/nonexistent/ca.pem";
    QVERIFY(buildFailsNaming(o, o.tlsCaFile));
}

void TestConnection::tlsWithClientCertificates()
{
    // Mutual TLS: the server asks for a certificate signed by its CA.
    QTemporaryDir dir;
    const TestCertificates certs = makeTestCertificates(dir.path().toStdString());
    NatsServerOptions so;
    so.extraConfig = certs.serverTlsConfig(true);
    NatsServer server(so);
    server.start();
    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.tlsCaFile = certs.caFile;
    o.tlsCertFile = certs.clientCertFile;
    o.tlsKeyFile = certs.clientKeyFile;
    QVERIFY_CONNECTS(o);
    o.tlsCertFile.clear(); // no client certificate at all
    o.tlsKeyFile.clear();
    const std::string missing = connectError(o);
    qInfo("without a client certificate: %s", missing.c_str());
    QVERIFY2(missing.find("requires a client certificate") != std::string::npos, missing.c_str());
    o.tlsCertFile = certs.strangerCertFile; // one the server's CA did not sign
    o.tlsKeyFile = certs.strangerKeyFile;
    const std::string stranger = connectError(o);
    qInfo("with a certificate of another CA: %s", stranger.c_str());
    QVERIFY2(stranger.find("did not accept the client certificate") != std::string::npos, stranger.c_str());
    o.tlsKeyFile = certs.clientKeyFile; // certificate and key that do not belong together
    QVERIFY(buildFailsNaming(o, certs.strangerCertFile) || connectError(o) != "connected");
}

void TestConnection::credentialsFileWithGeneratedJwts()
{
    // Operator mode as nsc sets it up: operator → account → users, JWTs signed in the test.
    NatsOperator op;
    const NatsUser good = op.user("app");
    const int64_t hourAgo = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count() - 3600;
    const NatsUser expired = op.user("old", hourAgo);
    const NatsUser revoked = op.user("gone");
    op.revoke(revoked);
    NatsServerOptions so;
    so.extraConfig = op.serverConfig();
    NatsServer server(so);
    server.start();
    QTemporaryDir dir;
    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.credsFile = NatsOperator::writeCreds(good, dir.filePath(QStringLiteral("app.creds")).toStdString());
    QVERIFY_CONNECTS(o);

    o.credsFile = NatsOperator::writeCreds(expired, dir.filePath(QStringLiteral("old.creds")).toStdString());
    QCOMPARE(nats::credsExpiry(o.credsFile), hourAgo);
    const std::string old = connectError(o);
    qInfo("expired: %s", old.c_str());
    QVERIFY2(old.find("Authorization Violation") != std::string::npos && old.find("expired at") != std::string::npos, old.c_str());

    o.credsFile = NatsOperator::writeCreds(revoked, dir.filePath(QStringLiteral("gone.creds")).toStdString());
    const std::string gone = connectError(o);
    qInfo("revoked: %s", gone.c_str());
    QVERIFY2(gone.find("the account revoked it") != std::string::npos, gone.c_str());

    o.credsFile = dir.filePath(QStringLiteral("missing.creds")).toStdString();
    const std::string missing = connectError(o);
    qInfo("missing file: %s", missing.c_str());
    QVERIFY2(missing.find(o.credsFile) != std::string::npos, missing.c_str());
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
