#pragma once
// A profile's imported protobuf schemas: every file, its imports and the well-known types, in one
// DescriptorPool of its own. Immutable once built and shared (shared_ptr<const SchemaSet>): a
// re-import makes a new set, so a decode on a sampler thread never sees the pool change under it.
// The pool has no fallback database, so lookups never parse or read a file after the import.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "SchemaProblem.h"
#include "SchemaSources.h"

namespace google::protobuf {
class Descriptor;
class DescriptorPool;
class DynamicMessageFactory;
class EnumDescriptor;
class FieldDescriptor;
class Message;
class MethodDescriptor;
class ServiceDescriptor;
} // namespace google::protobuf

namespace switchboard::proto {

namespace gpb = google::protobuf;

class SchemaSet;
using SchemaSetPtr = std::shared_ptr<const SchemaSet>;

struct SchemaImport {
    SchemaSetPtr set;                    ///< never null: empty when nothing could be imported
    std::vector<SchemaProblem> problems; ///< what could not be imported, file:line:column
    [[nodiscard]] bool ok() const noexcept { return problems.empty(); }
};

class SchemaSet {
public:
    /// Imports what it can: a file with a mistake is left out (and named), the others load.
    [[nodiscard]] static SchemaImport load(const SchemaSources &sources);
    /// From a serialized FileDescriptorSet (`protoc -o x.pb --include_imports`).
    [[nodiscard]] static SchemaImport fromDescriptorSet(std::string_view bytes, const std::string &name = "descriptor set");
    /// The empty set: no files, no messages.
    [[nodiscard]] static SchemaSetPtr empty();

    ~SchemaSet();
    SchemaSet(const SchemaSet &) = delete;
    SchemaSet &operator=(const SchemaSet &) = delete;

    [[nodiscard]] const gpb::DescriptorPool &pool() const noexcept { return *m_pool; }
    /// The files that were asked for, as their import names ("shop/orders.proto"); not their imports.
    [[nodiscard]] const std::vector<std::string> &files() const noexcept { return m_files; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_files.empty(); }

    /// "pkg.Msg" or ".pkg.Msg"; null when the set has no such message.
    [[nodiscard]] const gpb::Descriptor *findMessage(std::string_view fullName) const;
    /// Every message type (nested ones included, map entries left out), sorted by full name.
    [[nodiscard]] std::vector<const gpb::Descriptor *> messages() const;
    /// Every service of every file, sorted by full name.
    [[nodiscard]] std::vector<const gpb::ServiceDescriptor *> services() const;

    /// The immutable default instance of a message type of this set (thread-safe).
    [[nodiscard]] const gpb::Message *prototype(const gpb::Descriptor *type) const;
    [[nodiscard]] std::unique_ptr<gpb::Message> newMessage(const gpb::Descriptor *type) const;

    /// The comment above (or after) an element in its .proto, trimmed; empty when none is known.
    [[nodiscard]] static std::string commentOf(const gpb::Descriptor *type);
    [[nodiscard]] static std::string commentOf(const gpb::FieldDescriptor *field);
    [[nodiscard]] static std::string commentOf(const gpb::MethodDescriptor *method);

    /// The whole set as a FileDescriptorSet, imports included (what `protoc -o --include_imports` writes).
    [[nodiscard]] std::string toDescriptorSet() const;

private:
    SchemaSet();
    friend class SchemaBuilder;

    std::unique_ptr<gpb::DescriptorPool> m_pool;
    std::unique_ptr<gpb::DynamicMessageFactory> m_factory;
    std::vector<std::string> m_files;
};

} // namespace switchboard::proto
