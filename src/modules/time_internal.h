// Shared pieces of the time module (time.cpp, time_strptime.cpp).
#pragma once
#include <cstdint>
#include "object/object.h"

namespace klass {

class VM;
struct Tuple;
struct StructSeqDesc;

namespace time_module {

extern const StructSeqDesc kStructTimeDesc;

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
int64_t days_from_civil(int64_t year, int month, int day);
bool is_leap(int64_t year);
int days_in_month(int64_t year, int month);

// time.strptime(string, format) (time_strptime.cpp).
Value strptime(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace time_module
}  // namespace klass
