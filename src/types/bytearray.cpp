// bytearray: a mutable bytes. Its storage is malloc'd outside the GC heap
// (it holds no references, so there is nothing to trace) and freed by the
// layout's finalize. The read-only methods it shares with bytes are in
// bytes_methods.cpp; this file has its storage and its mutators.
#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_repr.h"
#include "types/bytes_internal.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/misc.h"
#include "types/native.h"
#include "types/str.h"
#include "types/str_args.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void bytearray_finalize(Obj* o) {
  auto* b = static_cast<ByteArray*>(o);
  std::free(b->items);
  b->items = nullptr;
  b->size = b->capacity = 0;
}
const Layout kByteArrayLayout{"bytearray", nullptr, bytearray_finalize};

ByteArray* self_ba(const Value* args) { return args[0].as<ByteArray>(); }

// Sets the size to n (contents past the old size are unspecified), growing
// the capacity by half again so that appends are amortised O(1).
bool ba_resize(VM& vm, ByteArray* b, size_t n) {
  if (n > (size_t(1) << 40)) {
    raise_memory_error(vm);
    return false;
  }
  if (n > b->capacity) {
    size_t cap = n + (n >> 1) + 8;
    auto* p = static_cast<char*>(std::realloc(b->items, cap));
    if (!p) {
      raise_memory_error(vm);
      return false;
    }
    b->items = p;
    b->capacity = cap;
  } else if (n == 0 && b->capacity > 64) {
    std::free(b->items);
    b->items = nullptr;
    b->capacity = 0;
  }
  b->size = n;
  return true;
}

bool ba_assign(VM& vm, ByteArray* b, std::string_view data) {
  // `data` may point into b itself (ba[:] = ba): copy first.
  std::string copy(data);
  if (!ba_resize(vm, b, copy.size())) return false;
  if (!copy.empty()) std::memcpy(b->items, copy.data(), copy.size());
  return true;
}

// Replaces b[start:stop] by data (which may alias b's own storage).
bool ba_replace_range(VM& vm, ByteArray* b, size_t start, size_t stop, std::string_view data) {
  std::string copy(data);
  size_t old_size = b->size, removed = stop - start;
  size_t new_size = old_size - removed + copy.size();
  if (copy.size() > removed) {
    if (!ba_resize(vm, b, new_size)) return false;
    std::memmove(b->items + start + copy.size(), b->items + stop, old_size - stop);
  } else {
    std::memmove(b->items + start + copy.size(), b->items + stop, old_size - stop);
    if (!ba_resize(vm, b, new_size)) return false;
  }
  if (!copy.empty()) std::memcpy(b->items + start, copy.data(), copy.size());
  return true;
}

Value ba_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Obj* o = alloc_object(vm, args[0].as<Type>());
  if (!o) return Value::error();
  return val(o);
}

Value ba_init(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  Signature sig{"bytearray", names, 3, 0, 0};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  std::string data;
  if (!bytes_from_source(vm, a[0], a[1], a[2], "bytearray", &data)) return Value::error();
  if (!ba_assign(vm, self_ba(args), data)) return Value::error();
  return Value::none();
}

Value ba_repr(VM& vm, const Value* args, size_t, Tuple*) {
  std::string name = type_name_str(args[0]);
  return make_str(vm, name + "(" + text::repr_bytes(self_ba(args)->view()) + ")");
}

// The bytes of an assigned or extending value: bytes-like, or an iterable of
// ints. `message` is the TypeError for other values (null: the iteration error).
bool ba_source_bytes(VM& vm, Value v, std::string* out) {
  std::string_view data;
  if (bytes_like(vm, v, &data)) {
    out->assign(data);
    return true;
  }
  Value it = get_iter(vm, v);
  if (!it.ok()) return false;
  while (true) {
    Value item = iter_next(vm, it);
    if (!item.ok()) return !vm.has_exc();
    int byte;
    if (!byte_value(vm, item, &byte)) return false;
    out->push_back(static_cast<char>(byte));
  }
}

