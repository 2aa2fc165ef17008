#include "modules/structseq.h"

#include <string>

#include "object/ops.h"
#include "object/instance.h"
#include "object/typeobject.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/vm.h"

namespace klass {

namespace {

// Instances are tuples whose attribute-only fields sit between the tuple
// header and the items (the `aux` words a tuple subclass instance has there;
// see types/tuple.h).
Value* hidden_fields(Tuple* t) { return reinterpret_cast<Value*>(t + 1); }

void trace_structseq(Obj* o, Tracer& tr) {
  auto* t = static_cast<Tuple*>(o);
  tr.visit_range(hidden_fields(t), hidden_fields(t) + t->aux);
  tr.visit_range(t->items(), t->items() + t->size);
}
const Layout kStructSeqLayout{"structseq", trace_structseq, nullptr};

// ---- the read-only field descriptor ----

struct FieldDescriptor : Obj {
  Type* owner;
  Str* name;
  Str* owner_name;  // "time.struct_time", for messages
  int index;        // >= 0: sequence item; < 0: attribute-only field -1-index
};

void trace_field(Obj* o, Tracer& tr) {
  auto* d = static_cast<FieldDescriptor*>(o);
  tr.visit(d->owner);
  tr.visit(d->name);
  tr.visit(d->owner_name);
}
const Layout kFieldLayout{"structseq_field", trace_field, nullptr};

FieldDescriptor* field(Value v) { return v.as<FieldDescriptor>(); }

Value field_get(VM& vm, const Value* args, size_t nargs, Tuple*) {
  FieldDescriptor* d = field(args[0]);
  Value obj = nargs > 1 ? args[1] : Value::none();
  if (obj.is_none()) return args[0];
  if (!isinstance_of(vm, obj, d->owner))
    return raisef(vm, vm.e.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data(), d->owner_name->data(), type_name(obj));
  Tuple* t = obj.as<Tuple>();
  Value v = d->index >= 0 ? (*t)[d->index] : hidden_fields(t)[-1 - d->index];
  return v.ok() ? v : Value::none();
}

Value field_readonly(VM& vm, const Value*, size_t, Tuple*) {
  return raise(vm, vm.e.AttributeError, "readonly attribute");
}

Value field_repr(VM& vm, const Value* args, size_t, Tuple*) {
  FieldDescriptor* d = field(args[0]);
  return make_str(vm, "<member '" + std::string(d->name->view()) + "' of '" + std::string(d->owner_name->view()) +
                          "' objects>");
}

Value field_name(VM& vm, Value self) { return val(field(self)->name); }
Value field_objclass(VM& vm, Value self) { return val(field(self)->owner); }

const MethodDef kFieldMethods[] = {{"__get__", field_get, METH_SLOT},
                                   {"__set__", field_readonly, METH_SLOT},
                                   {"__delete__", field_readonly, METH_SLOT},
                                   {"__repr__", field_repr, METH_SLOT},
                                   {}};
const GetSetDef kFieldGetSets[] = {{"__name__", field_name}, {"__objclass__", field_objclass}, {}};

Type* field_type(VM& vm) {
  Value t = dict_get_cstr(vm, vm.registry, "structseq_field");
  if (t.ok()) return t.as<Type>();
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, "member_descriptor", vm.t.object, &kFieldLayout, sizeof(FieldDescriptor), 0);
  add_methods(vm, type, kFieldMethods);
  add_getsets(vm, type, kFieldGetSets);
  dict_set_cstr(vm, vm.registry, "structseq_field", val(type));
  return type;
}

// ---- the struct sequence type ----

// The registry maps each struct sequence type to its (static) description.
Dict* desc_table(VM& vm) {
  Value d = dict_get_cstr(vm, vm.registry, "structseq_descs");
  if (d.ok()) return d.as<Dict>();
  d = make_dict(vm);
  if (!d.ok() || !dict_set_cstr(vm, vm.registry, "structseq_descs", d)) return nullptr;
  return d.as<Dict>();
}

const StructSeqDesc* desc_of(VM& vm, Type* t) {
  Dict* table = desc_table(vm);
  Value p = table ? dict_get(vm, table, val(t)) : Value::error();
  if (!p.ok()) return nullptr;
  return reinterpret_cast<const StructSeqDesc*>(static_cast<uintptr_t>(p.as_small_int()) << 3);
}

std::string qualified_name(const StructSeqDesc& d) { return std::string(d.module) + "." + d.name; }

Tuple* alloc_instance(VM& vm, Type* type, const StructSeqDesc& d) {
  return tuple_alloc_of(vm, type, static_cast<size_t>(d.n_in_sequence));
}

Value structseq_new(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = args[0].as<Type>();
  const StructSeqDesc* d = desc_of(vm, cls);
  if (!d) return raise(vm, vm.e.TypeError, "cannot create instances of this type");
  std::string qname = qualified_name(*d);
  static const char* const kNames[] = {"sequence", "dict"};
  Value a[2] = {Value::none(), Value::none()};
  if (!bind_args(vm, {"structseq", kNames, 2, 1, 0}, args + 1, nargs - 1, kwnames, a)) return Value::error();
  Value seq = tuple_from_iterable(vm, a[0]);
  if (!seq.ok()) {
    if (!exc_matches(vm, vm.e.TypeError)) return seq;
    clear_exc(vm);
    return raise(vm, vm.e.TypeError, "constructor requires a sequence");
  }
  Tuple* items = seq.as<Tuple>();
  size_t n = items->size, min = static_cast<size_t>(d->n_in_sequence), max = static_cast<size_t>(d->n_fields);
  if (n < min || n > max) {
    const char* bound = min == max ? "a" : n < min ? "an at least" : "an at most";
    return raisef(vm, vm.e.TypeError, "%s() takes %s %zu-sequence (%zu-sequence given)", qname.c_str(), bound,
                  n < min ? min : max, n);
  }
  if (!a[1].is_none() && !isinstance_of(vm, a[1], vm.t.dict))
    return raisef(vm, vm.e.TypeError, "%s() takes a dict as second arg, if any", qname.c_str());
  Tuple* t = alloc_instance(vm, cls, *d);
  if (!t) return Value::error();
  for (size_t i = 0; i < min; ++i) (*t)[i] = (*items)[i];
  for (size_t i = min; i < max; ++i) {
    const StructSeqField& f = d->fields[i];
    Value v = Value::none();
    if (i < n) {
      v = (*items)[i];
    } else if (!a[1].is_none() && f.name) {
      Value got = dict_get_cstr(vm, a[1].as<Dict>(), f.name);
      if (got.ok()) v = got;
      else if (vm.has_exc()) return Value::error();
    } else if (f.default_from >= 0) {
      v = (*t)[f.default_from];
    }
    hidden_fields(t)[i - min] = v;
  }
  return val(t);
}

Value structseq_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Tuple* t = args[0].as<Tuple>();
  const StructSeqDesc* d = desc_of(vm, type_of(vm, args[0]));
  if (!d) return raise(vm, vm.e.TypeError, "not a struct sequence");
  std::string out = qualified_name(*d) + "(";
  for (size_t i = 0; i < t->size; ++i) {
    const StructSeqField& f = d->fields[i];
    Value r = repr(vm, (*t)[i]);
    if (!r.ok()) return r;
    if (i) out += ", ";
    out += f.name ? f.name : f.repr_name ? f.repr_name : "unnamed";
    out += "=";
    out += sv(r);
  }
  out += ")";
  return make_str(vm, out);
}

