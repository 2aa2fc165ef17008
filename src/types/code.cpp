// code objects.
#include "types/code.h"

#include <cstdio>
#include <string>

#include "gc/heap.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/complex.h"
#include "types/float.h"
#include "types/int.h"
#include "types/list.h"
#include "types/native.h"
#include "types/set.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

void trace_code(Obj* o, Tracer& t) {
  auto* c = static_cast<Code*>(o);
  t.visit(c->consts);
  t.visit(c->names);
  t.visit(c->localsplus_names);
  t.visit(c->name);
  t.visit(c->qualname);
  t.visit(c->filename);
  if (c->caches)
    for (size_t i = 0; i < c->u().cache_count; ++i) t.visit(c->caches[i].value);
}
void finalize_code(Obj* o) {
  auto* c = static_cast<Code*>(o);
  delete c->unit;
  delete[] c->instrs;
  delete[] c->caches;
  c->unit = nullptr;
  c->instrs = nullptr;
  c->caches = nullptr;
}
const Layout kCodeLayout{"code", trace_code, finalize_code};

Value const_value(VM& vm, const ConstValue& c) {
  switch (c.kind) {
    case ConstValue::Kind::None: return Value::none();
    case ConstValue::Kind::True: return Value::boolean(true);
    case ConstValue::Kind::False: return Value::boolean(false);
    case ConstValue::Kind::Ellipsis: return vm.ellipsis;
    case ConstValue::Kind::Int: {
      if (c.int_fits) return make_int(vm, c.i);
      mpz_t z;
      mpz_init(z);
      mpz_set_str(z, c.s.c_str(), 10);
      Value v = make_int_from_mpz(vm, z);
      mpz_clear(z);
      return v;
    }
    case ConstValue::Kind::Float: return make_float(vm, c.f);
    case ConstValue::Kind::Imag: return make_complex(vm, 0.0, c.f);
    case ConstValue::Kind::Str: return val(vm.intern(c.s));
    case ConstValue::Kind::Bytes: return make_bytes(vm, c.s);
    case ConstValue::Kind::Tuple: {
      Tuple* t = tuple_alloc(vm, c.items.size());
      if (!t) return raise_memory_error(vm);
      for (size_t i = 0; i < c.items.size(); ++i) {
        Value v = const_value(vm, c.items[i]);
        if (!v.ok()) return v;
        (*t)[i] = v;
      }
      return val(t);
    }
    case ConstValue::Kind::FrozenSet: {
      Value items = make_list(vm);
      if (!items.ok()) return items;
      for (const auto& it : c.items) {
        Value v = const_value(vm, it);
        if (!v.ok() || !list_append(vm, items.as<List>(), v)) return Value::error();
      }
      return make_frozenset(vm, items);
    }
    case ConstValue::Kind::Code: {
      Code* code = code_from_unit(vm, c.code);
      return code ? val(code) : Value::error();
    }
  }
  return Value::none();
}

Value names_tuple(VM& vm, const std::vector<std::string>& names) {
  Tuple* t = tuple_alloc(vm, names.size());
  if (!t) return raise_memory_error(vm);
  for (size_t i = 0; i < names.size(); ++i) (*t)[i] = val(vm.intern(names[i]));
  return val(t);
}

}  // namespace