bool ba_set_slice(VM& vm, ByteArray* b, Slice* slice, Value value) {
  std::string data;
  if (value.ok()) {
    std::string_view view;
    if (bytes_like(vm, value, &view)) {
      data.assign(view);
    } else if (isinstance_of(vm, value, vm.t.str) || has_index(vm, value) || !get_iter(vm, value).ok()) {
      clear_exc(vm);
      raise(vm, vm.e.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return false;
    } else if (!ba_source_bytes(vm, value, &data)) {
      return false;
    }
  }
  int64_t start, stop, step, count;
  if (!slice_indices(vm, slice, static_cast<int64_t>(b->size), &start, &stop, &step, &count)) return false;
  if (step == 1) {
    if (stop < start) stop = start;
    return ba_replace_range(vm, b, static_cast<size_t>(start), static_cast<size_t>(stop), data);
  }
  if (!value.ok()) {
    // Deleting an extended slice: keep the bytes the slice does not visit.
    if (count == 0) return true;
    if (step < 0) {
      start += step * (count - 1);
      step = -step;
    }
    std::string kept;
    for (size_t i = 0; i < b->size; ++i) {
      int64_t k = static_cast<int64_t>(i) - start;
      if (k >= 0 && k % step == 0 && k / step < count) continue;
      kept.push_back(b->items[i]);
    }
    return ba_assign(vm, b, kept);
  }
  if (static_cast<int64_t>(data.size()) != count) {
    raisef(vm, vm.e.ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", data.size(),
           static_cast<long long>(count));
    return false;
  }
  for (int64_t i = 0; i < count; ++i) b->items[start + i * step] = data[i];
  return true;
}

// Shared by __setitem__ and __delitem__ (value error() for delete).
bool ba_assign_subscript(VM& vm, Value self, Value key, Value value) {
  ByteArray* b = self.as<ByteArray>();
  if (key.is_object() && key.as_object()->cls == vm.t.slice) return ba_set_slice(vm, b, key.as<Slice>(), value);
  int64_t i;
  if (!seq_subscript_index(vm, key, "bytearray", &i)) return false;
  int byte = 0;
  if (value.ok() && !byte_value(vm, value, &byte)) return false;
  if (i < 0) i += static_cast<int64_t>(b->size);
  if (i < 0 || i >= static_cast<int64_t>(b->size)) {
    raise(vm, vm.e.IndexError, "bytearray index out of range");
    return false;
  }
  if (value.ok()) {
    b->items[i] = static_cast<char>(byte);
    return true;
  }
  return ba_replace_range(vm, b, static_cast<size_t>(i), static_cast<size_t>(i) + 1, {});
}

Value ba_setitem(VM& vm, const Value* args, size_t, Tuple*) {
  return ba_assign_subscript(vm, args[0], args[1], args[2]) ? Value::none() : Value::error();
}
Value ba_delitem(VM& vm, const Value* args, size_t, Tuple*) {
  return ba_assign_subscript(vm, args[0], args[1], Value::error()) ? Value::none() : Value::error();
}

Value ba_append(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "bytearray.append", kwnames) || !check_nargs(vm, "bytearray.append", nargs - 1, 1, 1))
    return Value::error();
  int byte;
  if (!byte_value(vm, args[1], &byte)) return Value::error();
  ByteArray* b = self_ba(args);
  if (!ba_resize(vm, b, b->size + 1)) return Value::error();
  b->items[b->size - 1] = static_cast<char>(byte);
  return Value::none();
}

Value ba_extend(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "bytearray.extend", kwnames) || !check_nargs(vm, "bytearray.extend", nargs - 1, 1, 1))
    return Value::error();
  std::string data;
  std::string_view view;
  if (bytes_like(vm, args[1], &view)) {
    data.assign(view);
  } else {
    if (!get_iter(vm, args[1]).ok()) {
      if (!exc_matches(vm, vm.e.TypeError)) return Value::error();
      clear_exc(vm);
      return raisef(vm, vm.e.TypeError, "can't extend bytearray with %s", type_name(args[1]));
    }
    if (!ba_source_bytes(vm, args[1], &data)) return Value::error();
  }
  ByteArray* b = self_ba(args);
  if (!ba_replace_range(vm, b, b->size, b->size, data)) return Value::error();
  return Value::none();
}

