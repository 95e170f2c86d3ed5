#include "ConnectFailure.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>

#include "Error.h"
#include "NKeySeed.h"
#include "micro/Base64.h"
#include "nlohmann/json.hpp"

namespace switchboard::nats {
namespace {

bool usesTls(const ConnectOptions &o)
{
    if (!o.tlsCaFile.empty() || !o.tlsCertFile.empty() || o.tlsSkipVerify)
        return true;
    for (const auto &url : o.servers)
        if (url.rfind("tls://", 0) == 0)
            return true;
    return false;
}

/// A server that wants a client certificate (verify: true) finishes the TLS handshake and then
/// drops the connection when none, or one it does not trust, is shown: cnats only sees no PONG.
std::string explainDroppedTls(const ConnectOptions &o, const std::string &error)
{
    if (!usesTls(o) || error.find("got ''") == std::string::npos)
        return {};
    if (o.tlsCertFile.empty())
        return "; the server closed the TLS connection without answering: it requires a client certificate "
               "(set the TLS client certificate and key)";
    return "; the server closed the TLS connection without answering: it did not accept the client certificate "
           + o.tlsCertFile + " (not signed by a CA the server trusts, expired, or not for client use)";
}

/// JWT parts are unpadded base64url: the project's strict decoder after the two swaps and padding.
std::optional<std::string> base64UrlDecode(std::string text)
{
    std::replace(text.begin(), text.end(), '-', '+');
    std::replace(text.begin(), text.end(), '_', '/');
    text.append((4 - text.size() % 4) % 4, '=');
    return micro::base64::decode(text);
}

std::string utc(int64_t seconds)
{
    const std::time_t t = seconds;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return buf;
}

/// The server refused a .creds login ("Authorization Violation" is all it says): expired is
/// known from the JWT itself; otherwise the usual causes.
std::string explainRefusedCreds(const ConnectOptions &o, const std::string &error)
{
    if (o.credsFile.empty() || error.find("Authorization") == std::string::npos)
        return {};
    const int64_t expires = credsExpiry(o.credsFile);
    const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    if (expires != 0 && expires <= now)
        return "; the user JWT in " + o.credsFile + " expired at " + utc(expires);
    return "; the server did not accept the user JWT in " + o.credsFile
           + ": the account revoked it, or the server does not know the account that signed it";
}

/// "Authorization Violation" is all the server says for any refused login: name what it refused.
std::string explainRefusedLogin(const ConnectOptions &o, const std::string &error)
{
    if (!o.credsFile.empty() || error.find("Authorization") == std::string::npos)
        return {};
    if (!o.nkeySeedFile.empty()) {
        std::string key;
        try {
            key = NKeySeed::fromFile(o.nkeySeedFile).publicKey() + " ";
        } catch (const Error &) {
            // connecting read the same file; the message names the file either way
        }
        return "; the server does not accept the NKey " + key + "of " + o.nkeySeedFile + " (not one of its users)";
    }
    if (!o.user.empty())
        return "; the server did not accept user \"" + o.user + "\" with this password";
    if (!o.token.empty())
        return "; the server did not accept the token";
    for (const auto &url : o.servers)
        if (url.find('@') != std::string::npos)
            return "; the server did not accept the login in the server URL";
    return "; the server requires a login (user and password, token, NKey or credentials file) and none is set";
}

} // namespace

std::string redactedUrl(const std::string &url)
{
    const size_t scheme = url.find("://");
    const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
    const size_t end = std::min(url.find('/', start), url.size()); // the login is before the path
    const size_t at = url.rfind('@', end == 0 ? 0 : end - 1);      // a password may hold '@'
    if (at == std::string::npos || at < start)
        return url;
    const size_t colon = url.find(':', start);
    if (colon == std::string::npos || colon > at)
        return url.substr(0, start) + "***" + url.substr(at); // a token alone
    return url.substr(0, colon + 1) + "***" + url.substr(at);
}

int64_t credsExpiry(const std::string &credsFile)
{
    std::ifstream in(credsFile);
    std::string line;
    bool next = false;
    while (std::getline(in, line)) {
        if (next) {
            const auto first = line.find('.'), second = line.find('.', first + 1);
            if (first == std::string::npos || second == std::string::npos)
                return 0;
            const auto json = base64UrlDecode(line.substr(first + 1, second - first - 1));
            const auto claims = nlohmann::json::parse(json.value_or(std::string()), nullptr, false);
            return claims.is_object() && claims.contains("exp") && claims["exp"].is_number_integer() ? claims["exp"].get<int64_t>() : 0;
        }
        next = line.find("BEGIN NATS USER JWT") != std::string::npos;
    }
    return 0;
}

std::string explainConnectFailure(const ConnectOptions &options, const std::string &error)
{
    return explainDroppedTls(options, error) + explainRefusedCreds(options, error) + explainRefusedLogin(options, error);
}

} // namespace switchboard::nats
