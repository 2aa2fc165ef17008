// The time module: clocks, sleep, conversions between timestamps and
// struct_time (gmtime/localtime/mktime), strftime/asctime/ctime, and the
// time-zone constants. strptime is in time_strptime.cpp.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "modules/os_error.h"
#include "modules/registry.h"
#include "modules/structseq.h"
#include "modules/time_internal.h"
#include "object/ops.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/float.h"
#include "types/int.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace time_module {

namespace {

const StructSeqField kStructTimeFields[] = {
    {"tm_year"}, {"tm_mon"},  {"tm_mday"},  {"tm_hour"}, {"tm_min"},    {"tm_sec"},
    {"tm_wday"}, {"tm_yday"}, {"tm_isdst"}, {"tm_zone"}, {"tm_gmtoff"},
};

}  // namespace

const StructSeqDesc kStructTimeDesc = {
    "time", "struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.",
    kStructTimeFields, 9, 11};

bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int64_t year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Howard Hinnant's civil-date algorithm (days since the epoch).
int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

namespace {

const char* const kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// ---- clocks ----

int64_t clock_ns(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value seconds(VM& vm, int64_t ns) { return make_float(vm, static_cast<double>(ns) / 1e9); }

template <clockid_t Clock, bool Nanoseconds>
Value clock_fn(VM& vm, const Value*, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "time", kw) || !check_nargs(vm, "time", nargs, 0, 0)) return Value::error();
  int64_t ns = clock_ns(Clock);
  return Nanoseconds ? make_int(vm, ns) : seconds(vm, ns);
}

bool clock_id_arg(VM& vm, Value v, clockid_t* out) {
  int64_t id;
  if (!is_int(vm, v))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v)), false;
  if (!to_int64(vm, v, &id)) return false;
  *out = static_cast<clockid_t>(id);
  timespec ts;
  if (clock_gettime(*out, &ts) != 0) return raise_os_error(vm, errno), false;
  return true;
}

Value time_clock_gettime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  clockid_t c;
  if (!no_kwargs(vm, "clock_gettime", kw) || !check_nargs(vm, "clock_gettime", nargs, 1, 1) ||
      !clock_id_arg(vm, args[0], &c))
    return Value::error();
  return seconds(vm, clock_ns(c));
}

Value time_clock_gettime_ns(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  clockid_t c;
  if (!no_kwargs(vm, "clock_gettime_ns", kw) || !check_nargs(vm, "clock_gettime_ns", nargs, 1, 1) ||
      !clock_id_arg(vm, args[0], &c))
    return Value::error();
  return make_int(vm, clock_ns(c));
}

Value time_get_clock_info(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "get_clock_info", kw) || !check_nargs(vm, "get_clock_info", nargs, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "get_clock_info() argument 1 must be str, not %s", type_name(args[0]));
  std::string_view name = sv(args[0]);
  const char* impl;
  clockid_t clock;
  bool monotonic = true, adjustable = false;
  if (name == "time") {
    impl = "clock_gettime(CLOCK_REALTIME)", clock = CLOCK_REALTIME, monotonic = false, adjustable = true;
  } else if (name == "monotonic" || name == "perf_counter") {
    impl = "clock_gettime(CLOCK_MONOTONIC)", clock = CLOCK_MONOTONIC;
  } else if (name == "process_time") {
    impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", clock = CLOCK_PROCESS_CPUTIME_ID;
  } else if (name == "thread_time") {
    impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", clock = CLOCK_THREAD_CPUTIME_ID;
  } else {
    return raise(vm, vm.e.ValueError, "unknown clock");
  }
  timespec res;
  clock_getres(clock, &res);
  Value values[4] = {make_str(vm, impl), Value::boolean(monotonic), Value::boolean(adjustable),
                     make_float(vm, res.tv_sec + res.tv_nsec * 1e-9)};
  // The result is a types.SimpleNamespace, which the core may not provide yet.
  if (!vm.t.namespace_ || !vm.t.namespace_->dict)
    return raise(vm, vm.e.NotImplementedError, "get_clock_info() needs types.SimpleNamespace");
  Value names = make_tuple(vm, {val(vm.intern("implementation")), val(vm.intern("monotonic")),
                                val(vm.intern("adjustable")), val(vm.intern("resolution"))});
  if (!names.ok()) return names;
  return call(vm, val(vm.t.namespace_), values, 0, names.as<Tuple>());
}

