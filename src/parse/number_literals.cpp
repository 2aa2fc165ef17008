#include <gmp.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <string>

#include "parse/literals.h"

namespace klass::parse {

namespace {

bool parse_double(const std::string& digits, double* out) {
    // from_chars is locale-independent and correctly rounded.
    auto result = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
    if (result.ec == std::errc::result_out_of_range) {
        // Overflow gives inf and underflow 0.0, as CPython's float("1e999").
        errno = 0;
        *out = std::strtod(digits.c_str(), nullptr);
        return true;
    }
    return result.ec == std::errc() && result.ptr == digits.data() + digits.size();
}

}  // namespace

bool parse_number_literal(std::string_view text, ast::ConstantValue& out) {
    std::string digits;
    digits.reserve(text.size());
    for (char c : text) {
        if (c != '_') digits += c;
    }
    if (digits.empty()) return false;
    char last = digits.back();
    if (last == 'j' || last == 'J') {
        digits.pop_back();
        out.kind = ast::ConstantValue::Kind::Complex;
        return parse_double(digits, &out.float_value);
    }
    int base = 10;
    std::size_t skip = 0;
    if (digits.size() > 1 && digits[0] == '0') {
        char p = digits[1];
        if (p == 'x' || p == 'X') base = 16, skip = 2;
        else if (p == 'o' || p == 'O') base = 8, skip = 2;
        else if (p == 'b' || p == 'B') base = 2, skip = 2;
    }
    if (base == 10 && digits.find_first_of(".eE") != std::string::npos) {
        out.kind = ast::ConstantValue::Kind::Float;
        return parse_double(digits, &out.float_value);
    }
    out.kind = ast::ConstantValue::Kind::Int;
    std::string_view body = std::string_view(digits).substr(skip);
    // Fast path: accumulate in 64 bits while it fits.
    unsigned __int128 value = 0;
    bool fits = true;
    for (char c : body) {
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        value = value * unsigned(base) + unsigned(d);
        if (value > static_cast<unsigned __int128>(INT64_MAX)) {
            fits = false;
            break;
        }
    }
    if (fits) {
        out.int_fits = true;
        out.int_value = static_cast<std::int64_t>(value);
        out.text = std::to_string(out.int_value);
        return true;
    }
    out.int_fits = false;
    if (base == 10) {
        std::size_t first = body.find_first_not_of('0');
        out.text = std::string(body.substr(first == std::string_view::npos ? body.size() - 1 : first));
        return true;
    }
    mpz_t big;
    if (mpz_init_set_str(big, std::string(body).c_str(), base) != 0) {
        mpz_clear(big);
        return false;
    }
    char* decimal = mpz_get_str(nullptr, 10, big);
    out.text = decimal;
    void (*free_function)(void*, size_t);
    mp_get_memory_functions(nullptr, nullptr, &free_function);
    free_function(decimal, out.text.size() + 1);
    mpz_clear(big);
    return true;
}

}  // namespace klass::parse
