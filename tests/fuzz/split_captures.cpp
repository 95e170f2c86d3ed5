// Writes the "payload" of every line of a capture.jsonl into its own seed file.
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    std::ifstream in(argv[1]);
    std::string line, stem = std::string(argv[1]);
    int n = 0;
    while (std::getline(in, line)) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.contains("payload"))
            continue;
        std::ofstream(std::string(argv[2]) + "/" + std::to_string(std::hash<std::string>{}(stem)) + "-" + std::to_string(n++))
            << j["payload"].get<std::string>();
    }
    return 0;
}
