// time.strptime: parses text by a format into a struct_time, with the
// behaviour of CPython's _strptime in the C locale. Directives match
// case-insensitively, whitespace in the format matches any run of
// whitespace, numbers take as many digits as their field allows; missing
// fields default to 1900-01-01 00:00:00, and the weekday and day of the year
// are computed from the date unless given.
#include <time.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "modules/structseq.h"
#include "modules/time_internal.h"
#include "object/ops.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::time_module {

namespace {

const char* const kDayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const char* const kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};

// What the directives found.
struct Parsed {
  std::optional<int64_t> year;
  int month = 1, day = 1, hour = 0, minute = 0, second = 0;
  bool month_set = false, day_set = false;
  std::optional<int> hour12;        // %I
  std::optional<bool> pm;           // %p
  std::optional<int> weekday;       // Monday = 0
  std::optional<int> julian;        // %j
  std::optional<int> week_of_year;  // %U / %W
  bool week_starts_monday = false;
  std::optional<std::string> zone;
  std::optional<int64_t> gmtoff;
  int isdst = -1;
};

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  bool at_end() const { return pos_ >= text_.size(); }
  std::string_view rest() const { return text_.substr(pos_); }

  void skip_space() {
    while (!at_end() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool literal(char c) {
    if (at_end() || std::tolower(static_cast<unsigned char>(text_[pos_])) != std::tolower(static_cast<unsigned char>(c)))
      return false;
    ++pos_;
    return true;
  }
  // Up to `max_digits` digits (at least `min_digits`) forming a value in
  // [lo, hi]; the longest such prefix.
  bool number(int min_digits, int max_digits, int64_t lo, int64_t hi, int64_t* out) {
    size_t start = pos_;
    int64_t v = 0;
    int n = 0;
    int64_t best = -1;
    size_t best_end = start;
    while (n < max_digits && pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
      v = v * 10 + (text_[pos_] - '0');
      ++pos_;
      ++n;
      if (n >= min_digits && v >= lo && v <= hi) {
        best = v;
        best_end = pos_;
      }
    }
    pos_ = best_end;
    if (best < 0) {
      pos_ = start;
      return false;
    }
    *out = best;
    return true;
  }
  // One of `names` (full) or its first three letters; returns the index.
  bool name(const char* const* names, int count, int* out) {
    for (int full = 1; full >= 0; --full) {
      for (int i = 0; i < count; ++i) {
        std::string_view n = names[i];
        if (!full) n = n.substr(0, 3);
        if (matches_word(n)) {
          pos_ += n.size();
          *out = i;
          return true;
        }
      }
    }
    return false;
  }
  bool word(std::string_view w) {
    if (!matches_word(w)) return false;
    pos_ += w.size();
    return true;
  }

 private:
  bool matches_word(std::string_view w) const {
    if (text_.size() - pos_ < w.size()) return false;
    for (size_t i = 0; i < w.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text_[pos_ + i])) != w[i]) return false;
    return true;
  }
  std::string_view text_;
  size_t pos_ = 0;
};

enum class Outcome { kOk, kMismatch, kBadDirective, kStray };

Outcome parse_directive(char d, Scanner& s, Parsed& p, std::string* bad);

// Runs `format` over the scanner.
Outcome parse_format(std::string_view format, Scanner& s, Parsed& p, std::string* bad) {
  for (size_t i = 0; i < format.size(); ++i) {
    char c = format[i];
    if (c == '%') {
      if (i + 1 >= format.size()) return Outcome::kStray;
      Outcome o = parse_directive(format[++i], s, p, bad);
      if (o != Outcome::kOk) return o;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      while (i + 1 < format.size() && std::isspace(static_cast<unsigned char>(format[i + 1]))) ++i;
      size_t before = s.rest().size();
      s.skip_space();
      if (s.rest().size() == before) return Outcome::kMismatch;  // \s+ needs one
    } else if (!s.literal(c)) {
      return Outcome::kMismatch;
    }
  }
  return Outcome::kOk;
}

