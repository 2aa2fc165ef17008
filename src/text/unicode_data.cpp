// Lookup into the generated Unicode tables (see unicode_data.h).
#include "text/unicode_data.h"

#include <cstddef>

namespace klass::text {
namespace {

#include "text/unicode_tables.inc"

constexpr std::string_view kCategoryNames[] = {
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
    "Cc", "Cf", "Cs", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"};

}  // namespace

const CharRecord& char_record(char32_t cp) {
    if (cp > 0x10FFFF) return kRecords[kBlocks[kBlockOf[0xE0000 >> kBlockShift]]];  // unassigned
    constexpr char32_t mask = (1u << kBlockShift) - 1;
    std::size_t block = kBlockOf[cp >> kBlockShift];
    return kRecords[kBlocks[(block << kBlockShift) + (cp & mask)]];
}

std::string_view category(char32_t cp) { return kCategoryNames[char_record(cp).category]; }

int decimal_value(char32_t cp) {
    const CharRecord& r = char_record(cp);
    return (r.flags & kDecimal) ? r.digit : -1;
}

int digit_value(char32_t cp) {
    const CharRecord& r = char_record(cp);
    return (r.flags & kDigit) ? r.digit : -1;
}

double numeric_value(char32_t cp) {
    const CharRecord& r = char_record(cp);
    return (r.flags & kNumeric) ? kNumericValues[r.numeric] : -1.0;
}

CaseMapping case_mapping(char32_t cp, CaseKind kind) {
    const CharRecord& r = char_record(cp);
    std::int32_t field = kind == CaseKind::kLower   ? r.lower
                         : kind == CaseKind::kUpper ? r.upper
                         : kind == CaseKind::kTitle ? r.title
                                                    : r.fold;
    CaseMapping m{};
    if (!(r.flags & kExtendedCase)) {
        m.chars[0] = static_cast<char32_t>(static_cast<std::int32_t>(cp) + field);
        m.size = 1;
        return m;
    }
    const char32_t* seq = &kCaseSequences[field];
    m.size = static_cast<std::uint8_t>(seq[0]);
    for (std::uint8_t i = 0; i < m.size; ++i) m.chars[i] = seq[1 + i];
    return m;
}

}  // namespace klass::text