// ---- sleep ----

// A timeout in seconds as nanoseconds, rounded up (a sleep is never shorter
// than asked).
bool timeout_ns(VM& vm, Value v, int64_t* out) {
  if (is_float(vm, v)) {
    double d = float_value(v);
    if (std::isnan(d)) return raise(vm, vm.e.ValueError, "Invalid value NaN (not a number)"), false;
    double ns = std::ceil(d * 1e9);
    if (!(ns >= -9.2e18 && ns <= 9.2e18))
      return raise(vm, vm.e.OverflowError, "timestamp too large to convert to C _PyTime_t"), false;
    *out = static_cast<int64_t>(ns);
    return true;
  }
  if (!is_int(vm, v)) {
    // Objects with __float__ (Decimal, Fraction) are not accepted, as in CPython.
    raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  int64_t s;
  if (!int_to_int64(v, &s) || s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000)
    return raise(vm, vm.e.OverflowError, "timestamp too large to convert to C _PyTime_t"), false;
  *out = s * 1000000000;
  return true;
}

Value keyboard_interrupt(VM& vm) {
  vm.pending_signal = 0;
  raise(vm, vm.e.KeyboardInterrupt, "");
  vm.current_exc.as<ExceptionObj>()->args = vm.empty_tuple;
  return Value::error();
}

Value time_sleep(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "sleep", kw) || !check_nargs(vm, "sleep", nargs, 1, 1)) return Value::error();
  int64_t ns;
  if (!timeout_ns(vm, args[0], &ns)) return Value::error();
  if (ns < 0) return raise(vm, vm.e.ValueError, "sleep length must be non-negative");
  // Sleep towards a monotonic deadline in slices, so that Ctrl-C (which sets
  // pending_signal, and usually also interrupts the system call) ends the
  // sleep promptly with KeyboardInterrupt.
  int64_t deadline = clock_ns(CLOCK_MONOTONIC) + ns;
  constexpr int64_t kSlice = 50'000'000;
  for (;;) {
    if (vm.pending_signal) return keyboard_interrupt(vm);
    int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
    if (left <= 0) return Value::none();
    int64_t step = left < kSlice ? left : kSlice;
    timespec ts{static_cast<time_t>(step / 1000000000), static_cast<long>(step % 1000000000)};
    int rc = clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, nullptr);
    if (rc != 0 && rc != EINTR) return raise_os_error(vm, rc);
  }
}

// ---- timestamps and struct_time ----

// A timestamp argument (int or float, rounded towards minus infinity).
bool to_time_t(VM& vm, Value v, time_t* out) {
  if (is_float(vm, v)) {
    double d = float_value(v);
    if (std::isnan(d)) return raise(vm, vm.e.ValueError, "Invalid value NaN (not a number)"), false;
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18))
      return raise(vm, vm.e.OverflowError, "timestamp out of range for platform time_t"), false;
    *out = static_cast<time_t>(d);
    return true;
  }
  if (!is_int(vm, v)) {
    raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  int64_t i;
  if (!int_to_int64(v, &i)) return raise(vm, vm.e.OverflowError, "timestamp out of range for platform time_t"), false;
  *out = static_cast<time_t>(i);
  return true;
}

// The timestamp of an optional argument (absent or None: now).
bool timestamp_arg(VM& vm, const Value* args, size_t nargs, time_t* out) {
  if (nargs == 0 || args[0].is_none()) {
    *out = ::time(nullptr);
    return true;
  }
  return to_time_t(vm, args[0], out);
}

