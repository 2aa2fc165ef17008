#include "parse/arena.h"

#include <cstring>

namespace klass::parse {

namespace {
constexpr std::size_t kBlockSize = 32 * 1024;
}

Arena::~Arena() {
    // Destroy in reverse order of construction, like automatic objects.
    for (auto it = destructors_.rbegin(); it != destructors_.rend(); ++it) it->destroy(it->object);
}

void* Arena::allocate(std::size_t size, std::size_t align) {
    auto current = reinterpret_cast<std::uintptr_t>(cursor_);
    std::uintptr_t aligned = (current + align - 1) & ~(std::uintptr_t(align) - 1);
    if (cursor_ == nullptr || aligned + size > reinterpret_cast<std::uintptr_t>(limit_)) {
        // Oversized requests get a block of their own so a large sequence does
        // not waste the rest of a standard block.
        std::size_t block_size = size + align > kBlockSize ? size + align : kBlockSize;
        blocks_.push_back({std::make_unique<std::byte[]>(block_size), block_size});
        cursor_ = blocks_.back().memory.get();
        limit_ = cursor_ + block_size;
        current = reinterpret_cast<std::uintptr_t>(cursor_);
        aligned = (current + align - 1) & ~(std::uintptr_t(align) - 1);
    }
    cursor_ = reinterpret_cast<std::byte*>(aligned + size);
    bytes_used_ += size;
    return reinterpret_cast<void*>(aligned);
}

std::string_view Arena::copy_string(std::string_view text) {
    if (text.empty()) return std::string_view("", 0);
    char* out = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(out, text.data(), text.size());
    return std::string_view(out, text.size());
}

}  // namespace klass::parse
