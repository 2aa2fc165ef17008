#include "text/number_int_text.h"

#include <charconv>

#include "text/unicode_predicates.h"
#include "text/unicode_repr.h"
#include "text/unicode_utf8.h"

namespace klass::text {

namespace {

// Above this many digits the max-str-digits limit is checked (CPython's
// _PY_LONG_MAX_STR_DIGITS_THRESHOLD; the limit itself is never below it).
constexpr std::int64_t kLimitThreshold = 640;

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

std::string limit_message_to_int(std::int64_t limit, std::int64_t digits) {
    return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion: value has " +
           std::to_string(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit";
}

enum class ParseStatus { kOk, kInvalid, kTooManyDigits };

struct ParsedInt {
    ParseStatus status = ParseStatus::kInvalid;
    Integer value = std::int64_t{0};
    std::int64_t digit_count = 0;
};

// The literal grammar of int(), on ASCII text (CPython's PyLong_FromString).
ParsedInt parse_ascii(std::string_view s, int base, std::int64_t max_str_digits) {
    ParsedInt out;
    std::size_t pos = 0, end = s.size();
    auto at = [&](std::size_t i) { return i < end ? s[i] : '\0'; };
    while (pos < end && is_ascii_space(s[pos])) ++pos;
    bool negative = false;
    if (at(pos) == '+' || at(pos) == '-') negative = s[pos++] == '-';

    // With base 0 the prefix chooses the base; a plain leading zero allows
    // only the value zero (no C-style octal).
    bool only_zero_allowed = false;
    if (base == 0) {
        char p = static_cast<char>(at(pos + 1) | 0x20);
        if (at(pos) != '0')
            base = 10;
        else if (p == 'x')
            base = 16;
        else if (p == 'o')
            base = 8;
        else if (p == 'b')
            base = 2;
        else {
            only_zero_allowed = true;
            base = 10;
        }
    }
    if (at(pos) == '0') {
        char p = static_cast<char>(at(pos + 1) | 0x20);
        if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
            pos += 2;
            if (at(pos) == '_') ++pos;  // one underscore may follow the prefix
        }
    }
    if (at(pos) == '_') return out;

    // Digits, with single underscores between them.
    std::string digits;
    for (; pos < end && (digit_value(s[pos]) < base || s[pos] == '_'); ++pos) {
        if (s[pos] != '_')
            digits += s[pos];
        else if (s[pos - 1] == '_')
            return out;
    }
    if (digits.empty() || s[pos - 1] == '_') return out;
    out.digit_count = static_cast<std::int64_t>(digits.size());
    bool binary_base = (base & (base - 1)) == 0;
    if (!binary_base && max_str_digits > 0 && out.digit_count > kLimitThreshold && out.digit_count > max_str_digits) {
        out.status = ParseStatus::kTooManyDigits;
        return out;
    }
    while (pos < end && is_ascii_space(s[pos])) ++pos;
    if (pos != end) return out;

    if (digits.size() <= 12) {  // 36**12 < 2**63
        std::int64_t v = 0;
        for (char c : digits) v = v * base + digit_value(c);
        if (only_zero_allowed && v != 0) return out;
        out.value = negative ? -v : v;
    } else {
        BigInt v;
        mpz_set_str(v.get(), digits.c_str(), base);
        if (only_zero_allowed && mpz_sgn(v.get()) != 0) return out;
        if (negative) mpz_neg(v.get(), v.get());
        out.value = make_integer(std::move(v));
    }
    out.status = ParseStatus::kOk;
    return out;
}

// Shared by the str and bytes entry points: `ascii` is what gets parsed,
// `shown` the repr used in the message.
template <class MakeRepr>
Result<Integer> parse_int(std::string_view ascii, int base, std::int64_t max_str_digits, MakeRepr make_repr) {
    if (base != 0 && (base < 2 || base > 36)) return fail("ValueError", "int() base must be >= 2 and <= 36, or 0");
    ParsedInt parsed = parse_ascii(ascii, base, max_str_digits);
    switch (parsed.status) {
    case ParseStatus::kOk: return std::move(parsed.value);
    case ParseStatus::kTooManyDigits:
        return fail("ValueError", limit_message_to_int(max_str_digits, parsed.digit_count));
    default: {
        // Python shows at most 200 characters of the repr ("%.200R").
        std::string shown = make_repr();
        shown.resize(byte_offset_scan(shown, std::min<std::size_t>(200, count_code_points(shown))));
        return fail("ValueError", "invalid literal for int() with base " + std::to_string(base) + ": " + shown);
    }
    }
}

}  // namespace

Result<Integer> parse_int_str(std::string_view s, int base, std::int64_t max_str_digits) {
    std::string converted;
    std::string_view ascii = s;
    if (!is_ascii(s)) {
        converted = decimal_and_space_to_ascii(s);
        ascii = converted;
    }
    return parse_int(ascii, base, max_str_digits, [&] { return repr_str(s); });
}

Result<Integer> parse_int_bytes(std::string_view b, int base, std::int64_t max_str_digits) {
    // CPython cuts the bytes to 200 before taking their repr.
    return parse_int(b, base, max_str_digits, [&] { return repr_bytes(b.substr(0, 200)); });
}

Result<std::string> int_to_string(IntView v, int base, std::int64_t max_str_digits) {
    if (v.is_small()) {
        char buffer[72];
        auto r = std::to_chars(buffer, buffer + sizeof buffer, v.small(), base);
        return std::string(buffer, r.ptr);
    }
    // sizeinbase is exact or one too many: it rules out huge values before
    // converting them, the conversion decides the boundary case.
    bool limited = base == 10 && max_str_digits > 0;
    auto too_many = [&] {
        return fail("ValueError", "Exceeds the limit (" + std::to_string(max_str_digits) +
                                      " digits) for integer string conversion; use "
                                      "sys.set_int_max_str_digits() to increase the limit");
    };
    if (limited && static_cast<std::int64_t>(mpz_sizeinbase(v.big(), 10)) - 1 > max_str_digits) return too_many();
    std::string out(mpz_sizeinbase(v.big(), base) + 2, '\0');
    mpz_get_str(out.data(), base, v.big());
    out.resize(out.find('\0'));
    if (limited && static_cast<std::int64_t>(out.size()) - (v.sign() < 0) > max_str_digits) return too_many();
    return out;
}

std::string int_to_decimal_unlimited(IntView v) { return *int_to_string(v, 10, 0); }

std::string int_to_prefixed(IntView v, int base) {
    std::string digits = *int_to_string(v, base, 0);
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    std::size_t at = digits[0] == '-' ? 1 : 0;
    digits.insert(at, prefix);
    return digits;
}

}  // namespace klass::text