Outcome parse_directive(char d, Scanner& s, Parsed& p, std::string* bad) {
  int64_t v;
  int idx;
  auto num = [&](int min_digits, int max_digits, int64_t lo, int64_t hi) {
    return s.number(min_digits, max_digits, lo, hi, &v);
  };
  switch (d) {
    case 'd':
      s.literal(' ');  // CPython accepts a space-padded day
      if (!num(1, 2, 1, 31)) return Outcome::kMismatch;
      p.day = static_cast<int>(v), p.day_set = true;
      return Outcome::kOk;
    case 'm':
      if (!num(1, 2, 1, 12)) return Outcome::kMismatch;
      p.month = static_cast<int>(v), p.month_set = true;
      return Outcome::kOk;
    case 'Y':
      if (!num(4, 4, 0, 9999)) return Outcome::kMismatch;
      p.year = v;
      return Outcome::kOk;
    case 'y':
      if (!num(2, 2, 0, 99)) return Outcome::kMismatch;
      p.year = v <= 68 ? 2000 + v : 1900 + v;  // POSIX's pivot
      return Outcome::kOk;
    case 'H':
      if (!num(1, 2, 0, 23)) return Outcome::kMismatch;
      p.hour = static_cast<int>(v);
      return Outcome::kOk;
    case 'I':
      if (!num(1, 2, 1, 12)) return Outcome::kMismatch;
      p.hour12 = static_cast<int>(v);
      return Outcome::kOk;
    case 'M':
      if (!num(1, 2, 0, 59)) return Outcome::kMismatch;
      p.minute = static_cast<int>(v);
      return Outcome::kOk;
    case 'S':
      if (!num(1, 2, 0, 61)) return Outcome::kMismatch;
      p.second = static_cast<int>(v);
      return Outcome::kOk;
    case 'f':  // microseconds: parsed, not kept in a struct_time
      return num(1, 6, 0, 999999) ? Outcome::kOk : Outcome::kMismatch;
    case 'j':
      if (!num(1, 3, 1, 366)) return Outcome::kMismatch;
      p.julian = static_cast<int>(v);
      return Outcome::kOk;
    case 'a':
    case 'A':
      if (!s.name(kDayNames, 7, &idx)) return Outcome::kMismatch;
      p.weekday = idx;
      return Outcome::kOk;
    case 'b':
    case 'B':
    case 'h':
      if (!s.name(kMonthNames, 12, &idx)) return Outcome::kMismatch;
      p.month = idx + 1, p.month_set = true;
      return Outcome::kOk;
    case 'p':
      if (s.word("am")) p.pm = false;
      else if (s.word("pm")) p.pm = true;
      else return Outcome::kMismatch;
      return Outcome::kOk;
    case 'w':
      if (!num(1, 1, 0, 6)) return Outcome::kMismatch;
      p.weekday = v == 0 ? 6 : static_cast<int>(v) - 1;
      return Outcome::kOk;
    case 'u':
      if (!num(1, 1, 1, 7)) return Outcome::kMismatch;
      p.weekday = static_cast<int>(v) - 1;
      return Outcome::kOk;
    case 'U':
    case 'W':
      if (!num(1, 2, 0, 53)) return Outcome::kMismatch;
      p.week_of_year = static_cast<int>(v), p.week_starts_monday = d == 'W';
      return Outcome::kOk;
    case 'z': {
      if (s.word("z")) {
        p.gmtoff = 0;
        return Outcome::kOk;
      }
      int sign = s.literal('-') ? -1 : (s.literal('+') ? 1 : 0);
      if (!sign) return Outcome::kMismatch;
      int64_t hh, mm, ss = 0;
      if (!s.number(2, 2, 0, 99, &hh)) return Outcome::kMismatch;
      bool colon = s.literal(':');
      if (!s.number(2, 2, 0, 99, &mm)) return Outcome::kMismatch;
      if ((colon ? s.literal(':') : true) && !s.number(2, 2, 0, 99, &ss)) ss = 0;
      p.gmtoff = sign * (hh * 3600 + mm * 60 + ss);
      return Outcome::kOk;
    }
    case 'Z': {
      // UTC, GMT and the local standard-time name mean isdst 0; the local
      // daylight-time name (when the zone has one) means 1. Longest first.
      tzset();
      std::string candidates[4] = {"utc", "gmt", tzname[0], daylight ? tzname[1] : ""};
      int order[4] = {0, 1, 2, 3};
      std::sort(order, order + 4, [&](int a, int b) { return candidates[a].size() > candidates[b].size(); });
      for (int i : order) {
        std::string lower;
        for (char c : candidates[i]) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string_view before = s.rest();
        if (!lower.empty() && s.word(lower)) {
          p.zone = std::string(before.substr(0, lower.size()));
          p.isdst = i == 3 ? 1 : 0;
          return Outcome::kOk;
        }
      }
      return Outcome::kMismatch;
    }
    case 'c': return parse_format("%a %b %d %H:%M:%S %Y", s, p, bad);
    case 'x': return parse_format("%m/%d/%y", s, p, bad);
    case 'X': return parse_format("%H:%M:%S", s, p, bad);
    case '%': return s.literal('%') ? Outcome::kOk : Outcome::kMismatch;
    default:
      *bad = std::string(1, d);
      return Outcome::kBadDirective;
  }
}

