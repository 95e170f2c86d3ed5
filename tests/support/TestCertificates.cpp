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

} // namespace

std::string TestCertificates::serverTlsConfig() const
{
    return "tls { cert_file: \"" + serverCertFile + "\", key_file: \"" + serverKeyFile + "\" }";
}

TestCertificates makeTestCertificates(const std::string &directory)
{
    const QString d = QString::fromStdString(directory);
    makeCa(d, QStringLiteral("ca"));
    makeCa(d, QStringLiteral("other-ca"));
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), d + QStringLiteral("/server.key"), QStringLiteral("-out"),
             d + QStringLiteral("/server.csr")});
    {
        QFile ext(d + QStringLiteral("/ext.cnf"));
        if (!ext.open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write ext.cnf");
        ext.write("subjectAltName=IP:127.0.0.1\n");
    }
    openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/server.csr"), QStringLiteral("-CA"),
             d + QStringLiteral("/ca.pem"), QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"), d + QStringLiteral("/ext.cnf"), QStringLiteral("-out"),
             d + QStringLiteral("/server.pem")});
    return {directory + "/ca.pem", directory + "/server.pem", directory + "/server.key", directory + "/other-ca.pem"};
}

} // namespace switchboard::testing
