// Allocation that reports MemoryError instead of throwing, for text
// functions whose output size the user controls ('a'.ljust(2**40)).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>

#include "text/result.h"

namespace klass::text {

// Python's largest container size (PY_SSIZE_T_MAX).
constexpr std::uint64_t kMaxStrBytes = INT64_MAX;

inline Result<void> try_reserve(std::string& out, std::uint64_t bytes) {
    if (bytes > kMaxStrBytes) return fail("MemoryError", "");
    try {
        out.reserve(static_cast<std::size_t>(bytes));
    } catch (const std::bad_alloc&) {
        return fail("MemoryError", "");
    } catch (const std::length_error&) {
        return fail("MemoryError", "");
    }
    return {};
}

}  // namespace klass::text
