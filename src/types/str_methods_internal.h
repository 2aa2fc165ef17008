// What the files of str's methods share (str_methods*.cpp, str_format.cpp).
#pragma once
#include <string_view>
#include "object/object.h"
#include "text/result.h"
#include "text/unicode_utf8.h"

namespace klass {

class VM;
struct Str;
struct Tuple;

// The text-layer view of a str. Long non-ASCII strings get their code-point
// index built once (as str.cpp does for indexing), so positions are cheap;
// ASCII strings need none (positions are byte offsets).
text::StrRef str_ref(Str* s);

// `s` itself when the result is its whole text and s is an exact str, else a
// new str of `text` (which must be s's text or derived from it).
Value str_result(VM& vm, Value s, std::string_view text);
Value str_result(VM& vm, Value s, const text::Result<std::string>& r);

// "must be str, not int"-style check of a str argument.
bool str_arg(VM& vm, Value v, const char* prefix, Str** out);

// "str.upper() takes no arguments (1 given)".
bool str_no_args(VM& vm, const char* qualname, size_t nargs, Tuple* kwnames);

// Registration of each area (str_methods.cpp calls them all).
void add_str_search_methods(VM& vm);   // str_methods_search.cpp
void add_str_format_methods(VM& vm);   // str_format.cpp

}  // namespace klass
