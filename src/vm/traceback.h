// Printing exceptions the way CPython 3.11 does: tracebacks with source lines
// and the fine-grained error-location carets, chained exceptions (__cause__,
// __context__), notes, SyntaxError's caret line and repeated-frame elision.
#pragma once
#include <string>
#include "object/object.h"

namespace klass {
class VM;
// Writes the report for `exc` to sys.stderr (or the process's stderr when
// sys.stderr is unusable). Never fails; errors while printing are swallowed.
void print_exception(VM& vm, Value exc);
// The same report as text.
std::string format_exception(VM& vm, Value exc);
}  // namespace klass