Value struct_time_from_tm(VM& vm, const struct tm& tm) {
  Value v[11] = {
      make_int(vm, static_cast<int64_t>(tm.tm_year) + 1900), make_int(vm, tm.tm_mon + 1), make_int(vm, tm.tm_mday),
      make_int(vm, tm.tm_hour), make_int(vm, tm.tm_min), make_int(vm, tm.tm_sec),
      make_int(vm, (tm.tm_wday + 6) % 7),  // Monday is 0
      make_int(vm, tm.tm_yday + 1), make_int(vm, tm.tm_isdst),
      tm.tm_zone ? make_str(vm, tm.tm_zone) : Value::none(), make_int(vm, tm.tm_gmtoff),
  };
  return make_structseq(vm, kStructTimeDesc, v);
}

Value convert_time(VM& vm, const char* fname, bool local, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, fname, kw) || !check_nargs(vm, fname, nargs, 0, 1)) return Value::error();
  time_t t;
  if (!timestamp_arg(vm, args, nargs, &t)) return Value::error();
  struct tm tm;
  errno = 0;
  if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
    if (errno == 0 || errno == EOVERFLOW)
      return raise(vm, vm.e.OverflowError, "timestamp out of range for platform time_t");
    return raise_os_error(vm, errno);
  }
  return struct_time_from_tm(vm, tm);
}

Value time_gmtime(VM& vm, const Value* a, size_t n, Tuple* kw) { return convert_time(vm, "gmtime", false, a, n, kw); }
Value time_localtime(VM& vm, const Value* a, size_t n, Tuple* kw) {
  return convert_time(vm, "localtime", true, a, n, kw);
}

// A C int from a time tuple item.
bool tuple_int(VM& vm, Value v, int* out) {
  if (!is_int(vm, v))
    return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v)), false;
  int64_t i;
  if (!int_to_int64(v, &i) || i > INT32_MAX)
    return raise(vm, vm.e.OverflowError, "signed integer is greater than maximum"), false;
  if (i < INT32_MIN) return raise(vm, vm.e.OverflowError, "signed integer is less than minimum"), false;
  *out = static_cast<int>(i);
  return true;
}

// A 9-item time tuple or struct_time into a struct tm (C conventions: year
// from 1900, months and year days from 0, weekdays from Sunday).
bool tuple_to_tm(VM& vm, Value arg, const char* fname, struct tm* tm, std::string* zone) {
  if (!isinstance_of(vm, arg, vm.t.tuple)) {
    raise(vm, vm.e.TypeError, "Tuple or struct_time argument required");
    return false;
  }
  Tuple* t = arg.as<Tuple>();
  if (t->size != 9) {
    raisef(vm, vm.e.TypeError, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int f[9];
  for (int i = 0; i < 9; ++i)
    if (!tuple_int(vm, (*t)[i], &f[i])) return false;
  std::memset(tm, 0, sizeof *tm);
  tm->tm_year = f[0] - 1900;
  tm->tm_mon = f[1] - 1;
  tm->tm_mday = f[2];
  tm->tm_hour = f[3];
  tm->tm_min = f[4];
  tm->tm_sec = f[5];
  tm->tm_wday = (f[6] + 1) % 7;
  tm->tm_yday = f[7] - 1;
  tm->tm_isdst = f[8];
  // A struct_time also carries its zone.
  if (type_of(vm, arg) == structseq_type(vm, kStructTimeDesc)) {
    Value z = getattr_cstr(vm, arg, "tm_zone");
    Value off = getattr_cstr(vm, arg, "tm_gmtoff");
    if (!z.ok() || !off.ok()) return false;
    if (isinstance_of(vm, z, vm.t.str)) {
      *zone = std::string(sv(z));
      tm->tm_zone = zone->c_str();
    }
    int64_t g;
    if (is_int(vm, off) && int_to_int64(off, &g)) tm->tm_gmtoff = g;
  }
  return true;
}

// Checks the fields of a time tuple; zeros in month, day and day of the year
// (as hand-made tuples often have) mean "the first".
bool check_tm(VM& vm, struct tm& tm) {
  if (tm.tm_mon == -1) tm.tm_mon = 0;
  if (tm.tm_mday == 0) tm.tm_mday = 1;
  if (tm.tm_yday == -1) tm.tm_yday = 0;
  const char* bad = nullptr;
  if (tm.tm_mon < 0 || tm.tm_mon > 11) bad = "month out of range";
  else if (tm.tm_mday < 1 || tm.tm_mday > 31) bad = "day of month out of range";
  else if (tm.tm_hour < 0 || tm.tm_hour > 23) bad = "hour out of range";
  else if (tm.tm_min < 0 || tm.tm_min > 59) bad = "minute out of range";
  else if (tm.tm_sec < 0 || tm.tm_sec > 61) bad = "seconds out of range";
  else if (tm.tm_wday < 0) bad = "day of week out of range";
  else if (tm.tm_yday < 0 || tm.tm_yday > 365) bad = "day of year out of range";
  if (bad) raise(vm, vm.e.ValueError, bad);
  return !bad;
}

// The time argument of strftime/asctime: a tuple, or the local time now.
bool time_arg(VM& vm, const Value* args, size_t nargs, size_t index, const char* fname, struct tm* tm,
              std::string* zone) {
  if (nargs > index && !args[index].is_none()) return tuple_to_tm(vm, args[index], fname, tm, zone);
  time_t now = ::time(nullptr);
  localtime_r(&now, tm);
  return true;
}

Value time_strftime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "strftime", kw) || !check_nargs(vm, "strftime", nargs, 1, 2)) return Value::error();
  if (!isinstance_of(vm, args[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "strftime() argument 1 must be str, not %s", type_name(args[0]));
  struct tm tm;
  std::string zone;
  if (!time_arg(vm, args, nargs, 1, "strftime", &tm, &zone)) return Value::error();
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  if (!check_tm(vm, tm)) return Value::error();
  std::string fmt(sv(args[0]));
  if (fmt.find('\0') != std::string::npos) return raise(vm, vm.e.ValueError, "embedded null character");
  if (fmt.empty()) return make_str(vm, "");
  // An empty result is ambiguous (too small a buffer, or really empty):
  // grow until the buffer is clearly big enough.
  for (size_t size = 1024; size <= 256 * fmt.size() + 1024; size *= 2) {
    std::string buf(size, '\0');
    size_t n = ::strftime(buf.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size >= 256 * fmt.size()) {
      buf.resize(n);
      return make_str(vm, buf);
    }
  }
  return make_str(vm, "");
}

std::string asctime_text(const struct tm& tm) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kWeekdays[tm.tm_wday], kMonths[tm.tm_mon],
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(tm.tm_year) + 1900);
  return buf;
}

