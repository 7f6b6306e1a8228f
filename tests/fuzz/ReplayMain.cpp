// SPDX-License-Identifier: GPL-3.0-or-later
// Replays a libFuzzer corpus without libFuzzer: every file in every directory
// (or file) given is passed to LLVMFuzzerTestOneInput once.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file()) {
                    replayed += replay(entry.path());
                }
            }
        } else if (std::filesystem::is_regular_file(path)) {
            replayed += replay(path);
        }
    }
    std::printf("replayed %d input(s)\n", replayed);
    // An empty corpus means the seeds went missing: that is a failure.
    return replayed > 0 ? 0 : 1;
}