Code* code_from_unit(VM& vm, std::shared_ptr<const CodeUnit> unit) {
  Obj* o = alloc_object(vm, vm.t.code);
  if (!o) return nullptr;
  auto* c = static_cast<Code*>(o);
  const CodeUnit& u = *unit;
  c->unit = new std::shared_ptr<const CodeUnit>(unit);
  c->ninstrs = u.code.size();
  c->instrs = new Instr[c->ninstrs + 1];
  for (size_t i = 0; i < c->ninstrs; ++i) c->instrs[i] = u.code[i];
  c->instrs[c->ninstrs] = Instr{Op::RETURN_VALUE};
  c->caches = u.cache_count ? new InlineCache[u.cache_count] : nullptr;
  c->argcount = u.argcount;
  c->posonlyargcount = u.posonlyargcount;
  c->kwonlyargcount = u.kwonlyargcount;
  c->flags = u.flags;
  c->firstlineno = u.firstlineno;
  c->stacksize = u.stacksize;
  c->nlocalsplus = static_cast<int>(u.localsplus_names.size());
  c->ncells = c->nfree = 0;
  c->first_free = c->nlocalsplus;
  for (size_t i = 0; i < u.localsplus_kinds.size(); ++i) {
    if (u.localsplus_kinds[i] & LOCAL_FREE) {
      if (c->nfree++ == 0) c->first_free = static_cast<int>(i);
    } else if (u.localsplus_kinds[i] & LOCAL_CELL) {
      ++c->ncells;
    }
  }
  c->name = vm.intern(u.name);
  c->qualname = vm.intern(u.qualname);
  c->filename = vm.intern(u.filename);
  Tuple* consts = tuple_alloc(vm, u.consts.size());
  if (!consts) return nullptr;
  c->consts = consts;
  for (size_t i = 0; i < u.consts.size(); ++i) {
    Value v = const_value(vm, u.consts[i]);
    if (!v.ok()) return nullptr;
    (*consts)[i] = v;
  }
  Value names = names_tuple(vm, u.names);
  if (!names.ok()) return nullptr;
  c->names = names.as<Tuple>();
  Value lp = names_tuple(vm, u.localsplus_names);
  if (!lp.ok()) return nullptr;
  c->localsplus_names = lp.as<Tuple>();
  return c;
}

SourceSpan code_span(const Code* c, size_t index) {
  const auto& spans = c->u().spans;
  if (index < spans.size()) return spans[index];
  return SourceSpan{c->firstlineno, c->firstlineno, -1, -1};
}

int code_line(const Code* c, size_t index) { return code_span(c, index).line; }

namespace {

Code* code_of(Value v) { return v.as<Code>(); }

Value co_repr(VM& vm, const Value* args, size_t, Tuple*) {
  Code* c = code_of(args[0]);
  char buf[64];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(args[0].bits()));
  return make_str(vm, "<code object " + std::string(c->name->view()) + " at " + buf + ", file \"" +
                          std::string(c->filename->view()) + "\", line " + std::to_string(c->firstlineno) + ">");
}

// Names of the localsplus slots with a given kind.
Value names_of_kind(VM& vm, Code* c, uint8_t kind_mask, uint8_t exclude) {
  Value l = make_list(vm);
  if (!l.ok()) return l;
  const auto& kinds = c->u().localsplus_kinds;
  for (size_t i = 0; i < kinds.size(); ++i)
    if ((kinds[i] & kind_mask) && !(kinds[i] & exclude))
      if (!list_append(vm, l.as<List>(), (*c->localsplus_names)[i])) return Value::error();
  return make_tuple(vm, l.as<List>()->items, l.as<List>()->size);
}

Value get_co_name(VM& vm, Value s) { return val(code_of(s)->name); }
Value get_co_qualname(VM& vm, Value s) { return val(code_of(s)->qualname); }
Value get_co_filename(VM& vm, Value s) { return val(code_of(s)->filename); }
Value get_co_argcount(VM& vm, Value s) { return make_int(vm, code_of(s)->argcount); }
Value get_co_posonly(VM& vm, Value s) { return make_int(vm, code_of(s)->posonlyargcount); }
Value get_co_kwonly(VM& vm, Value s) { return make_int(vm, code_of(s)->kwonlyargcount); }
Value get_co_flags(VM& vm, Value s) { return make_int(vm, code_of(s)->flags); }
Value get_co_firstlineno(VM& vm, Value s) { return make_int(vm, code_of(s)->firstlineno); }
Value get_co_stacksize(VM& vm, Value s) { return make_int(vm, code_of(s)->stacksize); }
Value get_co_consts(VM& vm, Value s) { return val(code_of(s)->consts); }
Value get_co_names(VM& vm, Value s) { return val(code_of(s)->names); }
Value get_co_varnames(VM& vm, Value s) { return names_of_kind(vm, code_of(s), LOCAL_PLAIN, 0); }
Value get_co_cellvars(VM& vm, Value s) { return names_of_kind(vm, code_of(s), LOCAL_CELL, 0); }
Value get_co_freevars(VM& vm, Value s) { return names_of_kind(vm, code_of(s), LOCAL_FREE, 0); }
Value get_co_nlocals(VM& vm, Value s) {
  Code* c = code_of(s);
  int n = 0;
  for (uint8_t k : c->u().localsplus_kinds) n += (k & LOCAL_PLAIN) ? 1 : 0;
  return make_int(vm, n);
}
Value get_co_code(VM& vm, Value s) {
  Code* c = code_of(s);
  return make_bytes(vm, std::string_view(reinterpret_cast<const char*>(c->u().code.data()), c->ninstrs * sizeof(Instr)));
}

