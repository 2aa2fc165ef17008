// Normalization through utf8proc (see unicode_normalize.h).
#include "text/unicode_normalize.h"

#include <cstdlib>
#include <utf8proc.h>

#include "text/unicode_data.h"
#include "text/unicode_utf8.h"

namespace klass::text {
namespace {

int options_for(NormalForm form) {
    int compat = (form == NormalForm::kNFKC || form == NormalForm::kNFKD) ? UTF8PROC_COMPAT : 0;
    int shape = (form == NormalForm::kNFC || form == NormalForm::kNFKC) ? UTF8PROC_COMPOSE : UTF8PROC_DECOMPOSE;
    return UTF8PROC_STABLE | compat | shape;
}

// Normalizes text that holds no surrogates (utf8proc rejects them).
void append_normalized(std::string& out, NormalForm form, std::string_view text) {
    if (text.empty()) return;
    utf8proc_uint8_t* result = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &result,
                                      static_cast<utf8proc_option_t>(options_for(form)));
    if (n < 0) {
        // Only an allocation failure can get here: keep the text unchanged.
        out.append(text);
        return;
    }
    out.append(reinterpret_cast<const char*>(result), static_cast<std::size_t>(n));
    std::free(result);
}

}  // namespace

std::optional<NormalForm> parse_normal_form(std::string_view name) {
    if (name == "NFC") return NormalForm::kNFC;
    if (name == "NFD") return NormalForm::kNFD;
    if (name == "NFKC") return NormalForm::kNFKC;
    if (name == "NFKD") return NormalForm::kNFKD;
    return std::nullopt;
}

std::string normalize(NormalForm form, std::string_view s) {
    if (is_ascii(s)) return std::string(s);
    // Surrogates, and characters that Python's Unicode version does not
    // have yet (utf8proc follows a newer one), have no decomposition and
    // combine with nothing: they are kept, and the runs between them
    // normalize independently.  utf8proc could not take surrogates anyway.
    std::string out;
    out.reserve(s.size());
    std::size_t run = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t cp = decode_utf8(s, pos);
        if (cp < 0x80 || (!is_surrogate(cp) && category(cp) != "Cn")) continue;
        append_normalized(out, form, s.substr(run, start - run));
        out.append(s.substr(start, pos - start));
        run = pos;
    }
    append_normalized(out, form, s.substr(run));
    return out;
}

Result<std::string> normalize(std::string_view form, std::string_view s) {
    auto parsed = parse_normal_form(form);
    if (!parsed) return fail("ValueError", "invalid normalization form");
    return normalize(*parsed, s);
}

bool is_normalized(NormalForm form, std::string_view s) { return normalize(form, s) == s; }

std::string normalize_identifier(std::string_view name) {
    return is_ascii(name) ? std::string(name) : normalize(NormalForm::kNFKC, name);
}

}  // namespace klass::text
