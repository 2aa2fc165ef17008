#include "compile/const_repr.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "compile/code_unit.h"
#include "text/unicode_predicates.h"
#include "text/unicode_utf8.h"

namespace klass::compile {
namespace {

// repr(float): the shortest round-trip digits, in positional notation when the
// decimal exponent is in [-4, 16), as CPython's float_repr_style 'short'.
std::string float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string sci(buffer, result.ptr);
  std::string sign;
  if (!sci.empty() && sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t e = sci.find('e');
  std::string mantissa = sci.substr(0, e);
  int exponent = std::atoi(sci.c_str() + e + 1);
  std::string digits;
  for (char c : mantissa)
    if (c != '.') digits += c;
  if (exponent < -4 || exponent >= 16) {
    std::string out = sign + digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
  }
  std::string out;
  if (exponent < 0) {
    out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
  } else if (static_cast<size_t>(exponent) + 1 >= digits.size()) {
    out = digits + std::string(static_cast<size_t>(exponent) + 1 - digits.size(), '0') + ".0";
  } else {
    out = digits.substr(0, static_cast<size_t>(exponent) + 1) + "." + digits.substr(static_cast<size_t>(exponent) + 1);
  }
  return sign + out;
}

std::string imag_repr(double value) {
  std::string r = float_repr(value);
  // repr(1j) is '1j', repr(1.5j) is '1.5j': an integral value drops '.0'.
  if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.erase(r.size() - 2);
  return r + "j";
}

void append_escape(std::string& out, char32_t cp) {
  char buffer[16];
  if (cp < 0x100)
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
  else if (cp < 0x10000)
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
  else
    std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(cp));
  out += buffer;
}

std::string bytes_repr(const std::string& bytes) {
  char quote = (bytes.find('\'') != std::string::npos && bytes.find('"') == std::string::npos) ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : bytes) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      append_escape(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

std::string join_items(const std::vector<ConstValue>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += const_repr(items[i]);
  }
  return out;
}

}  // namespace

std::string str_repr(const std::string& utf8) {
  char quote = (utf8.find('\'') != std::string::npos && utf8.find('"') == std::string::npos) ? '"' : '\'';
  std::string out(1, quote);
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t start = pos;
    auto lead = static_cast<unsigned char>(utf8[pos]);
    int width = text::utf8_sequence_width(lead);
    if (text::is_continuation_byte(lead) || pos + static_cast<size_t>(width) > utf8.size()) {
      append_escape(out, lead);  // malformed input: show the byte, never read past the end
      ++pos;
      continue;
    }
    char32_t cp = text::decode_utf8(utf8, pos);
    if (cp == static_cast<char32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x7f && cp >= 0x20) {
      out += static_cast<char>(cp);
    } else if (!text::is_surrogate(cp) && text::is_printable(utf8.substr(start, pos - start))) {
      out.append(utf8, start, pos - start);
    } else {
      append_escape(out, cp);
    }
  }
  out += quote;
  return out;
}

std::string const_repr(const ConstValue& value) {
  using Kind = ConstValue::Kind;
  switch (value.kind) {
    case Kind::None: return "None";
    case Kind::True: return "True";
    case Kind::False: return "False";
    case Kind::Ellipsis: return "Ellipsis";
    case Kind::Int: return value.int_fits ? std::to_string(value.i) : value.s;
    case Kind::Float: return float_repr(value.f);
    case Kind::Imag: return imag_repr(value.f);
    case Kind::Str: return str_repr(value.s);
    case Kind::Bytes: return bytes_repr(value.s);
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
