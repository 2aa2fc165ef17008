// printf-style formatting: `format % args` for str and for bytes/bytearray.
#pragma once
#include <string>
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;

// Formats `format` (a str's UTF-8, or raw bytes when `bytes_mode`) with
// `args` (a tuple of values, a mapping for %(key)s, or a single value) into
// *out, with CPython's conversions and errors. `format` must not change while
// this runs (pass a copy of a bytearray's data). False with an exception
// pending on failure.
bool percent_format(VM& vm, std::string_view format, Value args, bool bytes_mode, std::string* out);

}  // namespace klass
