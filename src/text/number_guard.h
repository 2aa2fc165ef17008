// Keeping absurd field widths from turning into crashes: the formatters
// report MemoryError, as Python does when it cannot allocate the result.
#pragma once

#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>

#include "text/result.h"

namespace klass::text {

// Fields (widths, or precisions that set the output length) this large or
// larger fail with MemoryError instead of being allocated: with overcommit an
// allocation of many gigabytes may "succeed" and kill the process later.
constexpr std::int64_t kMaxFieldWidth = std::int64_t{1} << 31;

// Runs `format` unless `size` is past kMaxFieldWidth, turning an allocation
// failure into Python's MemoryError.
template <class F>
Result<std::string> guard_memory(std::int64_t size, F&& format) {
    if (size >= kMaxFieldWidth) return fail("MemoryError", "");
    try {
        return format();
    } catch (const std::bad_alloc&) {
        return fail("MemoryError", "");
    } catch (const std::length_error&) {
        return fail("MemoryError", "");
    }
}

}  // namespace klass::text
