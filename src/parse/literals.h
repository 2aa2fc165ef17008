// Literal decoding shared by the parser: numbers, escape sequences, names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "parse/ast.h"

namespace klass::parse {

// Converts the text of a NUMBER token ("0x_ff", "1_000.5e3", "2j") into a
// constant. Returns false only for text the tokenizer would not produce.
bool parse_number_literal(std::string_view text, ast::ConstantValue& out);

// Decodes the escape sequences of a str literal body into generalized UTF-8
// (lone surrogates from \ud800 become 3-byte sequences). On failure returns
// false and sets `error` to CPython's "(unicode error) ..." message.
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error);

// Same for a bytes literal body (no \u, \U or \N escapes).
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error);

}  // namespace klass::parse
