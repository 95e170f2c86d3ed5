#include "ConnzSubjects.h"

#include "micro/JsonRead.h"

namespace switchboard::live {
namespace {

using Json = micro::jsonread::Json;

/// Keeps the key path of the open containers; takes strings at the three places of interest.
class Reader : public nlohmann::json_sax<Json> {
public:
    explicit Reader(ConnzSubjects &out) : m_out(out) {}

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool string(string_t &s) override
    {
        if (inArray("subscriptions_list"))
            m_out.subjects.push_back(std::move(s));
        else if (m_path.size() == 2 && m_path[1].key == "server" && m_key == "name")
            m_out.serverName = std::move(s);
        else if (m_path.size() == 2 && m_path[1].key == "error" && m_key == "description")
            m_out.error = std::move(s);
        return value();
    }
    bool start_object(std::size_t) override { return open(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t &k) override
    {
        m_key = std::move(k);
        return true;
    }
    bool parse_error(std::size_t at, const std::string &, const nlohmann::detail::exception &) override
    {
        throw micro::DecodeError("connz: malformed JSON at byte " + std::to_string(at));
    }

private:
    struct Level {
        bool array;
        std::string key; // the key this container is the value of
    };
    bool inArray(std::string_view key) const { return !m_path.empty() && m_path.back().array && m_path.back().key == key; }
    bool value()
    {
        if (!m_path.empty() && !m_path.back().array)
            m_key.clear();
        return true;
    }
    bool open(bool array)
    {
        m_path.push_back({array, (m_path.empty() || m_path.back().array) ? std::string() : m_key});
        m_key.clear();
        return true;
    }
    bool close()
    {
        m_path.pop_back();
        return value();
    }

    ConnzSubjects &m_out;
    std::vector<Level> m_path;
    std::string m_key;
};

} // namespace

ConnzSubjects readConnzSubjects(std::string_view json)
{
    micro::jsonread::checkDepth(json, "connz");
    ConnzSubjects out;
    Reader reader(out);
    Json::sax_parse(json.begin(), json.end(), &reader);
    return out;
}

} // namespace switchboard::live
