#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QStringList>

#include <stdexcept>

namespace switchboard::testing {

namespace {

void openssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        throw std::runtime_error("openssl " + args.join(u' ').toStdString() + ": " + p.readAllStandardError().toStdString());
}

void makeCa(const QString &dir, const QString &name)
{
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=switchboard-test-") + name,
             QStringLiteral("-keyout"), dir + u'/' + name + QStringLiteral(".key"), QStringLiteral("-out"), dir + u'/' + name + QStringLiteral(".pem")});
}

/// A certificate for `name` signed by the CA `ca` (ca.pem/ca.key in dir), with the given extensions.
void makeSigned(const QString &dir, const QString &name, const QString &ca, const QString &subject, const QByteArray &extensions)
{
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
             subject, QStringLiteral("-keyout"), dir + u'/' + name + QStringLiteral(".key"), QStringLiteral("-out"),
             dir + u'/' + name + QStringLiteral(".csr")});
    QFile ext(dir + u'/' + name + QStringLiteral(".cnf"));
    if (!ext.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + ext.fileName().toStdString());
    ext.write(extensions);
    ext.close();
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir + u'/' + name + QStringLiteral(".csr"), QStringLiteral("-CA"),
             dir + u'/' + ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), dir + u'/' + ca + QStringLiteral(".key"),
             QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"), ext.fileName(),
             QStringLiteral("-out"), dir + u'/' + name + QStringLiteral(".pem")});
}

} // namespace

std::string TestCertificates::serverTlsConfig(bool verifyClients) const
{
    std::string block = "tls { cert_file: \"" + serverCertFile + "\", key_file: \"" + serverKeyFile + "\"";
    if (verifyClients)
        block += ", ca_file: \"" + caFile + "\", verify: true";
    return block + " }";
}

TestCertificates makeTestCertificates(const std::string &directory)
{
    const QString d = QString::fromStdString(directory);
    makeCa(d, QStringLiteral("ca"));
    makeCa(d, QStringLiteral("other-ca"));
    makeSigned(d, QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("/CN=127.0.0.1"), "subjectAltName=IP:127.0.0.1\n");
    makeSigned(d, QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("/CN=switchboard-test-client"), "extendedKeyUsage=clientAuth\n");
    makeSigned(d, QStringLiteral("stranger"), QStringLiteral("other-ca"), QStringLiteral("/CN=switchboard-test-stranger"),
               "extendedKeyUsage=clientAuth\n");
    TestCertificates c;
    c.caFile = directory + "/ca.pem";
    c.serverCertFile = directory + "/server.pem";
    c.serverKeyFile = directory + "/server.key";
    c.otherCaFile = directory + "/other-ca.pem";
    c.clientCertFile = directory + "/client.pem";
    c.clientKeyFile = directory + "/client.key";
    c.strangerCertFile = directory + "/stranger.pem";
    c.strangerKeyFile = directory + "/stranger.key";
    return c;
}

} // namespace switchboard::testing
