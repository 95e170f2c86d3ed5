#include "ConnectionTest.h"

#include <QCoreApplication>

#include <chrono>

#include "nats/Broadcast.h"
#include "nats/ConnectFailure.h"
#include "nats/Connection.h"
#include "nats/Error.h"
#include "util/HttpGet.h"

namespace switchboard::gui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string> &urls)
{
    QStringList out;
    for (const auto &u : urls)
        out << q(nats::redactedUrl(u));
    return out.join(QStringLiteral(", "));
}

bool has(const std::string &text, const char *part)
{
    return QString::fromStdString(text).contains(QLatin1String(part), Qt::CaseInsensitive);
}

} // namespace

QString explainConnectFailure(const std::string &error, const nats::ConnectOptions &o)
{
    const QString detail = q(error);
    if (has(error, "expired at"))
        return QCoreApplication::translate("ConnectionTest", "The user JWT of the credentials file has expired: get new credentials. (%1)")
            .arg(detail);
    if (has(error, "the account revoked it"))
        return QCoreApplication::translate("ConnectionTest",
                                           "The server did not accept the user JWT of the credentials file: the account revoked it, or "
                                           "the server does not know the account that signed it. (%1)")
            .arg(detail);
    if (has(error, "Authorization Violation") || has(error, "Authentication"))
        return QCoreApplication::translate("ConnectionTest",
                                           "The server refused the login: wrong user, password, token, key or credentials (%1).").arg(detail);
    if (has(error, "certificate verify failed") || has(error, "unable to get local issuer"))
        return QCoreApplication::translate("ConnectionTest",
                                           "TLS: the server's certificate is not signed by a CA this profile trusts. Set the CA file "
                                           "(or, knowingly, skip verification). (%1)").arg(detail);
    if (has(error, "requires a client certificate"))
        return QCoreApplication::translate("ConnectionTest",
                                           "The server requires a TLS client certificate: set the certificate and key in the profile. (%1)")
            .arg(detail);
    if (has(error, "did not accept the client certificate"))
        return QCoreApplication::translate("ConnectionTest",
                                           "The server did not accept the TLS client certificate: it is not signed by a CA the server "
                                           "trusts, has expired, or is not for client use. (%1)")
            .arg(detail);
    if (has(error, "SSL") || has(error, "TLS"))
        return QCoreApplication::translate("ConnectionTest", "TLS failed: %1").arg(detail);
    if (has(error, "No server available") || has(error, "timeout") || has(error, "timed out"))
        return QCoreApplication::translate("ConnectionTest",
                                           "No server answered at %1 within %2 s: is it running, is the URL right, is a firewall in the way?")
            .arg(joined(o.servers)).arg(double(o.connectTimeoutMs) / 1000.0);
    if (has(error, "permissions violation"))
        return QCoreApplication::translate("ConnectionTest", "Logged in, but this user may not do what Switchboard needs: %1").arg(detail);
    return detail;
}

std::vector<TestCheck> runConnectionTest(const nats::ConnectOptions &services, const std::optional<nats::ConnectOptions> &system,
                                         const std::vector<std::string> &monitorUrls)
{
    std::vector<TestCheck> checks;
    auto attempt = [&](const nats::ConnectOptions &o, const QString &what) -> std::shared_ptr<nats::Connection> {
        TestCheck c{false, what, {}};
        try {
            nats::ConnectOptions once = o;
            once.maxReconnect = 0;
            const auto start = std::chrono::steady_clock::now();
            auto conn = nats::Connection::connect(once);
            conn->flush(3000);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            c.ok = true;
            c.result = QCoreApplication::translate("ConnectionTest", "connected to %1 in %2 ms").arg(q(conn->connectedUrl())).arg(ms, 0, 'f', 1);
            checks.push_back(c);
            return conn;
        } catch (const std::exception &e) {
            c.result = explainConnectFailure(e.what(), o);
            checks.push_back(c);
            return nullptr;
        }
    };
    attempt(services, QCoreApplication::translate("ConnectionTest", "services login"));
    if (system) {
        const QString what = QCoreApplication::translate("ConnectionTest", "system login (%1)").arg(q(system->user));
        if (auto conn = attempt(*system, what)) {
            // The login works; can it see the cluster? One VARZ request on $SYS says.
            TestCheck c{false, QCoreApplication::translate("ConnectionTest", "$SYS access"), {}};
            try {
                nats::SweepOptions sweep;
                sweep.firstReplyWindow = std::chrono::milliseconds(1500);
                const auto varz = nats::broadcastRequest(*conn, {"$SYS.REQ.SERVER.PING.VARZ"}, "", sweep);
                c.ok = !varz.replies.empty();
                c.result = c.ok ? QCoreApplication::translate("ConnectionTest", "%n server(s) answer $SYS requests: cluster health is complete",
                                                              nullptr, int(varz.replies.size()))
                                : QCoreApplication::translate("ConnectionTest",
                                                              "no permission for $SYS: %1 is not in the system account, so cluster "
                                                              "health falls back to monitoring URLs or the connected server only")
                                      .arg(q(system->user));
            } catch (const std::exception &e) {
                c.result = explainConnectFailure(e.what(), *system);
            }
            checks.push_back(c);
        }
    }
    for (const auto &url : monitorUrls) {
        std::string base = url;
        while (!base.empty() && base.back() == '/')
            base.pop_back();
        const util::HttpResponse r = util::httpGet(base + "/varz", 2000);
        TestCheck c{r.ok(), QCoreApplication::translate("ConnectionTest", "monitoring %1").arg(q(base)), {}};
        c.result = r.ok() ? QCoreApplication::translate("ConnectionTest", "answers /varz")
                          : QCoreApplication::translate("ConnectionTest", "does not answer /varz: %1")
                                .arg(r.error.empty() ? QStringLiteral("HTTP %1").arg(r.status) : q(r.error));
        checks.push_back(c);
    }
    return checks;
}

} // namespace switchboard::gui
