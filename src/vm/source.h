// Turning source text into code objects (parse + compile + load), raising
// SyntaxError/IndentationError with CPython's attributes on failure.
#pragma once
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;
struct Code;

enum class SourceMode { Exec, Eval, Single };

// Null with the exception pending on failure.
Code* compile_source(VM& vm, std::string_view source, std::string_view filename, SourceMode mode,
                     uint32_t future_flags = 0);
// True when `source` failed only because it ended early (the REPL asks for more).
bool source_is_incomplete(std::string_view source, SourceMode mode);

}  // namespace klass
