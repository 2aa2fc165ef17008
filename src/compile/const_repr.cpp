#include "compile/const_repr.h"

#include "text/number_double.h"
#include "text/number_format.h"
#include "text/unicode_repr.h"

namespace klass::compile {
namespace {

std::string join_items(const std::vector<ConstValue>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += const_repr(items[i]);
  }
  return out;
}

}  // namespace

std::string const_repr(const ConstValue& value) {
  using Kind = ConstValue::Kind;
  switch (value.kind) {
    case Kind::None: return "None";
    case Kind::True: return "True";
    case Kind::False: return "False";
    case Kind::Ellipsis: return "Ellipsis";
    case Kind::Int: return value.int_fits ? std::to_string(value.i) : value.s;
    case Kind::Float: return text::float_repr(value.f);
    case Kind::Imag: return text::complex_repr(0.0, value.f);
    case Kind::Str: return text::repr_str(value.s);
    case Kind::Bytes: return text::repr_bytes(value.s);
    case Kind::Tuple:
      if (value.items.size() == 1) return "(" + const_repr(value.items[0]) + ",)";
      return "(" + join_items(value.items) + ")";
    case Kind::FrozenSet:
      if (value.items.empty()) return "frozenset()";
      return "frozenset({" + join_items(value.items) + "})";
    case Kind::Code:
      if (!value.code) return "<code object>";
      return "<code object " + value.code->name + ", file \"" + value.code->filename + "\", line " +
             std::to_string(value.code->firstlineno) + ">";
  }
  return "?";
}

}  // namespace klass::compile
