// bytes: creation, conversion of constructor arguments, repr, hash, the
// bytes iterator, and the registration of both binary types. The methods
// bytes shares with bytearray are in bytes_methods.cpp, bytearray's own
// storage and mutators in bytearray.cpp.
#include "types/bytes.h"

#include <cstdlib>
#include <cstring>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_repr.h"
#include "types/bytes_internal.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/str_args.h"
#include "types/str_codecs.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// The inline data keeps a NUL after the last byte, as C callers expect.
size_t bytes_var_bytes(const Obj* o) { return static_cast<const Bytes*>(o)->size + 1; }
const Layout kBytesLayout{"bytes", nullptr, nullptr, sizeof(Bytes), bytes_var_bytes};

Bytes* alloc_bytes(VM& vm, Type* cls, size_t size) {
  auto* b = static_cast<Bytes*>(alloc_object_var(vm, cls, size + 1));
  if (!b) return nullptr;
  b->hash = -1;
  b->size = size;
  return b;
}

// The bytes of an iterable of ints (list, tuple or any iterable).
bool bytes_from_iterable(VM& vm, Value source, const char* kind, std::string* out) {
  const char* range_error = std::strcmp(kind, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                             : "byte must be in range(0, 256)";
  Value it = get_iter(vm, source);
  if (!it.ok()) {
    if (exc_matches(vm, vm.e.TypeError)) {
      clear_exc(vm);
      raisef(vm, vm.e.TypeError, "cannot convert '%s' object to %s", type_name(source), kind);
    }
    return false;
  }
  while (true) {
    Value item = iter_next(vm, it);
    if (!item.ok()) return !vm.has_exc();
    int64_t v;
    if (item.is_small_int()) {
      v = item.as_small_int();
    } else {
      if (!has_index(vm, item)) {
        raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(item));
        return false;
      }
      Value i = to_index(vm, item);
      if (!i.ok()) return false;
      if (i.is_bool()) v = i.is_true();
      else if (!int_to_int64(i, &v)) v = -1;
    }
    if (v < 0 || v > 255) {
      raise(vm, vm.e.ValueError, range_error);
      return false;
    }
    out->push_back(static_cast<char>(v));
  }
}

Value bytes_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Value a[3] = {Value::error(), Value::error(), Value::error()};
  Signature sig{"bytes", names, 3, 0, 0};
  if (!bind_args(vm, sig, args + 1, nargs - 1, kwnames, a)) return Value::error();
  Type* cls = args[0].as<Type>();
  std::string data;
  if (a[0].ok() && !a[1].ok() && !a[2].ok()) {
    // __bytes__ comes first, so that a class may define its own conversion.
    Value method = lookup_special(vm, type_of(vm, a[0]), SM::bytes);
    if (method.ok()) {
      Value r = call_special(vm, a[0], SM::bytes, nullptr, 0);
      if (!r.ok()) return r;
      if (!is_bytes_obj(vm, r))
        return raisef(vm, vm.e.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
      if (cls == vm.t.bytes) return r;
      return make_bytes_of(vm, cls, r.as<Bytes>()->view());
    }
  }
  if (!a[0].ok() && !a[1].ok() && !a[2].ok() && cls == vm.t.bytes && vm.empty_bytes.ok()) return vm.empty_bytes;
  if (!bytes_from_source(vm, a[0], a[1], a[2], "bytes", &data)) return Value::error();
  if (data.empty() && cls == vm.t.bytes && vm.empty_bytes.ok()) return vm.empty_bytes;
  return make_bytes_of(vm, cls, data);
}

Value bytes_repr_m(VM& vm, const Value* args, size_t, Tuple*) {
  return make_str(vm, text::repr_bytes(args[0].as<Bytes>()->view()));
}