Value ba_insert(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  if (!positional_args(vm, "insert", args + 1, nargs - 1, kwnames, 2, 2, ArgWording::kClinic, a))
    return Value::error();
  int64_t index;
  int byte;
  if (!ssize_arg(vm, a[0], &index) || !byte_value(vm, a[1], &byte)) return Value::error();
  ByteArray* b = self_ba(args);
  int64_t n = static_cast<int64_t>(b->size);
  if (index < 0) index = index + n < 0 ? 0 : index + n;
  if (index > n) index = n;
  char c = static_cast<char>(byte);
  if (!ba_replace_range(vm, b, static_cast<size_t>(index), static_cast<size_t>(index), std::string_view(&c, 1)))
    return Value::error();
  return Value::none();
}

Value ba_pop(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1] = {Value::error()};
  if (!positional_args(vm, "pop", args + 1, nargs - 1, kwnames, 0, 1, ArgWording::kClinic, a)) return Value::error();
  int64_t index = -1;
  if (a[0].ok() && !ssize_arg(vm, a[0], &index)) return Value::error();
  ByteArray* b = self_ba(args);
  if (b->size == 0) return raise(vm, vm.e.IndexError, "pop from empty bytearray");
  int64_t n = static_cast<int64_t>(b->size);
  if (index < 0) index += n;
  if (index < 0 || index >= n) return raise(vm, vm.e.IndexError, "pop index out of range");
  auto byte = static_cast<unsigned char>(b->items[index]);
  if (!ba_replace_range(vm, b, static_cast<size_t>(index), static_cast<size_t>(index) + 1, {})) return Value::error();
  return Value::small_int(byte);
}

Value ba_remove(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!no_kwargs(vm, "bytearray.remove", kwnames) || !check_nargs(vm, "bytearray.remove", nargs - 1, 1, 1))
    return Value::error();
  int byte;
  if (!byte_value(vm, args[1], &byte)) return Value::error();
  ByteArray* b = self_ba(args);
  const void* hit = b->size ? std::memchr(b->items, byte, b->size) : nullptr;
  if (!hit) return raise(vm, vm.e.ValueError, "value not found in bytearray");
  size_t i = static_cast<size_t>(static_cast<const char*>(hit) - b->items);
  if (!ba_replace_range(vm, b, i, i + 1, {})) return Value::error();
  return Value::none();
}

Value ba_clear(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "bytearray.clear", nargs - 1, 0, 0)) return Value::error();
  bytearray_finalize(self_ba(args));
  return Value::none();
}

Value ba_copy(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "bytearray.copy", nargs - 1, 0, 0)) return Value::error();
  return make_bytearray(vm, self_ba(args)->view());
}

Value ba_reverse(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "bytearray.reverse", nargs - 1, 0, 0)) return Value::error();
  ByteArray* b = self_ba(args);
  for (size_t i = 0, j = b->size; i + 1 < j; ++i, --j) std::swap(b->items[i], b->items[j - 1]);
  return Value::none();
}

Value ba_iadd(VM& vm, const Value* args, size_t, Tuple*) {
  std::string_view data;
  if (!bytes_like(vm, args[1], &data))
    return raisef(vm, vm.e.TypeError, "can't concat %s to bytearray", type_name(args[1]));
  ByteArray* b = self_ba(args);
  if (!ba_replace_range(vm, b, b->size, b->size, data)) return Value::error();
  return args[0];
}

