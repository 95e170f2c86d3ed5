#include "SchemaSet.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>

#include <algorithm>
#include <functional>

namespace switchboard::proto {

SchemaSet::SchemaSet()
    : m_pool(std::make_unique<gpb::DescriptorPool>()),
      m_factory(std::make_unique<gpb::DynamicMessageFactory>(m_pool.get()))
{
}

SchemaSet::~SchemaSet() = default; // the factory's prototypes go before the pool they describe

SchemaSetPtr SchemaSet::empty()
{
    static const SchemaSetPtr none(new SchemaSet);
    return none;
}

const gpb::Descriptor *SchemaSet::findMessage(std::string_view fullName) const
{
    if (!fullName.empty() && fullName.front() == '.')
        fullName.remove_prefix(1);
    if (fullName.empty())
        return nullptr;
    return m_pool->FindMessageTypeByName(std::string(fullName));
}

namespace {

void addMessages(const gpb::Descriptor *type, std::vector<const gpb::Descriptor *> &out)
{
    if (type->options().map_entry())
        return; // a map's key/value pair is not a type anyone picks
    out.push_back(type);
    for (int i = 0; i < type->nested_type_count(); ++i)
        addMessages(type->nested_type(i), out);
}

// Every file of the pool: the asked-for ones and, through them, their imports.
void collectFiles(const gpb::FileDescriptor *file, std::vector<const gpb::FileDescriptor *> &out)
{
    if (std::find(out.begin(), out.end(), file) != out.end())
        return;
    out.push_back(file);
    for (int i = 0; i < file->dependency_count(); ++i)
        collectFiles(file->dependency(i), out);
}

std::vector<const gpb::FileDescriptor *> allFiles(const gpb::DescriptorPool &pool, const std::vector<std::string> &names)
{
    std::vector<const gpb::FileDescriptor *> files;
    for (const auto &name : names)
        if (const auto *file = pool.FindFileByName(name))
            collectFiles(file, files);
    return files;
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

template<typename Element>
std::string commentOfElement(const Element *element)
{
    gpb::SourceLocation where;
    if (!element || !element->GetSourceLocation(&where))
        return {};
    return trimmed(where.leading_comments.empty() ? where.trailing_comments : where.leading_comments);
}

} // namespace

std::vector<const gpb::Descriptor *> SchemaSet::messages() const
{
    std::vector<const gpb::Descriptor *> out;
    for (const auto *file : allFiles(*m_pool, m_files))
        for (int i = 0; i < file->message_type_count(); ++i)
            addMessages(file->message_type(i), out);
    std::sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->full_name() < b->full_name(); });
    return out;
}

std::vector<const gpb::ServiceDescriptor *> SchemaSet::services() const
{
    std::vector<const gpb::ServiceDescriptor *> out;
    for (const auto *file : allFiles(*m_pool, m_files))
        for (int i = 0; i < file->service_count(); ++i)
            out.push_back(file->service(i));
    std::sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->full_name() < b->full_name(); });
    return out;
}

const gpb::Message *SchemaSet::prototype(const gpb::Descriptor *type) const
{
    if (!type || type->file()->pool() != m_pool.get())
        return nullptr;
    return m_factory->GetPrototype(type);
}

std::unique_ptr<gpb::Message> SchemaSet::newMessage(const gpb::Descriptor *type) const
{
    const auto *proto = prototype(type);
    return std::unique_ptr<gpb::Message>(proto ? proto->New() : nullptr);
}

std::string SchemaSet::commentOf(const gpb::Descriptor *type) { return commentOfElement(type); }
std::string SchemaSet::commentOf(const gpb::FieldDescriptor *field) { return commentOfElement(field); }
std::string SchemaSet::commentOf(const gpb::MethodDescriptor *method) { return commentOfElement(method); }

std::string SchemaSet::toDescriptorSet() const
{
    gpb::FileDescriptorSet set;
    auto files = allFiles(*m_pool, m_files);
    // Imports before the files that use them, as protoc writes a set.
    std::vector<const gpb::FileDescriptor *> ordered;
    std::function<void(const gpb::FileDescriptor *)> visit = [&](const gpb::FileDescriptor *file) {
        if (std::find(ordered.begin(), ordered.end(), file) != ordered.end())
            return;
        for (int i = 0; i < file->dependency_count(); ++i)
            visit(file->dependency(i));
        ordered.push_back(file);
    };
    for (const auto *file : files)
        visit(file);
    for (const auto *file : ordered) {
        auto *proto = set.add_file();
        file->CopyTo(proto);
        file->CopySourceCodeInfoTo(proto);
    }
    return set.SerializeAsString();
}

} // namespace switchboard::proto