Value time_asctime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "asctime", kw) || !check_nargs(vm, "asctime", nargs, 0, 1)) return Value::error();
  struct tm tm;
  std::string zone;
  if (!time_arg(vm, args, nargs, 0, "asctime", &tm, &zone) || !check_tm(vm, tm)) return Value::error();
  return make_str(vm, asctime_text(tm));
}

Value time_ctime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "ctime", kw) || !check_nargs(vm, "ctime", nargs, 0, 1)) return Value::error();
  time_t t;
  if (!timestamp_arg(vm, args, nargs, &t)) return Value::error();
  struct tm tm;
  if (!localtime_r(&t, &tm)) return raise(vm, vm.e.OverflowError, "timestamp out of range for platform time_t");
  return make_str(vm, asctime_text(tm));
}

Value time_mktime(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "mktime", kw) || !check_nargs(vm, "mktime", nargs, 1, 1)) return Value::error();
  struct tm tm;
  std::string zone;
  if (!tuple_to_tm(vm, args[0], "mktime", &tm, &zone)) return Value::error();
  tm.tm_wday = -1;  // mktime() sets it on success: tells an error from the timestamp -1
  time_t t = ::mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
    return raise(vm, vm.e.OverflowError, "mktime argument out of range");
  return make_float(vm, static_cast<double>(t));
}

// ---- time zone constants ----

