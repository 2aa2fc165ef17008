// bytes: creation, the core dunders and the type's registration.
#include "types/bytes.h"

#include <cstdlib>
#include <cstring>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_repr.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

size_t bytes_var_bytes(const Obj* o) { return static_cast<const Bytes*>(o)->size + 1; }
const Layout kBytesLayout{"bytes", nullptr, nullptr, sizeof(Bytes), bytes_var_bytes};

void bytearray_finalize(Obj* o) {
  auto* b = static_cast<ByteArray*>(o);
  std::free(b->items);
  b->items = nullptr;
  b->size = b->capacity = 0;
}
const Layout kByteArrayLayout{"bytearray", nullptr, bytearray_finalize};

Value bytes_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_str(vm, text::repr_bytes(args[0].as<Bytes>()->view()));
}

const MethodDef kBytesMethods[] = {
    {"__repr__", bytes_repr_m, METH_SLOT},
    {}};

}  // namespace

Value make_bytes(VM& vm, std::string_view data) {
  auto* b = static_cast<Bytes*>(alloc_object_var(vm, vm.t.bytes, data.size() + 1));
  if (!b) return Value::error();
  b->hash = -1;
  b->size = data.size();
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  return val(b);
}

Value make_bytearray(VM& vm, std::string_view data) {
  Obj* o = alloc_object(vm, vm.t.bytearray);
  if (!o) return Value::error();
  auto* b = static_cast<ByteArray*>(o);
  if (!data.empty()) {
    b->items = static_cast<char*>(std::malloc(data.size()));
    if (!b->items) return raise_memory_error(vm);
    std::memcpy(b->items, data.data(), data.size());
    b->size = b->capacity = data.size();
  }
  return val(o);
}

bool bytes_like(VM& vm, Value v, std::string_view* out) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls;
  if (is_subtype(t, vm.t.bytes)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (is_subtype(t, vm.t.bytearray)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  return false;
}

void init_bytes_types(VM& vm) {
  setup_builtin_type(vm, vm.t.bytes, "bytes", vm.t.object, &kBytesLayout, sizeof(Bytes),
                     TF_BASETYPE | TF_BYTES_SUBCLASS);
  add_methods(vm, vm.t.bytes, kBytesMethods);
  setup_builtin_type(vm, vm.t.bytearray, "bytearray", vm.t.object, &kByteArrayLayout, sizeof(ByteArray),
                     TF_BASETYPE);
}

}  // namespace klass