// The same function as str's hash on the same bytes (so b'abc' and 'abc'
// hash alike, as in CPython), with hash(b'') == 0.
int64_t bytes_hash(Bytes* b) {
  if (b->hash != -1) return b->hash;
  if (b->size == 0) return b->hash = 0;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < b->size; ++i) {
    h ^= static_cast<unsigned char>(b->data()[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  int64_t r = static_cast<int64_t>(h);
  if (r == -1) r = -2;
  return b->hash = r;
}

Value bytes_hash_m(VM& vm, const Value* args, size_t, Tuple*) { return make_int(vm, bytes_hash(args[0].as<Bytes>())); }

Value bytes_bytes_m(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!check_nargs(vm, "bytes.__bytes__", nargs - 1, 0, 0)) return Value::error();
  if (args[0].as_object()->cls == vm.t.bytes) return args[0];
  return make_bytes(vm, args[0].as<Bytes>()->view());
}

Value bytes_getnewargs_m(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs(vm, "bytes.__getnewargs__", nargs - 1, 0, 0)) return Value::error();
  Value copy = make_bytes(vm, args[0].as<Bytes>()->view());
  if (!copy.ok()) return copy;
  return make_tuple(vm, {copy});
}

Value bytes_sizeof(VM& vm, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raisef(vm, vm.e.TypeError, "__sizeof__() takes no arguments (%zu given)", nargs - 1);
  return make_int(vm, static_cast<int64_t>(sizeof(Bytes) + args[0].as<Bytes>()->size + 1));
}

const MethodDef kBytesMethods[] = {
    {"__new__", bytes_new, METH_STATIC},
    {"__repr__", bytes_repr_m, METH_SLOT},
    {"__hash__", bytes_hash_m, METH_SLOT},
    {"__bytes__", bytes_bytes_m, METH_METHOD, "Convert this value to exact type bytes."},
    {"__getnewargs__", bytes_getnewargs_m, METH_METHOD},
    {"__sizeof__", bytes_sizeof, METH_METHOD, "Returns the size of the bytes object in memory, in bytes."},
    {}};

// ---- the iterator ----

struct BytesIter : Obj {
  Value seq;   // error() once exhausted
  size_t pos;
};
void trace_bytes_iter(Obj* o, Tracer& t) { t.visit(static_cast<BytesIter*>(o)->seq); }
const Layout kBytesIterLayout{"bytes_iterator", trace_bytes_iter, nullptr};

Value bytes_iter_next(VM& vm, Value itv) {
  auto* it = itv.as<BytesIter>();
  if (!it->seq.ok()) return Value::error();
  std::string_view data = byte_data(it->seq);
  if (it->pos >= data.size()) {
    it->seq = Value::error();
    return Value::error();
  }
  return Value::small_int(static_cast<unsigned char>(data[it->pos++]));
}

Value bytes_iter_length_hint(VM& vm, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<BytesIter>();
  if (!it->seq.ok()) return Value::small_int(0);
  size_t size = byte_data(it->seq).size();
  return Value::small_int(it->pos < size ? static_cast<int64_t>(size - it->pos) : 0);
}

const MethodDef kBytesIterMethods[] = {
    {"__iter__", iterator_iter_self, METH_SLOT},
    {"__next__", iterator_next, METH_SLOT},
    {"__length_hint__", bytes_iter_length_hint, METH_METHOD, "Private method returning an estimate of len(list(it))."},
    {}};

}  // namespace

// ---- shared helpers (bytes_internal.h) ----

bool is_bytes_obj(VM& vm, Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_BYTES_SUBCLASS); }

bool is_bytearray_obj(VM& vm, Value v) { return v.is_object() && is_subtype(v.as_object()->cls, vm.t.bytearray); }

std::string_view byte_data(Value self) {
  Obj* o = self.as_object();
  if (o->cls->flags & TF_BYTES_SUBCLASS) return static_cast<Bytes*>(o)->view();
  return static_cast<ByteArray*>(o)->view();
}

Value make_same_kind(VM& vm, Value self, std::string_view data) {
  if (self.as_object()->cls->flags & TF_BYTES_SUBCLASS) return make_bytes(vm, data);
  return make_bytearray(vm, data);
}

Value make_bytes_of(VM& vm, Type* cls, std::string_view data) {
  Bytes* b = alloc_bytes(vm, cls, data.size());
  if (!b) return Value::error();
  if (!data.empty()) std::memcpy(b->data(), data.data(), data.size());
  return val(b);
}