// Monday-based weekday of a date.
int weekday_of(int64_t year, int month, int day) {
  int64_t days = days_from_civil(year, month, day);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

}  // namespace

Value strptime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "strptime", kw) || !check_nargs(vm, "strptime", nargs, 1, 2)) return Value::error();
  for (size_t i = 0; i < nargs; ++i)
    if (!isinstance_of(vm, args[i], vm.t.str))
      return raisef(vm, vm.e.TypeError, "strptime() argument %zu must be str, not %s", i,
                    repr_string(vm, val(type_of(vm, args[i]))).c_str());
  std::string_view text = sv(args[0]);
  std::string_view format = nargs > 1 ? sv(args[1]) : "%a %b %d %H:%M:%S %Y";
  Scanner s(text);
  Parsed p;
  std::string bad;
  Outcome o = parse_format(format, s, p, &bad);
  if (o == Outcome::kBadDirective)
    return raisef(vm, vm.e.ValueError, "'%s' is a bad directive in format %s", bad.c_str(),
                  repr_string(vm, nargs > 1 ? args[1] : make_str(vm, format)).c_str());
  if (o == Outcome::kStray)
    return raisef(vm, vm.e.ValueError, "stray %% in format %s", repr_string(vm, args[1]).c_str());
  if (o == Outcome::kMismatch) {
    Value f = nargs > 1 ? args[1] : make_str(vm, format);
    return raisef(vm, vm.e.ValueError, "time data %s does not match format %s", repr_string(vm, args[0]).c_str(),
                  repr_string(vm, f).c_str());
  }
  if (!s.at_end()) {
    std::string rest(s.rest());
    return raisef(vm, vm.e.ValueError, "unconverted data remains: %s", rest.c_str());
  }

  int hour = p.hour;
  if (p.hour12) {
    hour = *p.hour12 % 12;
    if (p.pm.value_or(false)) hour += 12;
  }
  // February 29 without a year is valid: compute in a leap year, report 1900.
  bool leap_fix = !p.year && p.month == 2 && p.day == 29;
  int64_t year = p.year ? *p.year : (leap_fix ? 1904 : 1900);
  int month = p.month, day = p.day;
  int julian;
  if (!p.julian && p.weekday && p.week_of_year) {
    // Week number and weekday: count from the first day of week 1.
    int first_wday = weekday_of(year, 1, 1);
    int dow = *p.weekday;
    if (!p.week_starts_monday) {  // %U weeks start on Sunday
      first_wday = (first_wday + 1) % 7;
      dow = (dow + 1) % 7;
    }
    int week0_length = (7 - first_wday) % 7;
    julian = *p.week_of_year == 0 ? 1 + dow - first_wday : 1 + week0_length + 7 * (*p.week_of_year - 1) + dow;
    if (julian <= 0) {  // in the previous year
      --year;
      julian += is_leap(year) ? 366 : 365;
    }
    p.julian = julian;
  }
  if (p.julian) {
    julian = *p.julian;
    int64_t days = days_from_civil(year, 1, 1) + julian - 1;
    // Back from days to a civil date.
    int64_t y = year;
    while (days < days_from_civil(y, 1, 1)) --y;
    while (days >= days_from_civil(y + 1, 1, 1)) ++y;
    int m = 1;
    while (m < 12 && days >= days_from_civil(y, m + 1, 1)) ++m;
    year = y, month = m, day = static_cast<int>(days - days_from_civil(y, m, 1)) + 1;
  } else {
    if (day > days_in_month(year, month)) return raise(vm, vm.e.ValueError, "day is out of range for month");
    julian = static_cast<int>(days_from_civil(year, month, day) - days_from_civil(year, 1, 1)) + 1;
  }
  int weekday = p.weekday ? *p.weekday : weekday_of(year, month, day);
  if (leap_fix) year = 1900;
  Value v[11] = {make_int(vm, year), make_int(vm, month), make_int(vm, day), make_int(vm, hour),
                 make_int(vm, p.minute), make_int(vm, p.second), make_int(vm, weekday), make_int(vm, julian),
                 make_int(vm, p.isdst), p.zone ? make_str(vm, *p.zone) : Value::none(),
                 p.gmtoff ? make_int(vm, *p.gmtoff) : Value::none()};
  return make_structseq(vm, kStructTimeDesc, v);
}

}  // namespace klass::time_module