// timezone/altzone/daylight/tzname from the offsets in effect in January and
// July of this year (the tzname globals of glibc are not reliable for this).
bool set_timezone_constants(VM& vm, Dict* d) {
  tzset();
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t jan = (::time(nullptr) / kYear) * kYear;
  time_t jul = jan + kYear / 2;
  struct tm jt, ut;
  localtime_r(&jan, &jt);
  localtime_r(&jul, &ut);
  long jan_zone = -jt.tm_gmtoff, jul_zone = -ut.tm_gmtoff;
  std::string jan_name = jt.tm_zone ? jt.tm_zone : "", jul_name = ut.tm_zone ? ut.tm_zone : "";
  long zone = jan_zone, alt = jul_zone;
  std::string std_name = jan_name, dst_name = jul_name;
  if (jan_zone < jul_zone) {  // southern hemisphere: daylight time in January
    zone = jul_zone, alt = jan_zone;
    std_name = jul_name, dst_name = jan_name;
  }
  Value names = make_tuple(vm, {make_str(vm, std_name), make_str(vm, dst_name)});
  return names.ok() && dict_set_cstr(vm, d, "timezone", make_int(vm, zone)) &&
         dict_set_cstr(vm, d, "altzone", make_int(vm, alt)) &&
         dict_set_cstr(vm, d, "daylight", make_int(vm, jan_zone != jul_zone)) &&
         dict_set_cstr(vm, d, "tzname", names);
}

Value time_tzset(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "tzset", kw) || !check_nargs(vm, "tzset", nargs, 0, 0)) return Value::error();
  Value mod = dict_get_cstr(vm, vm.modules, "time");
  if (mod.ok() && !set_timezone_constants(vm, module_dict(mod))) return Value::error();
  return Value::none();
}

const MethodDef kTimeFunctions[] = {
    {"time", clock_fn<CLOCK_REALTIME, false>, METH_FUNCTION, "Return the current time in seconds since the Epoch."},
    {"time_ns", clock_fn<CLOCK_REALTIME, true>, METH_FUNCTION, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", clock_fn<CLOCK_MONOTONIC, false>, METH_FUNCTION, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", clock_fn<CLOCK_MONOTONIC, true>, METH_FUNCTION, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", clock_fn<CLOCK_MONOTONIC, false>, METH_FUNCTION, "Performance counter for benchmarking."},
    {"perf_counter_ns", clock_fn<CLOCK_MONOTONIC, true>, METH_FUNCTION, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", clock_fn<CLOCK_PROCESS_CPUTIME_ID, false>, METH_FUNCTION,
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", clock_fn<CLOCK_PROCESS_CPUTIME_ID, true>, METH_FUNCTION,
     "Process time for profiling as nanoseconds."},
    {"thread_time", clock_fn<CLOCK_THREAD_CPUTIME_ID, false>, METH_FUNCTION,
     "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", clock_fn<CLOCK_THREAD_CPUTIME_ID, true>, METH_FUNCTION, "Thread time for profiling as nanoseconds."},
    {"clock_gettime", time_clock_gettime, METH_FUNCTION, "Return the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, METH_FUNCTION, "Return the time of the specified clock clk_id as nanoseconds."},
    {"get_clock_info", time_get_clock_info, METH_FUNCTION, "Get information of the specified clock."},
    {"sleep", time_sleep, METH_FUNCTION, "Delay execution for a given number of seconds."},
    {"gmtime", time_gmtime, METH_FUNCTION, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", time_localtime, METH_FUNCTION, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, METH_FUNCTION, "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", time_strftime, METH_FUNCTION, "Convert a time tuple to a string according to a format specification."},
    {"strptime", strptime, METH_FUNCTION, "Parse a string to a time tuple according to a format specification."},
    {"asctime", time_asctime, METH_FUNCTION, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", time_ctime, METH_FUNCTION, "Convert a time in seconds since the Epoch to a string in local time."},
    {"tzset", time_tzset, METH_FUNCTION, "Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."},
    {}};

}  // namespace
}  // namespace time_module

bool init_time_module(VM& vm, Module* m) {
  using namespace time_module;
  add_functions(vm, m->dict, val(m), kTimeFunctions);
  Type* st = structseq_type(vm, kStructTimeDesc);
  if (!st || !dict_set_cstr(vm, m->dict, "struct_time", val(st))) return false;
  struct Constant {
    const char* name;
    int value;
  };
  const Constant clocks[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI},
  };
  for (const Constant& c : clocks)
    if (!dict_set_cstr(vm, m->dict, c.name, make_int(vm, c.value))) return false;
  return set_timezone_constants(vm, m->dict);
}

}  // namespace klass
