#include "ConnectOptions.h"

#include "Error.h"
#include "Library.h"
#include "NKeySeed.h"

namespace switchboard::nats {

std::vector<std::string> ConnectOptions::splitServers(const std::string &commaSeparated)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= commaSeparated.size()) {
        size_t end = commaSeparated.find(',', start);
        if (end == std::string::npos)
            end = commaSeparated.size();
        std::string url = commaSeparated.substr(start, end - start);
        while (!url.empty() && url.front() == ' ')
            url.erase(url.begin());
        while (!url.empty() && url.back() == ' ')
            url.pop_back();
        if (!url.empty()) {
            if (url.find("://") == std::string::npos)
                url = "nats://" + url;
            out.push_back(std::move(url));
        }
        start = end + 1;
    }
    return out;
}

OptionsPtr ConnectOptions::build() const
{
    openLibrary();
    natsOptions *raw = nullptr;
    check(natsOptions_Create(&raw), "creating connection options");
    OptionsPtr opts(raw);

    if (servers.empty())
        throw Error(ErrorKind::InvalidArgument, "no server URL given", NATS_INVALID_ARG);
    std::vector<const char *> urls;
    for (const auto &s : servers)
        urls.push_back(s.c_str());
    check(natsOptions_SetServers(raw, urls.data(), static_cast<int>(urls.size())), "server URLs");
    check(natsOptions_SetNoRandomize(raw, true), "server order");
    check(natsOptions_SetTimeout(raw, connectTimeoutMs), "connect timeout");
    check(natsOptions_SetMaxReconnect(raw, maxReconnect), "reconnect limit");
    check(natsOptions_SetReconnectWait(raw, 250), "reconnect wait");
    check(natsOptions_SetMaxPendingMsgs(raw, maxPendingMsgs), "pending limit");
    check(natsOptions_SetSendAsap(raw, sendAsap), "send-asap");
    if (!name.empty())
        check(natsOptions_SetName(raw, name.c_str()), "connection name");
    if (!user.empty() || !password.empty())
        check(natsOptions_SetUserInfo(raw, user.c_str(), password.c_str()), "user/password");
    if (!token.empty())
        check(natsOptions_SetToken(raw, token.c_str()), "token");
    if (!credsFile.empty())
        check(natsOptions_SetUserCredentialsFromFiles(raw, credsFile.c_str(), nullptr),
              "credentials file " + credsFile);
    if (!nkeySeedFile.empty()) {
        const std::string publicKey = NKeySeed::fromFile(nkeySeedFile).publicKey();
        check(natsOptions_SetNKeyFromSeed(raw, publicKey.c_str(), nkeySeedFile.c_str()),
              "nkey seed file " + nkeySeedFile);
    }
    const bool tls = !tlsCaFile.empty() || !tlsCertFile.empty() || tlsSkipVerify;
    if (tls)
        check(natsOptions_SetSecure(raw, true), "TLS");
    if (tlsSkipVerify) // asked for explicitly, and shown wherever the profile is: never a default
        check(natsOptions_SkipServerVerification(raw, true), "TLS skip verify");
    if (!tlsCaFile.empty())
        check(natsOptions_LoadCATrustedCertificates(raw, tlsCaFile.c_str()), "TLS CA file " + tlsCaFile);
    if (!tlsCertFile.empty() || !tlsKeyFile.empty())
        check(natsOptions_LoadCertificatesChain(raw, tlsCertFile.c_str(), tlsKeyFile.c_str()),
              "TLS certificate/key " + tlsCertFile);
    return opts;
}

} // namespace switchboard::nats
