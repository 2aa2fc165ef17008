#include "vm/args.h"

#include <string>

#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

bool no_kwargs(VM& vm, const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->size == 0) return true;
  raisef(vm, vm.e.TypeError, "%s() takes no keyword arguments", fname);
  return false;
}

bool check_nargs(VM& vm, const char* fname, size_t nargs, size_t min, long max) {
  if (nargs >= min && (max < 0 || nargs <= static_cast<size_t>(max))) return true;
  if (max == 0) {
    raisef(vm, vm.e.TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
  } else if (min == 1 && max == 1) {
    raisef(vm, vm.e.TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
  } else if (nargs < min) {
    raisef(vm, vm.e.TypeError, "%s expected %s%zu argument%s, got %zu", fname,
           static_cast<long>(min) == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
  } else {
    raisef(vm, vm.e.TypeError, "%s expected %s%ld argument%s, got %zu", fname,
           static_cast<long>(min) == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool bind_args(VM& vm, const Signature& sig, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  size_t positional_max = sig.kwonly_from < sig.count ? sig.kwonly_from : sig.count;
  if (nargs > positional_max) {
    if (positional_max == 0)
      raisef(vm, vm.e.TypeError, "%s() takes no positional arguments", sig.fname);
    else
      raisef(vm, vm.e.TypeError, "%s() takes at most %zu positional argument%s (%zu given)", sig.fname,
             positional_max, positional_max == 1 ? "" : "s", nargs);
    return false;
  }
  bool filled[32] = {};
  for (size_t i = 0; i < nargs; ++i) {
    out[i] = args[i];
    filled[i] = true;
  }
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view name = (*kwnames)[k].as<Str>()->view();
    size_t found = sig.count;
    for (size_t i = sig.posonly; i < sig.count; ++i)
      if (name == sig.names[i]) {
        found = i;
        break;
      }
    if (found == sig.count) {
      raisef(vm, vm.e.TypeError, "%s() got an unexpected keyword argument '%.*s'", sig.fname,
             static_cast<int>(name.size()), name.data());
      return false;
    }
    if (filled[found]) {
      raisef(vm, vm.e.TypeError, "argument for %s() given by name ('%s') and position (%zu)", sig.fname,
             sig.names[found], found + 1);
      return false;
    }
    out[found] = args[nargs + k];
    filled[found] = true;
  }
  for (size_t i = 0; i < sig.required; ++i)
    if (!filled[i]) {
      raisef(vm, vm.e.TypeError, "%s() missing required argument '%s' (pos %zu)", sig.fname, sig.names[i], i + 1);
      return false;
    }
  return true;
}

}  // namespace klass
