#pragma once
// What a profile imports: .proto files and folders (with include paths, as `protoc -I`) and
// descriptor sets (`protoc -o x.pb --include_imports`). Kept with the profile as paths; the
// schemas are imported again from them at start.

#include <string>
#include <vector>

namespace switchboard::proto {

struct SchemaSources {
    std::vector<std::string> protoPaths;     ///< .proto files, or folders searched for them
    std::vector<std::string> importPaths;    ///< where `import "x/y.proto"` is looked up
    std::vector<std::string> descriptorSets; ///< serialized FileDescriptorSet files

    [[nodiscard]] bool empty() const noexcept
    {
        return protoPaths.empty() && descriptorSets.empty();
    }
    bool operator==(const SchemaSources &) const = default;
};

} // namespace switchboard::proto
