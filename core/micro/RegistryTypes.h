#pragma once
// go-micro's registry model (registry.Service and friends), keeping Go's null-vs-empty
// distinctions so that a decoded message re-encodes to the same bytes.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace switchboard::micro {

using Metadata = std::map<std::string, std::string>;

/// A request/response type description: name, Go type and fields (null for leaves).
struct Value {
    std::string name;
    std::string type;
    std::optional<std::vector<Value>> values;
    bool operator==(const Value &) const = default;
};

struct Endpoint {
    std::string name;
    std::optional<Value> request;
    std::optional<Value> response;
    std::optional<Metadata> metadata;
    bool operator==(const Endpoint &) const = default;
};

struct Node {
    std::string id;
    std::string address;
    std::optional<Metadata> metadata;
    bool operator==(const Node &) const = default;
};

struct Service {
    std::string name;
    std::string version;
    std::optional<Metadata> metadata;
    std::optional<std::vector<Endpoint>> endpoints;
    std::optional<std::vector<Node>> nodes;
    bool operator==(const Service &) const = default;
};

/// The watch/query envelope; Go's registry.Result has no JSON tags, hence "Action"/"Service".
struct RegistryResult {
    std::string action;
    std::optional<Service> service;
    bool operator==(const RegistryResult &) const = default;
};

/// Field order on the wire differs by go-micro version (WIRE.md §0). Decoding accepts both.
enum class WireLayout {
    Legacy, ///< ≤ v4.10.1: Action,Service / id,address,metadata / name,request,response,metadata
    Modern, ///< v4.10.2+: Service,Action / metadata,id,address / request,response,metadata,name
};

} // namespace switchboard::micro
