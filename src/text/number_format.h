// format(value, spec) for int, float, complex and str: the __format__ of the
// built-in types, with CPython 3.11's output and error messages.
//
// `spec` is the UTF-8 format spec (what follows ':' in a replacement field);
// `type_name` is the type of the object for messages ("Unknown format code
// 'd' for object of type 'float'"), so subclasses can pass their own name.
// An empty spec gives str(value) of the built-in type: a caller formatting a
// subclass with its own __str__ (bool, IntEnum) must handle '' itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/number_format_spec.h"
#include "text/number_int_text.h"
#include "text/number_integer.h"
#include "text/result.h"

namespace klass::text {

// int.__format__: types b c d o x X n, and e E f F g G % through float(v).
Result<std::string> format_int(IntView v, std::string_view spec, std::string_view type_name = "int",
                               std::int64_t max_str_digits = kDefaultMaxStrDigits);
Result<std::string> format_int(IntView v, const FormatSpec& spec, std::string_view type_name = "int",
                               std::int64_t max_str_digits = kDefaultMaxStrDigits);

// float.__format__: types e E f F g G n % and none ('' is repr-like, with a
// precision it is 'g' that keeps at least one digit after the point).
Result<std::string> format_float(double x, std::string_view spec, std::string_view type_name = "float");
Result<std::string> format_float(double x, const FormatSpec& spec, std::string_view type_name = "float");

// complex.__format__: types e E f F g G n and none.
Result<std::string> format_complex(double real, double imag, std::string_view spec,
                                   std::string_view type_name = "complex");

// str.__format__: type s; the precision truncates, widths count code points.
Result<std::string> format_str(std::string_view s, std::string_view spec, std::string_view type_name = "str");

// repr(complex(real, imag)): '1j', '(1+2j)', '(-0-1j)', '(nan+infj)'.
std::string complex_repr(double real, double imag);

}  // namespace klass::text
