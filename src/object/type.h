// Type objects: every class, built-in or defined in Python, is one of these.
//
// `type` is itself a Type whose class is `type`. A user metaclass is a Python
// subclass of `type`; its instances (classes) are Type objects with extra room
// for instance attributes, like any other subclass of a built-in.
#pragma once
#include <cstdint>
#include "object/object.h"
#include "object/special.h"

namespace klass {

struct Str;
struct Tuple;
struct Dict;
struct List;
class VM;

// Native calling convention (like CPython's vectorcall): positional arguments
// first, then the values of keyword arguments whose names are in `kwnames`
// (a tuple of str, or null). `nargs` counts positional arguments only.
// Returns Value::error() with an exception pending in the VM on failure.
using NativeFn = Value (*)(VM& vm, const Value* args, size_t nargs, Tuple* kwnames);

enum TypeFlags : uint32_t {
  TF_HEAPTYPE = 1u << 0,        // created by a class statement or type(); attributes writable
  TF_BASETYPE = 1u << 1,        // may be subclassed
  TF_IMMUTABLE = 1u << 2,       // built-in: setting attributes raises TypeError
  TF_HAS_DICT = 1u << 3,        // instances have an attribute dict at dict_offset
  TF_ABSTRACT = 1u << 4,        // has abstract methods (abc)
  TF_INT_SUBCLASS = 1u << 8,    // fast subclass checks for the common built-ins
  TF_STR_SUBCLASS = 1u << 9,
  TF_TUPLE_SUBCLASS = 1u << 10,
  TF_LIST_SUBCLASS = 1u << 11,
  TF_DICT_SUBCLASS = 1u << 12,
  TF_TYPE_SUBCLASS = 1u << 13,
  TF_EXC_SUBCLASS = 1u << 14,   // BaseException and its subclasses
  TF_BYTES_SUBCLASS = 1u << 15,
  TF_SEQUENCE = 1u << 16,       // for match statements (collections.abc.Sequence registered)
  TF_MAPPING = 1u << 17,
  TF_HAS_FINALIZER = 1u << 18,  // a __del__ is defined somewhere in the MRO
};

struct Type : Obj {
  Str* name;            // __name__
  Str* qualname;        // __qualname__
  Type* base;           // __base__ (the "solid" base whose layout instances extend); null for object
  Tuple* bases;         // __bases__
  Tuple* mro;           // __mro__ (starts with this type)
  Dict* dict;           // __dict__ (seen through a mappingproxy)
  const Layout* layout; // how instances are traced/finalized
  uint32_t instance_size;  // bytes of an instance (header included)
  uint32_t dict_offset;    // where an instance keeps its attribute dict (0: none)
  uint32_t flags;
  uint32_t slot_count;     // number of __slots__ member Values at the end of the instance
  uint64_t version;        // changes whenever this type's or a base's dict or bases change
  uint64_t special_version;  // the version `special` was filled for
  // Allocates (and fills the native part of) an instance of this layout, as
  // `cls.__new__(cls, *args, **kw)` of the solid base does. Inherited.
  NativeFn native_new;
  // Fast `next(it)` for built-in iterator types (not inherited by Python
  // subclasses): the next item, or error() — with an exception pending on
  // failure, without one when exhausted.
  Value (*iternext)(VM& vm, Value it);
  List* subclasses;     // weak registry for __subclasses__() and version propagation
  Value special[kSpecialCount];  // cache, see object/special.h; Value::error() = not found
  Value live_source;    // for live re-execution: the class body code and namespace (live/)
  uint32_t special_valid[(kSpecialCount + 31) / 32];

  bool is_subtype_flag(uint32_t f) const { return flags & f; }
};

}  // namespace klass