Value co_lines(VM& vm, const Value* args, size_t, Tuple*) {
  // (start, end, line) ranges in instruction-byte units, merged per line.
  Code* c = code_of(args[0]);
  Value l = make_list(vm);
  if (!l.ok()) return l;
  size_t start = 0;
  for (size_t i = 1; i <= c->ninstrs; ++i) {
    if (i == c->ninstrs || code_line(c, i) != code_line(c, start)) {
      Value t = make_tuple(vm, {make_int(vm, start * 2), make_int(vm, i * 2), make_int(vm, code_line(c, start))});
      if (!t.ok() || !list_append(vm, l.as<List>(), t)) return Value::error();
      start = i;
    }
  }
  return get_iter(vm, l);
}

Value co_positions(VM& vm, const Value* args, size_t, Tuple*) {
  Code* c = code_of(args[0]);
  Value l = make_list(vm);
  if (!l.ok()) return l;
  for (size_t i = 0; i < c->ninstrs; ++i) {
    SourceSpan s = code_span(c, i);
    auto opt = [&](int v) { return v < 0 ? Value::none() : make_int(vm, v); };
    Value t = make_tuple(vm, {opt(s.line), opt(s.end_line), opt(s.col), opt(s.end_col)});
    if (!t.ok() || !list_append(vm, l.as<List>(), t)) return Value::error();
  }
  return get_iter(vm, l);
}

Value co_eq(VM& vm, const Value* args, size_t, Tuple*) {
  if (!is_exact(vm, args[1], vm.t.code)) return vm.not_implemented;
  return Value::boolean(args[0] == args[1] || code_of(args[0])->unit->get() == code_of(args[1])->unit->get());
}
Value co_hash(VM& vm, const Value* args, size_t, Tuple*) {
  return make_int(vm, static_cast<int64_t>(reinterpret_cast<uintptr_t>(code_of(args[0])->unit->get()) >> 4));
}

const MethodDef kCodeMethods[] = {{"__repr__", co_repr, METH_SLOT},
                                  {"__eq__", co_eq, METH_SLOT},
                                  {"__hash__", co_hash, METH_SLOT},
                                  {"co_lines", co_lines, 0},
                                  {"co_positions", co_positions, 0},
                                  {}};
const GetSetDef kCodeGetSets[] = {{"co_name", get_co_name},
                                  {"co_qualname", get_co_qualname},
                                  {"co_filename", get_co_filename},
                                  {"co_argcount", get_co_argcount},
                                  {"co_posonlyargcount", get_co_posonly},
                                  {"co_kwonlyargcount", get_co_kwonly},
                                  {"co_flags", get_co_flags},
                                  {"co_firstlineno", get_co_firstlineno},
                                  {"co_stacksize", get_co_stacksize},
                                  {"co_consts", get_co_consts},
                                  {"co_names", get_co_names},
                                  {"co_varnames", get_co_varnames},
                                  {"co_cellvars", get_co_cellvars},
                                  {"co_freevars", get_co_freevars},
                                  {"co_nlocals", get_co_nlocals},
                                  {"co_code", get_co_code},
                                  {}};

}  // namespace

void init_code_type(VM& vm) {
  setup_builtin_type(vm, vm.t.code, "code", vm.t.object, &kCodeLayout, sizeof(Code), 0);
  add_methods(vm, vm.t.code, kCodeMethods);
  add_getsets(vm, vm.t.code, kCodeGetSets);
}

}  // namespace klass
