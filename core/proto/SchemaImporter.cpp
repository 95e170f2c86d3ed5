// SchemaSet::load and SchemaSet::fromDescriptorSet: the import itself, through Google's own
// importer (compiler::SourceTreeDescriptorDatabase over a DiskSourceTree, as protoc -I does) and
// descriptor databases; no .proto parser of ours.

#include "LibraryLog.h"
#include "SchemaBuilder.h"
#include "SchemaSet.h"

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/descriptor_database.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace switchboard::proto {

namespace fs = std::filesystem;

namespace {

// Hostile inputs: a folder of a million files, a 2 GB "descriptor set".
constexpr size_t kMaxProtoFiles = 10000;
constexpr std::uintmax_t kMaxFileBytes = 64ull << 20;

// protobuf counts lines and columns from 0 and says -1 for "the whole file".
class ProblemCollector : public gpb::compiler::MultiFileErrorCollector {
public:
    explicit ProblemCollector(std::vector<SchemaProblem> &problems) : m_problems(problems) {}
    void AddError(const std::string &file, int line, int column, const std::string &message) override
    {
        m_problems.push_back({file, line >= 0 ? line + 1 : 0, line >= 0 ? column + 1 : 0, message});
    }

private:
    std::vector<SchemaProblem> &m_problems;
};

// Mistakes found while building descriptors that have no text position (descriptor sets).
class PoolProblemCollector : public gpb::DescriptorPool::ErrorCollector {
public:
    explicit PoolProblemCollector(std::vector<SchemaProblem> &problems) : m_problems(problems) {}
    void AddError(const std::string &file, const std::string &element, const gpb::Message *, ErrorLocation,
                  const std::string &message) override
    {
        m_problems.push_back({file, 0, 0, element.empty() ? message : element + ": " + message});
    }

private:
    std::vector<SchemaProblem> &m_problems;
};

// The well-known types (google/protobuf/*.proto) as libprotobuf itself carries them, so an
// `import "google/protobuf/timestamp.proto"` works without /usr/include on the machine.
void addWellKnownTypes(gpb::SimpleDescriptorDatabase &db)
{
    static const char *const names[] = {
        "google/protobuf/any.proto",      "google/protobuf/api.proto",         "google/protobuf/duration.proto",
        "google/protobuf/empty.proto",    "google/protobuf/field_mask.proto",  "google/protobuf/source_context.proto",
        "google/protobuf/struct.proto",   "google/protobuf/timestamp.proto",   "google/protobuf/type.proto",
        "google/protobuf/wrappers.proto", "google/protobuf/descriptor.proto",
    };
    for (const char *name : names) {
        if (const auto *file = gpb::DescriptorPool::generated_pool()->FindFileByName(name)) {
            gpb::FileDescriptorProto proto;
            file->CopyTo(&proto);
            db.Add(proto);
        }
    }
}

// A set's file, unless the database has it: the well-known types come with libprotobuf (and are
// not "asked for"), the same file in two sets is one file, a different one under the same name
// is a mistake.
void addFromSet(gpb::SimpleDescriptorDatabase &db, const gpb::FileDescriptorProto &file, const std::string &setName,
                std::vector<std::string> &wanted, std::vector<SchemaProblem> &problems)
{
    gpb::FileDescriptorProto existing;
    if (file.name().rfind("google/protobuf/", 0) == 0 && db.FindFileByName(file.name(), &existing))
        return;
    if (db.FindFileByName(file.name(), &existing)) {
        if (existing.SerializeAsString() != file.SerializeAsString())
            problems.push_back({setName, 0, 0, "\"" + file.name() + "\" is defined twice, differently"});
        return;
    }
    db.Add(file);
    wanted.push_back(file.name());
}

bool readWhole(const fs::path &path, std::string &out, std::string &why)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        why = ec.message();
        return false;
    }
    if (size > kMaxFileBytes) {
        why = "larger than 64 MiB";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), {});
    if (!in.good() && !in.eof()) {
        why = "cannot be read";
        return false;
    }
    return true;
}

// The .proto files a path names: the file itself, or a folder's, recursively and sorted.
std::vector<fs::path> protoFilesUnder(const fs::path &path, std::vector<SchemaProblem> &problems)
{
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return {path};
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".proto") {
            if (found.size() == kMaxProtoFiles) {
                problems.push_back({path.string(), 0, 0, "more than 10 000 .proto files; the rest are left out"});
                break;
            }
            found.push_back(it->path());
        }
    }
    if (ec)
        problems.push_back({path.string(), 0, 0, ec.message()});
    if (found.empty() && !ec)
        problems.push_back({path.string(), 0, 0, "no .proto files in this folder"});
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

