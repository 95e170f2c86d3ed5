#include "CollectConfig.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "Arguments.h"
#include "Translate.h"

namespace switchboard::cli {

namespace {
const std::set<std::string> kKeys = {"server", "user", "password", "token", "creds", "nkey", "tlsca", "tlscert", "tlskey",
                                     "region", "subject", "monitor", "events-stream", "rates-stream", "prefix", "max-age",
                                     "events-max-bytes", "rates-max-bytes", "replicas", "rollup", "memory"};
constexpr size_t kMaxConfigBytes = 1 << 20;

std::vector<std::string> optionsFrom(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError(tr("cannot read the config file %1", path));
    std::string text(kMaxConfigBytes + 1, '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(size_t(in.gcount()));
    if (text.size() > kMaxConfigBytes)
        throw UsageError(tr("%1 is larger than a config file can be (1 MiB)", path));
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        throw UsageError(tr("%1 is not JSON: %2", path, e.what()));
    }
    if (!doc.is_object())
        throw UsageError(tr("%1 must hold one JSON object of options", path));
    std::vector<std::string> out;
    for (const auto &[key, value] : doc.items()) {
        if (!key.empty() && key[0] == '_')
            continue; // "_comment" and the like
        if (!kKeys.count(key))
            throw UsageError(tr("%1: \"%2\" is not an option of collect", path, key));
        const auto one = [&](const nlohmann::json &v) {
            if (v.is_string())
                out.insert(out.end(), {"--" + key, v.get<std::string>()});
            else if (v.is_number_integer())
                out.insert(out.end(), {"--" + key, std::to_string(v.get<long long>())});
            else
                throw UsageError(tr("%1: \"%2\" must be a string or a whole number", path, key));
        };
        if (key == "memory") {
            if (!value.is_boolean())
                throw UsageError(tr("%1: \"%2\" must be true or false", path, key));
            if (value.get<bool>())
                out.push_back("--memory");
        } else if (value.is_array() && (key == "subject" || key == "monitor")) {
            for (const auto &v : value)
                one(v);
        } else {
            one(value);
        }
    }
    return out;
}
} // namespace

std::vector<std::string> expandCollectConfig(const std::vector<std::string> &argv)
{
    std::vector<std::string> fromFiles, rest;
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string &a = argv[i];
        if (a == "--config") {
            if (i + 1 >= argv.size())
                throw UsageError(tr("--config needs a file"));
            const auto more = optionsFrom(argv[++i]);
            fromFiles.insert(fromFiles.end(), more.begin(), more.end());
        } else if (a.rfind("--config=", 0) == 0) {
            const auto more = optionsFrom(a.substr(9));
            fromFiles.insert(fromFiles.end(), more.begin(), more.end());
        } else {
            rest.push_back(a);
        }
    }
    if (fromFiles.empty())
        return rest;
    // A file's "subject" list is replaced, not extended, by subjects on the command line.
    const bool commandLineSubjects = std::any_of(rest.begin(), rest.end(), [](const std::string &a) {
        return a == "--subject" || a.rfind("--subject=", 0) == 0;
    });
    std::vector<std::string> kept;
    for (size_t i = 0; i < fromFiles.size(); ++i) {
        if (commandLineSubjects && fromFiles[i] == "--subject") {
            ++i;
            continue;
        }
        kept.push_back(fromFiles[i]);
    }
    kept.insert(kept.end(), rest.begin(), rest.end());
    return kept;
}

long long parseBytes(const std::string &text, const std::string &option)
{
    size_t used = 0;
    double number = 0;
    try {
        number = std::stod(text, &used);
    } catch (const std::exception &) {
        throw UsageError(tr("%1 takes a size like 512MiB or 1GiB, not '%2'", option, text));
    }
    std::string unit = text.substr(used);
    for (char &c : unit)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    long long scale = 0;
    if (unit.empty() || unit == "b")
        scale = 1;
    else if (unit == "k" || unit == "kb" || unit == "kib")
        scale = 1LL << 10;
    else if (unit == "m" || unit == "mb" || unit == "mib")
        scale = 1LL << 20;
    else if (unit == "g" || unit == "gb" || unit == "gib")
        scale = 1LL << 30;
    else if (unit == "t" || unit == "tb" || unit == "tib")
        scale = 1LL << 40;
    if (scale == 0 || !(number > 0) || number * double(scale) > 9.0e18)
        throw UsageError(tr("%1 takes a size like 512MiB or 1GiB, not '%2'", option, text));
    return static_cast<long long>(number * double(scale));
}

} // namespace switchboard::cli