Value ba_imul(VM& vm, const Value* args, size_t, Tuple*) {
  int64_t n;
  if (!ssize_arg(vm, args[1], &n)) return Value::error();
  ByteArray* b = self_ba(args);
  if (n <= 0 || b->size == 0) {
    bytearray_finalize(b);
    return args[0];
  }
  size_t size = b->size;
  if (static_cast<uint64_t>(n) > (uint64_t(1) << 40) / size) return raise_memory_error(vm);
  if (!ba_resize(vm, b, size * n)) return Value::error();
  for (int64_t i = 1; i < n; ++i) std::memcpy(b->items + i * size, b->items, size);
  return args[0];
}

Value ba_alloc(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "bytearray.__alloc__", nargs - 1, 0, 0)) return Value::error();
  ByteArray* b = self_ba(args);
  return make_int(vm, static_cast<int64_t>(b->capacity ? b->capacity : 0));
}

Value ba_sizeof(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "bytearray.__sizeof__", nargs - 1, 0, 0)) return Value::error();
  return make_int(vm, static_cast<int64_t>(sizeof(ByteArray) + self_ba(args)->capacity));
}

// Pickling support: (type(self), (text, 'latin-1'), state), as CPython.
Value ba_reduce(VM& vm, const Value* args, size_t nargs, Tuple*) {
  std::string latin1;
  for (unsigned char c : self_ba(args)->view()) {
    if (c < 0x80) {
      latin1.push_back(static_cast<char>(c));
    } else {
      latin1.push_back(static_cast<char>(0xC0 | (c >> 6)));
      latin1.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  Value text = make_str(vm, latin1);
  if (!text.ok()) return text;
  Value enc = make_str(vm, "latin-1");
  if (!enc.ok()) return enc;
  Value inner = make_tuple(vm, {text, enc});
  if (!inner.ok()) return inner;
  Value state = Value::none();
  if (Dict** d = instance_dict_slot(args[0]); d && *d && (*d)->used) state = val(*d);
  return make_tuple(vm, {val(args[0].as_object()->cls), inner, state});
}

const MethodDef kByteArrayMethods[] = {
    {"__new__", ba_new, METH_STATIC},
    {"__init__", ba_init, METH_SLOT},
    {"__repr__", ba_repr, METH_SLOT},
    {"__setitem__", ba_setitem, METH_SLOT},
    {"__delitem__", ba_delitem, METH_SLOT},
    {"__iadd__", ba_iadd, METH_SLOT},
    {"__imul__", ba_imul, METH_SLOT},
    {"__alloc__", ba_alloc, METH_METHOD, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__sizeof__", ba_sizeof, METH_METHOD, "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce__", ba_reduce, METH_METHOD, "Return state information for pickling."},
    {"__reduce_ex__", ba_reduce, METH_METHOD, "Return state information for pickling."},
    {"append", ba_append, METH_METHOD, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, METH_METHOD, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, METH_METHOD, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, METH_METHOD, "Remove and return a single item from B."},
    {"remove", ba_remove, METH_METHOD, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, METH_METHOD, "Remove all items from the bytearray."},
    {"copy", ba_copy, METH_METHOD, "Return a copy of B."},
    {"reverse", ba_reverse, METH_METHOD, "Reverse the order of the values in B in place."},
    {}};

}  // namespace

Value make_bytearray(VM& vm, std::string_view data) {
  Obj* o = alloc_object(vm, vm.t.bytearray);
  if (!o) return Value::error();
  auto* b = static_cast<ByteArray*>(o);
  if (!data.empty()) {
    if (!ba_resize(vm, b, data.size())) return Value::error();
    std::memcpy(b->items, data.data(), data.size());
  }
  return val(o);
}

void init_bytearray_type(VM& vm) {
  setup_builtin_type(vm, vm.t.bytearray, "bytearray", vm.t.object, &kByteArrayLayout, sizeof(ByteArray),
                     TF_BASETYPE, ba_new);  // not a sequence for match statements, as in CPython
  add_methods(vm, vm.t.bytearray, kByteArrayMethods);
  add_bytes_common_methods(vm, vm.t.bytearray);
  dict_set_cstr(vm, vm.t.bytearray->dict, "__hash__", Value::none());
}

}  // namespace klass
