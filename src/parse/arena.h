// Arena: the memory that owns every node of one parsed tree.
//
// The parser allocates thousands of small nodes that all die together when the
// tree is dropped, so a bump allocator is both the fastest and the simplest
// ownership model: nodes are never freed one by one. Objects with non-trivial
// destructors (a Constant holds a std::string) register a destructor thunk that
// the arena runs when it is destroyed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace klass::parse {

class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena();

    // Raw storage of `size` bytes aligned to `align` (a power of two <= 16).
    void* allocate(std::size_t size, std::size_t align);

    // Constructs a T in the arena; its destructor (if any) runs with the arena's.
    template <class T, class... Args>
    T* make(Args&&... args) {
        void* memory = allocate(sizeof(T), alignof(T));
        T* object = new (memory) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>) {
            destructors_.push_back({object, [](void* p) { static_cast<T*>(p)->~T(); }});
        }
        return object;
    }

    // Copies `count` trivially copyable items into the arena.
    template <class T>
    T* copy_array(const T* items, std::size_t count) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (count == 0) return nullptr;
        T* out = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
        for (std::size_t i = 0; i < count; ++i) out[i] = items[i];
        return out;
    }

    // Copies text into the arena; the view stays valid as long as the arena.
    std::string_view copy_string(std::string_view text);

    std::size_t bytes_used() const { return bytes_used_; }

private:
    struct Block {
        std::unique_ptr<std::byte[]> memory;
        std::size_t size;
    };
    struct Destructor {
        void* object;
        void (*destroy)(void*);
    };

    std::vector<Block> blocks_;
    std::vector<Destructor> destructors_;
    std::byte* cursor_ = nullptr;
    std::byte* limit_ = nullptr;
    std::size_t bytes_used_ = 0;
};

}  // namespace klass::parse
