// Argument handling for the text methods (see str_args.h).
#include "types/str_args.h"

#include <string_view>

#include "object/ops.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool count_error(VM& vm, const char* fname, size_t nargs, size_t min, size_t max, ArgWording wording) {
  bool too_few = nargs < min;
  size_t limit = too_few ? min : max;
  const char* bound = min == max ? "exactly" : too_few ? "at least" : "at most";
  const char* plural = limit == 1 ? "" : "s";
  if (wording == ArgWording::kClinic)
    raisef(vm, vm.e.TypeError, "%s expected %s%s%zu argument%s, got %zu", fname, min == max ? "" : bound,
           min == max ? "" : " ", limit, plural, nargs);
  else
    raisef(vm, vm.e.TypeError, "%s() takes %s %zu argument%s (%zu given)", fname, bound, limit, plural, nargs);
  return false;
}

}  // namespace

bool positional_args(VM& vm, const char* fname, const Value* args, size_t nargs, Tuple* kwnames, size_t min,
                     size_t max, ArgWording wording, Value* out) {
  if (kwnames && kwnames->size) {
    raisef(vm, vm.e.TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  if (nargs < min || nargs > max) return count_error(vm, fname, nargs, min, max, wording);
  for (size_t i = 0; i < nargs; ++i) out[i] = args[i];
  return true;
}

bool keyword_args(VM& vm, const char* fname, const char* const* names, size_t count, size_t required,
                  const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs + nkw > count || nargs > count) {
    raisef(vm, vm.e.TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, count, count == 1 ? "" : "s",
           nargs + nkw);
    return false;
  }
  bool filled[8] = {};
  for (size_t i = 0; i < nargs; ++i) {
    out[i] = args[i];
    filled[i] = true;
  }
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = sv((*kwnames)[k]);
    size_t found = count;
    for (size_t i = 0; i < count; ++i)
      if (name == names[i]) found = i;
    if (found == count) {
      raisef(vm, vm.e.TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(name.size()),
             name.data(), fname);
      return false;
    }
    if (filled[found]) {
      raisef(vm, vm.e.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, names[found],
             found + 1);
      return false;
    }
    out[found] = args[nargs + k];
    filled[found] = true;
  }
  for (size_t i = 0; i < required; ++i)
    if (!filled[i]) {
      raisef(vm, vm.e.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
      return false;
    }
  return true;
}

bool slice_bound_arg(VM& vm, Value v, int64_t* out) {
  if (!v.ok() || v.is_none()) return true;
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!has_index(vm, v)) {
    raise(vm, vm.e.TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value i = to_index(vm, v);
  if (!i.ok()) return false;
  if (i.is_bool()) {
    *out = i.is_true();
  } else if (!int_to_int64(i, out)) {
    *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  }
  return true;
}

const char* arg_type_name(Value v) { return v.is_none() ? "None" : type_name(v); }

bool ssize_arg(VM& vm, Value v, int64_t* out) { return index_to_ssize(vm, v, nullptr, out); }

}  // namespace klass
