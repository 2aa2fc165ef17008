// Argument checks shared by the methods of the number types (see
// int_internal.h): CPython words them differently for slot wrappers and for
// ordinary methods.
#include "types/int_internal.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

bool slot_args(VM& vm, const char* name, size_t nargs, Tuple* kwnames, size_t count) {
  if (kwnames && kwnames->size) {
    raisef(vm, vm.e.TypeError, "wrapper %s() takes no keyword arguments", name);
    return false;
  }
  size_t given = nargs - 1;
  if (given == count) return true;
  raisef(vm, vm.e.TypeError, "expected %zu argument%s, got %zu", count, count == 1 ? "" : "s", given);
  return false;
}

bool method_args(VM& vm, const char* qualname, size_t nargs, Tuple* kwnames, size_t min, long max) {
  if (!no_kwargs(vm, qualname, kwnames)) return false;
  return check_nargs(vm, qualname, nargs - 1, min, max);
}

}  // namespace klass
