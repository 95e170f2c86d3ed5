#include "NatsJwt.h"

#include <algorithm>
#include <chrono>
#include <fstream>

#include <openssl/sha.h>

#include "micro/Base64.h"
#include "nlohmann/json.hpp"

namespace switchboard::testing {
namespace {

/// Unpadded base64url, as JWTs use: the project's encoder with the two swaps.
std::string base64Url(std::string_view in)
{
    std::string out = micro::base64::encode(in);
    out.erase(out.find_last_not_of('=') + 1);
    std::replace(out.begin(), out.end(), '+', '-');
    std::replace(out.begin(), out.end(), '/', '_');
    return out;
}

int64_t now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace

std::string signJwt(const std::string &claimsJson, const nats::NKeySeed &issuer)
{
    nlohmann::json claims = nlohmann::json::parse(claimsJson);
    claims["iat"] = now();
    claims["iss"] = issuer.publicKey();
    // jti: a hash of the claims, as the jwt library makes it (any unique id is accepted).
    unsigned char digest[SHA256_DIGEST_LENGTH];
    const std::string body = claims.dump();
    SHA256(reinterpret_cast<const unsigned char *>(body.data()), body.size(), digest);
    claims["jti"] = base64Url(std::string_view(reinterpret_cast<const char *>(digest), sizeof digest));
    const std::string signingInput = base64Url(R"({"typ":"JWT","alg":"ed25519-nkey"})") + "." + base64Url(claims.dump());
    return signingInput + "." + base64Url(issuer.sign(signingInput));
}

NatsOperator::NatsOperator()
    : m_operator(nats::NKeySeed::generate('O'))
    , m_account(nats::NKeySeed::generate('A'))
{
}

NatsUser NatsOperator::user(const std::string &name, int64_t expires) const
{
    NatsUser u{nats::NKeySeed::generate('U'), {}};
    nlohmann::json claims{{"name", name}, {"sub", u.publicKey()},
                          {"nats", {{"pub", nlohmann::json::object()}, {"sub", nlohmann::json::object()}, {"subs", -1}, {"data", -1},
                                    {"payload", -1}, {"type", "user"}, {"version", 2}}}};
    if (expires != 0)
        claims["exp"] = expires;
    u.jwt = signJwt(claims.dump(), m_account);
    return u;
}

void NatsOperator::revoke(const NatsUser &user)
{
    m_revoked.emplace_back(user.publicKey(), now() + 1); // JWTs issued before this second
}

std::string NatsOperator::accountJwt() const
{
    nlohmann::json revocations = nlohmann::json::object();
    for (const auto &[key, at] : m_revoked)
        revocations[key] = at;
    nlohmann::json nats{{"limits", {{"subs", -1}, {"data", -1}, {"payload", -1}, {"imports", -1}, {"exports", -1},
                                    {"wildcards", true}, {"conn", -1}, {"leaf", -1}}},
                        {"default_permissions", {{"pub", nlohmann::json::object()}, {"sub", nlohmann::json::object()}}},
                        {"type", "account"}, {"version", 2}};
    if (!revocations.empty())
        nats["revocations"] = revocations;
    return signJwt(nlohmann::json{{"name", "APP"}, {"sub", m_account.publicKey()}, {"nats", nats}}.dump(), m_operator);
}

std::string NatsOperator::serverConfig() const
{
    const std::string operatorJwt = signJwt(
        nlohmann::json{{"name", "switchboard-test"}, {"sub", m_operator.publicKey()}, {"nats", {{"type", "operator"}, {"version", 2}}}}.dump(),
        m_operator);
    return "operator: " + operatorJwt + "\nresolver: MEMORY\nresolver_preload: {\n  " + m_account.publicKey() + ": " + accountJwt() + "\n}\n";
}

std::string NatsOperator::writeCreds(const NatsUser &user, const std::string &path)
{
    std::ofstream(path) << "-----BEGIN NATS USER JWT-----\n"
                        << user.jwt << "\n------END NATS USER JWT------\n\n"
                        << "************************* IMPORTANT *************************\n"
                        << "NKEY Seed printed below can be used to sign and prove identity.\n"
                        << "NKEYs are sensitive and should be treated as secrets.\n\n"
                        << "-----BEGIN USER NKEY SEED-----\n"
                        << user.seed.encoded() << "\n------END USER NKEY SEED------\n\n"
                        << "*************************************************************\n";
    return path;
}

} // namespace switchboard::testing
