// klass's str algorithms against CPython 3.11 on a corpus of tricky strings.
// The expectations in unicode_expected.inc come from tools/gen_unicode_test_cases.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode_case.h"
#include "text/unicode_layout.h"
#include "text/unicode_predicates.h"
#include "text/unicode_repr.h"
#include "text/unicode_search.h"
#include "text/unicode_utf8.h"
#include "text/unicode_whitespace.h"

using namespace std::literals;

namespace klass::text {
namespace {

constexpr std::int64_t kNone = INT64_MIN;  // a None slice bound

struct UnaryCase {
    std::string_view method, input, expected;
};
struct CallCase {
    std::string_view method, input, args;
    std::int64_t ints[3];
    std::string_view expected;
};

#include "unicode_expected.inc"

using Strings = std::vector<std::string>;

// Splits a 0xFF-terminated list (see the generator).
Strings unpack(std::string_view packed) {
    Strings out;
    for (std::size_t pos = 0; pos < packed.size();) {
        std::size_t end = packed.find('\xff', pos);
        out.emplace_back(packed.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

Strings one(std::string s) { return {std::move(s)}; }
Strings boolean(bool b) { return {b ? "True" : "False"}; }
Strings number(std::int64_t n) { return {std::to_string(n)}; }
Strings views(const std::vector<std::string_view>& v) { return Strings(v.begin(), v.end()); }
template <class T>
Strings unwrap(const Result<T>& r) {
    if (!r) return {"error: " + r.error().type + ": " + r.error().message};
    if constexpr (std::is_same_v<T, std::string>) return {*r};
    else return views(*r);
}

// Python's slice.indices(length) and slice length, for the slice cases.
void adjust_slice(std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t step,
                  std::int64_t& count) {
    auto clamp = [&](std::int64_t& v, std::int64_t dflt) {
        if (v == kNone) {
            v = dflt;
            return;
        }
        if (v < 0) {
            v += length;
            if (v < 0) v = step < 0 ? -1 : 0;
        } else if (v >= length) {
            v = step < 0 ? length - 1 : length;
        }
    };
    clamp(start, step < 0 ? length - 1 : 0);
    clamp(stop, step < 0 ? -1 : length);
    if (step < 0)
        count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    else
        count = start < stop ? (stop - start - 1) / step + 1 : 0;
}

using Unary = std::function<Strings(std::string_view)>;
const std::map<std::string_view, Unary>& unary_methods() {
    static const std::map<std::string_view, Unary> methods = {
        {"upper", [](auto s) { return one(to_upper(s)); }},
        {"lower", [](auto s) { return one(to_lower(s)); }},
        {"casefold", [](auto s) { return one(casefold(s)); }},
        {"title", [](auto s) { return one(title(s)); }},
        {"capitalize", [](auto s) { return one(capitalize(s)); }},
        {"swapcase", [](auto s) { return one(swapcase(s)); }},
        {"isalpha", [](auto s) { return boolean(is_alpha(s)); }},
        {"isdecimal", [](auto s) { return boolean(is_decimal(s)); }},
        {"isdigit", [](auto s) { return boolean(is_digit(s)); }},
        {"isnumeric", [](auto s) { return boolean(is_numeric(s)); }},
        {"isalnum", [](auto s) { return boolean(is_alnum(s)); }},
        {"isspace", [](auto s) { return boolean(is_space(s)); }},
        {"isupper", [](auto s) { return boolean(is_upper(s)); }},
        {"islower", [](auto s) { return boolean(is_lower(s)); }},
        {"istitle", [](auto s) { return boolean(is_title(s)); }},
        {"isidentifier", [](auto s) { return boolean(is_identifier(s)); }},
        {"isprintable", [](auto s) { return boolean(is_printable(s)); }},
        {"isascii", [](auto s) { return boolean(is_ascii_str(s)); }},
        {"repr", [](auto s) { return one(repr_str(s)); }},
        {"ascii", [](auto s) { return one(ascii_str(s)); }},
        {"len", [](auto s) { return number(static_cast<std::int64_t>(count_code_points(s))); }},
        {"split", [](auto s) { return views(split_whitespace(s)); }},
        {"rsplit", [](auto s) { return views(rsplit_whitespace(s)); }},
        {"split1", [](auto s) { return views(split_whitespace(s, 1)); }},
        {"rsplit1", [](auto s) { return views(rsplit_whitespace(s, 1)); }},
        {"split0", [](auto s) { return views(split_whitespace(s, 0)); }},
        {"splitlines", [](auto s) { return views(splitlines(s)); }},
        {"splitlines_keepends", [](auto s) { return views(splitlines(s, true)); }},
        {"strip", [](auto s) { return one(std::string(strip_whitespace(s))); }},
        {"lstrip", [](auto s) { return one(std::string(strip_whitespace(s, StripSide::kLeft))); }},
        {"rstrip", [](auto s) { return one(std::string(strip_whitespace(s, StripSide::kRight))); }},
        {"expandtabs", [](auto s) { return unwrap(expandtabs(s)); }},
        {"expandtabs4", [](auto s) { return unwrap(expandtabs(s, 4)); }},
        {"expandtabs0", [](auto s) { return unwrap(expandtabs(s, 0)); }},
    };
    return methods;
}

char32_t only_code_point(std::string_view s) {
    std::size_t pos = 0;
    return decode_utf8(s, pos);
}

Strings call(const CallCase& c) {
    StrRef s = StrRef::of(c.input);
    Strings args = unpack(c.args);
    const auto& n = c.ints;
    std::string_view m = c.method;
    auto arg = [&](std::size_t i) { return StrRef::of(args[i]); };
    if (m == "find") return number(find(s, arg(0), n[0], n[1]));
    if (m == "rfind") return number(rfind(s, arg(0), n[0], n[1]));
    if (m == "count") return number(count(s, arg(0), n[0], n[1]));
    if (m == "startswith") return boolean(starts_with(s, arg(0), n[0], n[1]));
    if (m == "endswith") return boolean(ends_with(s, arg(0), n[0], n[1]));
    if (m == "split") return unwrap(split(c.input, args[0], n[0]));
    if (m == "rsplit") return unwrap(rsplit(c.input, args[0], n[0]));
    if (m == "partition" || m == "rpartition") {
        auto p = m == "partition" ? partition(c.input, args[0]) : rpartition(c.input, args[0]);
        return Strings{std::string(p->before), std::string(p->separator), std::string(p->after)};
    }
    if (m == "replace") return unwrap(replace(c.input, args[0], args[1], n[0]));
    if (m == "strip") return one(std::string(strip_chars(c.input, args[0])));
    if (m == "lstrip") return one(std::string(strip_chars(c.input, args[0], StripSide::kLeft)));
    if (m == "rstrip") return one(std::string(strip_chars(c.input, args[0], StripSide::kRight)));
    if (m == "center") return unwrap(center(s, n[0], only_code_point(args[0])));
    if (m == "ljust") return unwrap(ljust(s, n[0], only_code_point(args[0])));
    if (m == "rjust") return unwrap(rjust(s, n[0], only_code_point(args[0])));
    if (m == "zfill") return unwrap(zfill(s, n[0]));
    if (m == "mul") return unwrap(repeat(c.input, n[0]));
    if (m == "slice") {
        std::int64_t start = n[0], stop = n[1], step = n[2] == kNone ? 1 : n[2], length = 0;
        adjust_slice(static_cast<std::int64_t>(s.length), start, stop, step, length);
        Strings plain = one(slice(s, start, step, length));
        CodePointIndex index(c.input);
        Strings indexed = one(slice(StrRef(c.input, s.length, &index), start, step, length));
        EXPECT_EQ(plain, indexed) << "slice through a CodePointIndex differs";
        return plain;
    }
    ADD_FAILURE() << "no such method in the test: " << m;
    return {};
}

TEST(UnicodeMethods, UnaryMatchCPython) {
    int checked = 0;
    for (const UnaryCase& c : kUnaryCases) {
        auto it = unary_methods().find(c.method);
        ASSERT_NE(it, unary_methods().end()) << c.method;
        EXPECT_EQ(it->second(c.input), unpack(c.expected)) << c.method << "(" << repr_str(c.input) << ")";
        ++checked;
    }
    EXPECT_GT(checked, 1000);
}

TEST(UnicodeMethods, CallsMatchCPython) {
    for (const CallCase& c : kCallCases) {
        std::string shown = std::string(c.method) + " on " + repr_str(c.input) + " args";
        for (const auto& a : unpack(c.args)) shown += " " + repr_str(a);
        for (auto i : c.ints) shown += " " + std::to_string(i);
        EXPECT_EQ(call(c), unpack(c.expected)) << shown;
    }
}

}  // namespace
}  // namespace klass::text
