// SyntaxErrorInfo: a syntax error as CPython 3.11 would report it.
#pragma once

#include <string>

namespace klass::parse {

struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // "SyntaxError", "IndentationError" or "TabError"
    std::string msg;
    std::string filename;
    int lineno = 0;
    int offset = 0;  // 1-based, in code points, like SyntaxError.offset
    int end_lineno = 0;
    int end_offset = 0;
    std::string text;  // the offending source line
    // True when the only problem is that the input ended early (unclosed
    // bracket, block header without body, unterminated triple-quoted string):
    // an interactive prompt should ask for more lines.
    bool incomplete_input = false;
};

}  // namespace klass::parse
