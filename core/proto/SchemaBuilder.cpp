#include "SchemaBuilder.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>

#include <set>

namespace switchboard::proto {

namespace {

void copyWithImports(const gpb::FileDescriptor *file, std::set<std::string> &copied, gpb::DescriptorPool &into)
{
    if (!copied.insert(file->name()).second)
        return;
    // Imports first: BuildFile needs every dependency in the pool already. The importer refused
    // import cycles, so this walk ends.
    for (int i = 0; i < file->dependency_count(); ++i)
        copyWithImports(file->dependency(i), copied, into);
    gpb::FileDescriptorProto proto;
    file->CopyTo(&proto);
    file->CopySourceCodeInfoTo(&proto);
    into.BuildFile(proto); // validated once by the importer's pool: cannot fail here
}

} // namespace

SchemaSetPtr SchemaBuilder::build(const std::vector<const gpb::FileDescriptor *> &files)
{
    std::shared_ptr<SchemaSet> set(new SchemaSet);
    std::set<std::string> copied;
    for (const auto *file : files) {
        copyWithImports(file, copied, *set->m_pool);
        set->m_files.push_back(file->name());
    }
    return set;
}

} // namespace switchboard::proto