bool buffer_arg(VM& vm, Value v, std::string_view* out) {
  if (bytes_like(vm, v, out)) return true;
  raisef(vm, vm.e.TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

bool byte_value(VM& vm, Value v, int* out) {
  int64_t i;
  if (v.is_small_int()) {
    i = v.as_small_int();
  } else {
    Value iv = to_index(vm, v);
    if (!iv.ok()) return false;
    if (iv.is_bool()) i = iv.is_true();
    else if (!int_to_int64(iv, &i)) i = -1;
  }
  if (i < 0 || i > 255) {
    raise(vm, vm.e.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

bool bytes_from_source(VM& vm, Value source, Value encoding, Value errors, const char* kind, std::string* out) {
  bool is_str = source.ok() && isinstance_of(vm, source, vm.t.str);
  if (!source.ok()) {
    if (encoding.ok() || errors.ok()) {
      raise(vm, vm.e.TypeError, encoding.ok() ? "encoding without a string argument" : "errors without a string argument");
      return false;
    }
    return true;
  }
  if (encoding.ok()) {
    if (!is_str) {
      raise(vm, vm.e.TypeError, "encoding without a string argument");
      return false;
    }
    std::string_view enc, errs = "strict";
    if (!codec_name_arg(vm, encoding, kind, "encoding", &enc)) return false;
    if (errors.ok() && !codec_name_arg(vm, errors, kind, "errors", &errs)) return false;
    Value b = encode_text(vm, source, enc, errs);
    if (!b.ok()) return false;
    out->assign(byte_data(b));
    return true;
  }
  if (errors.ok()) {
    raise(vm, vm.e.TypeError, is_str ? "string argument without an encoding" : "errors without a string argument");
    return false;
  }
  if (is_str) {
    raise(vm, vm.e.TypeError, "string argument without an encoding");
    return false;
  }
  std::string_view data;
  if (bytes_like(vm, source, &data)) {
    out->assign(data);
    return true;
  }
  if (has_index(vm, source)) {
    int64_t n;
    if (index_to_ssize(vm, source, vm.e.OverflowError, &n)) {
      if (n < 0) {
        raise(vm, vm.e.ValueError, "negative count");
        return false;
      }
      if (n > (int64_t(1) << 40)) {
        raise_memory_error(vm);
        return false;
      }
      out->assign(static_cast<size_t>(n), '\0');
      return true;
    }
    if (!exc_matches(vm, vm.e.TypeError)) return false;
    clear_exc(vm);
  }
  return bytes_from_iterable(vm, source, kind, out);
}

Value make_bytes_iterator(VM& vm, Value seq) {
  Obj* o = alloc_object(vm, vm.t.bytes_iterator);
  if (!o) return Value::error();
  auto* it = static_cast<BytesIter*>(o);
  it->seq = seq;
  it->pos = 0;
  return val(o);
}

// ---- public API (bytes.h) ----

Value make_bytes(VM& vm, std::string_view data) {
  if (data.empty() && vm.empty_bytes.ok()) return vm.empty_bytes;
  return make_bytes_of(vm, vm.t.bytes, data);
}

bool bytes_like(VM& vm, Value v, std::string_view* out) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls;
  if (t->flags & TF_BYTES_SUBCLASS) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (t == vm.t.bytearray || is_subtype(t, vm.t.bytearray)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  return false;
}

void init_bytes_types(VM& vm) {
  setup_builtin_type(vm, vm.t.bytes, "bytes", vm.t.object, &kBytesLayout, sizeof(Bytes),
                     TF_BASETYPE | TF_BYTES_SUBCLASS, bytes_new);  // not a match-statement sequence
  add_methods(vm, vm.t.bytes, kBytesMethods);
  add_bytes_common_methods(vm, vm.t.bytes);
  init_bytearray_type(vm);
  setup_builtin_type(vm, vm.t.bytes_iterator, "bytes_iterator", vm.t.object, &kBytesIterLayout, sizeof(BytesIter), 0);
  vm.t.bytes_iterator->iternext = bytes_iter_next;
  add_methods(vm, vm.t.bytes_iterator, kBytesIterMethods);
}

}  // namespace klass