Value structseq_reduce(VM& vm, const Value* args, size_t, Tuple*) {
  Tuple* t = args[0].as<Tuple>();
  const StructSeqDesc* d = desc_of(vm, type_of(vm, args[0]));
  if (!d) return raise(vm, vm.e.TypeError, "not a struct sequence");
  Value items = make_tuple(vm, t->items(), t->size);
  Value extra = make_dict(vm);
  if (!items.ok() || !extra.ok()) return Value::error();
  for (int i = d->n_in_sequence; i < d->n_fields; ++i) {
    const StructSeqField& f = d->fields[i];
    Value v = hidden_fields(t)[i - d->n_in_sequence];
    if (f.name && !dict_set_cstr(vm, extra.as<Dict>(), f.name, v.ok() ? v : Value::none())) return Value::error();
  }
  Value call_args = make_tuple(vm, {items, extra});
  if (!call_args.ok()) return call_args;
  return make_tuple(vm, {val(type_of(vm, args[0])), call_args});
}

const MethodDef kStructSeqMethods[] = {{"__new__", structseq_new, METH_STATIC},
                                       {"__repr__", structseq_repr, METH_SLOT},
                                       {"__reduce__", structseq_reduce, METH_METHOD},
                                       {}};

}  // namespace

Type* structseq_type(VM& vm, const StructSeqDesc& d) {
  std::string key = "structseq:" + qualified_name(d);
  Value existing = dict_get_cstr(vm, vm.registry, key.c_str());
  if (existing.ok()) return existing.as<Type>();
  Dict* table = desc_table(vm);
  Type* fields_type = field_type(vm);
  Type* t = alloc_type_object(vm, vm.t.type);
  if (!table || !t) return nullptr;
  int n_hidden = d.n_fields - d.n_in_sequence;
  setup_builtin_type(vm, t, d.name, vm.t.tuple, &kStructSeqLayout,
                     static_cast<uint32_t>(sizeof(Tuple) + n_hidden * sizeof(Value)), TF_TUPLE_SUBCLASS | TF_SEQUENCE,
                     structseq_new);
  add_methods(vm, t, kStructSeqMethods);
  Value owner_name = make_str(vm, qualified_name(d));
  int unnamed = 0;
  for (int i = 0; i < d.n_fields; ++i) {
    if (!d.fields[i].name) {
      ++unnamed;
      continue;
    }
    auto* fd = static_cast<FieldDescriptor*>(alloc_object(vm, fields_type));
    if (!fd) return nullptr;
    fd->owner = t;
    fd->name = vm.intern(d.fields[i].name);
    fd->owner_name = owner_name.as<Str>();
    fd->index = i < d.n_in_sequence ? i : -1 - (i - d.n_in_sequence);
    dict_set_str(vm, t->dict, fd->name, val(fd));
  }
  // __match_args__: the named sequence items.
  RootedValues match_names(vm);
  for (int i = 0; i < d.n_in_sequence; ++i)
    if (d.fields[i].name) match_names.push_back(val(vm.intern(d.fields[i].name)));
  Value match_args = make_tuple(vm, match_names.data(), match_names.size());
  // The description pointer is static data, 8-byte aligned: kept as a small int.
  Value p = Value::small_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(&d) >> 3));
  bool ok = match_args.ok() && dict_set(vm, table, val(t), p) &&
            dict_set_cstr(vm, t->dict, "__module__", make_str(vm, d.module)) &&
            dict_set_cstr(vm, t->dict, "__doc__", d.doc ? make_str(vm, d.doc) : Value::none()) &&
            dict_set_cstr(vm, t->dict, "n_sequence_fields", make_int(vm, d.n_in_sequence)) &&
            dict_set_cstr(vm, t->dict, "n_fields", make_int(vm, d.n_fields)) &&
            dict_set_cstr(vm, t->dict, "n_unnamed_fields", make_int(vm, unnamed)) &&
            dict_set_cstr(vm, t->dict, "__match_args__", match_args);
  if (!ok) return nullptr;
  type_modified(vm, t);
  if (!dict_set_cstr(vm, vm.registry, key.c_str(), val(t))) return nullptr;
  return t;
}

Value make_structseq(VM& vm, const StructSeqDesc& d, const Value* values) {
  Type* type = structseq_type(vm, d);
  if (!type) return Value::error();
  Tuple* t = alloc_instance(vm, type, d);
  if (!t) return Value::error();
  for (int i = 0; i < d.n_in_sequence; ++i) (*t)[i] = values[i];
  for (int i = d.n_in_sequence; i < d.n_fields; ++i) hidden_fields(t)[i - d.n_in_sequence] = values[i];
  return val(t);
}

}  // namespace klass