SchemaImport SchemaSet::load(const SchemaSources &sources)
{
    quietLibraryLog();
    SchemaImport result;
    auto &problems = result.problems;

    // Descriptor sets first: their files, and the well-known types, take precedence over a file
    // of the same name on disk (the disk database would otherwise say "File not found" for them).
    gpb::SimpleDescriptorDatabase fromSets;
    addWellKnownTypes(fromSets);
    std::vector<std::string> wanted;
    for (const auto &setPath : sources.descriptorSets) {
        std::string bytes, why;
        gpb::FileDescriptorSet set;
        if (!readWhole(setPath, bytes, why)) {
            problems.push_back({setPath, 0, 0, why});
        } else if (!set.ParseFromString(bytes)) {
            problems.push_back({setPath, 0, 0, "not a descriptor set (write one with protoc -o FILE --include_imports)"});
        } else {
            for (const auto &file : set.file())
                addFromSet(fromSets, file, setPath, wanted, problems);
        }
    }

    // Import paths as protoc -I, then each folder given and the folder of each lone file, so a
    // file finds its neighbours without an -I of its own.
    gpb::compiler::DiskSourceTree tree;
    std::vector<std::pair<fs::path, std::string>> disk; // file, its name for imports
    std::set<std::string> mapped;
    auto mapRoot = [&](const std::string &root) {
        if (mapped.insert(root).second)
            tree.MapPath("", root);
    };
    for (const auto &path : sources.importPaths)
        mapRoot(path);
    for (const auto &path : sources.protoPaths) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            problems.push_back({path, 0, 0, "no such file or folder"});
            continue;
        }
        mapRoot(fs::is_directory(path, ec) ? path : fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
        for (const auto &file : protoFilesUnder(path, problems))
            disk.emplace_back(file, std::string());
    }
    for (auto &[file, name] : disk) {
        std::string shadowing;
        switch (tree.DiskFileToVirtualFile(file.string(), &name, &shadowing)) {
        case gpb::compiler::DiskSourceTree::SUCCESS:
            if (std::find(wanted.begin(), wanted.end(), name) == wanted.end())
                wanted.push_back(name);
            break;
        case gpb::compiler::DiskSourceTree::SHADOWED:
            problems.push_back({file.string(), 0, 0, "is shadowed by " + shadowing + " (an earlier import path has a file of the same name)"});
            break;
        case gpb::compiler::DiskSourceTree::CANNOT_OPEN:
            problems.push_back({file.string(), 0, 0, "cannot be read"});
            break;
        case gpb::compiler::DiskSourceTree::NO_MAPPING:
            problems.push_back({file.string(), 0, 0, "is in no import path"});
            break;
        }
    }

    ProblemCollector textProblems(problems);
    gpb::compiler::SourceTreeDescriptorDatabase fromDisk(&tree);
    fromDisk.RecordErrorsTo(&textProblems);
    gpb::MergedDescriptorDatabase merged(&fromSets, &fromDisk);
    // The disk database's validation collector turns a descriptor back into file:line:column.
    gpb::DescriptorPool importing(&merged, fromDisk.GetValidationErrorCollector());
    importing.EnforceWeakDependencies(true);

    std::vector<const gpb::FileDescriptor *> loaded;
    for (const auto &name : wanted) {
        const size_t before = problems.size();
        if (const auto *file = importing.FindFileByName(name))
            loaded.push_back(file);
        else if (problems.size() == before)
            problems.push_back({name, 0, 0, "could not be imported"});
    }
    result.set = SchemaBuilder::build(loaded);
    return result;
}

SchemaImport SchemaSet::fromDescriptorSet(std::string_view bytes, const std::string &name)
{
    quietLibraryLog();
    SchemaImport result;
    gpb::FileDescriptorSet set;
    if (bytes.size() > kMaxFileBytes || !set.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
        result.problems.push_back({name, 0, 0, "not a descriptor set (write one with protoc -o FILE --include_imports)"});
        result.set = empty();
        return result;
    }
    gpb::SimpleDescriptorDatabase db;
    addWellKnownTypes(db);
    std::vector<std::string> wanted;
    for (const auto &file : set.file())
        addFromSet(db, file, name, wanted, result.problems);
    PoolProblemCollector collector(result.problems);
    gpb::DescriptorPool importing(&db, &collector);
    std::vector<const gpb::FileDescriptor *> loaded;
    for (const auto &file : wanted)
        if (const auto *descriptor = importing.FindFileByName(file))
            loaded.push_back(descriptor);
    result.set = SchemaBuilder::build(loaded);
    return result;
}

} // namespace switchboard::proto
