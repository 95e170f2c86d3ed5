#pragma once
// Copies imported files, with everything they import, out of the importer's pool (which reads
// files on demand) into a new SchemaSet's own pool with no fallback database: the set is then
// complete and never touches the disk again. Comments (SourceCodeInfo) come along.

#include <string>
#include <vector>

#include "SchemaSet.h"

namespace google::protobuf {
class FileDescriptor;
}

namespace switchboard::proto {

class SchemaBuilder {
public:
    /// `files` are the ones asked for (SchemaSet::files()); their imports are copied too.
    [[nodiscard]] static SchemaSetPtr build(const std::vector<const gpb::FileDescriptor *> &files);
};

} // namespace switchboard::proto
