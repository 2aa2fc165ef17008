// The builtins module: __build_class__, print, len, isinstance, ... The
// built-in types are added by name in init_builtins_module.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/number_integer.h"
#include "types/bytes.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/float.h"
#include "types/function.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/module.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "modules/import.h"
#include "modules/registry.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/rooted.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/source.h"
#include "vm/vm.h"

namespace klass {

namespace {

// ---- class creation ----

// PEP 560: bases that are not classes may supply replacements via __mro_entries__.
Value update_bases(VM& vm, Tuple* bases, bool* changed) {
  *changed = false;
  RootedValues out(vm);
  for (size_t i = 0; i < bases->size; ++i) {
    Value b = (*bases)[i];
    if (isinstance_of(vm, b, vm.t.type)) {
      out.push_back(b);
      continue;
    }
    Value me = getattr_opt(vm, b, vm.intern("__mro_entries__"));
    if (!me.ok()) {
      if (vm.has_exc()) return Value::error();
      out.push_back(b);
      continue;
    }
    Value r = call1(vm, me, val(bases));
    if (!r.ok()) return r;
    if (!is_exact(vm, r, vm.t.tuple) && !isinstance_of(vm, r, vm.t.tuple))
      return raise(vm, vm.e.TypeError, "__mro_entries__ must return a tuple");
    *changed = true;
    for (size_t j = 0; j < r.as<Tuple>()->size; ++j) out.push_back((*r.as<Tuple>())[j]);
  }
  return make_tuple(vm, out.data(), out.size());
}

Value builtin_build_class(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) return raise(vm, vm.e.TypeError, "__build_class__: not enough arguments");
  Value func = args[0], name = args[1];
  if (!is_exact(vm, func, vm.t.function)) return raise(vm, vm.e.TypeError, "__build_class__: func must be a function");
  if (!isinstance_of(vm, name, vm.t.str)) return raise(vm, vm.e.TypeError, "__build_class__: name is not a string");
  Value orig_bases = make_tuple(vm, args + 2, nargs - 2);
  if (!orig_bases.ok()) return orig_bases;
  bool changed;
  Value bases = update_bases(vm, orig_bases.as<Tuple>(), &changed);
  if (!bases.ok()) return bases;

  // Split off metaclass= from the other class keywords.
  size_t nkw = kwnames ? kwnames->size : 0;
  Value meta = Value::error();
  RootedValues kwvals(vm);
  RootedValues kwnames_rest(vm);
  for (size_t i = 0; i < nkw; ++i) {
    if (str_equal((*kwnames)[i].as<Str>(), vm.n.metaclass))
      meta = args[nargs + i];
    else {
      kwnames_rest.push_back((*kwnames)[i]);
      kwvals.push_back(args[nargs + i]);
    }
  }
  Tuple* rest_names = kwnames_rest.empty() ? nullptr : make_tuple(vm, kwnames_rest.data(), kwnames_rest.size()).as<Tuple>();
  Tuple* b = bases.as<Tuple>();
  bool is_class;
  if (!meta.ok()) {
    meta = b->size ? val(type_of(vm, (*b)[0])) : val(vm.t.type);
    is_class = true;
  } else {
    is_class = isinstance_of(vm, meta, vm.t.type);
  }
  if (is_class) {
    Type* winner = calculate_metaclass(vm, meta.as<Type>(), b);
    if (!winner) return Value::error();
    meta = val(winner);
  }

  // The namespace: meta.__prepare__(name, bases, **kwds), or a dict.
  Value ns;
  Value prep = getattr_opt(vm, meta, vm.intern("__prepare__"));
  if (!prep.ok()) {
    if (vm.has_exc()) return Value::error();
    ns = make_dict(vm);
  } else {
    RootedValues pargs(vm, {name, bases});
    pargs.insert_end(kwvals.begin(), kwvals.end());
    ns = call(vm, prep, pargs.data(), 2, rest_names);
  }
  if (!ns.ok()) return ns;
  if (!lookup_special(vm, type_of(vm, ns), SM::getitem).ok()) {
    std::string who = is_class ? std::string(meta.as<Type>()->name->view()) : "<metaclass>";
    return raisef(vm, vm.e.TypeError, "%s.__prepare__() must return a mapping, not %s", who.c_str(), type_name(ns));
  }

  Value cell = run_class_body(vm, func.as<Function>(), ns);
  if (!cell.ok()) return cell;
  if (changed && !set_item(vm, ns, val(vm.n.__orig_bases__), orig_bases)) return Value::error();

  RootedValues margs(vm, {name, bases, ns});
  margs.insert_end(kwvals.begin(), kwvals.end());
  Value cls = call(vm, meta, margs.data(), 3, rest_names);
  if (!cls.ok()) return cls;
  if (isinstance_of(vm, cls, vm.t.type) && is_exact(vm, cell, vm.t.cell)) {
    Value got = cell.as<Cell>()->contents;
    if (got != cls) {
      if (!got.ok())
        return raisef(vm, vm.e.RuntimeError,
                      "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                      repr_string(vm, name).c_str(), repr_string(vm, cls).c_str());
      return raisef(vm, vm.e.TypeError, "__class__ set to %s defining %s as %s", repr_string(vm, got).c_str(),
                    repr_string(vm, name).c_str(), repr_string(vm, cls).c_str());
    }
  }
  return cls;
}

// ---- output ----

Value builtin_print(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sep = Value::none(), end = Value::none(), file = Value::none(), flush = Value::boolean(false);
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    Value v = args[nargs + i];
    if (k == "sep") sep = v;
    else if (k == "end") end = v;
    else if (k == "file") file = v;
    else if (k == "flush") flush = v;
    else
      return raisef(vm, vm.e.TypeError, "'%.*s' is an invalid keyword argument for print()", static_cast<int>(k.size()),
                    k.data());
  }
  if (!sep.is_none() && !isinstance_of(vm, sep, vm.t.str))
    return raisef(vm, vm.e.TypeError, "sep must be None or a string, not %s", type_name(sep));
  if (!end.is_none() && !isinstance_of(vm, end, vm.t.str))
    return raisef(vm, vm.e.TypeError, "end must be None or a string, not %s", type_name(end));
  if (file.is_none()) {
    file = getattr_opt(vm, val(vm.sys_module), vm.n.stdout);
    if (!file.ok()) return vm.has_exc() ? file : raise(vm, vm.e.RuntimeError, "lost sys.stdout");
    if (file.is_none()) return Value::none();
  }
  Value write = getattr(vm, file, vm.n.write);
  if (!write.ok()) return write;
  // Build the whole line first: one write call, as fast as it gets.
  std::string out;
  for (size_t i = 0; i < nargs; ++i) {
    if (i) out += sep.is_none() ? std::string_view(" ") : sv(sep);
    Value s = to_str(vm, args[i]);
    if (!s.ok()) return s;
    out += sv(s);
  }
  out += end.is_none() ? std::string_view("\n") : sv(end);
  Value text = make_str(vm, out);
  if (!text.ok()) return text;
  if (!call1(vm, write, text).ok()) return Value::error();
  int f = truthy(vm, flush);
  if (f < 0) return Value::error();
  if (f && !call_method(vm, file, vm.n.flush, nullptr, 0).ok()) return Value::error();
  return Value::none();
}

Value builtin_input(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "input", kw) || !check_nargs(vm, "input", nargs, 0, 1)) return Value::error();
  Value out = getattr(vm, val(vm.sys_module), vm.n.stdout);
  if (!out.ok()) return out;
  if (nargs == 1) {
    Value p = to_str(vm, args[0]);
    if (!p.ok() || !call_method(vm, out, vm.n.write, &p, 1).ok()) return Value::error();
  }
  if (!call_method(vm, out, vm.n.flush, nullptr, 0).ok()) return Value::error();
  Value in = getattr(vm, val(vm.sys_module), vm.n.stdin);
  if (!in.ok()) return in;
  Value line = call_method(vm, in, vm.n.readline, nullptr, 0);
  if (!line.ok()) return line;
  if (!isinstance_of(vm, line, vm.t.str)) return raise(vm, vm.e.TypeError, "object.readline() returned non-string");
  std::string_view s = sv(line);
  if (s.empty()) return raise(vm, vm.e.EOFError, "EOF when reading a line");
  if (s.back() == '\n') s.remove_suffix(1);
  return make_str(vm, s);
}

// ---- object inspection ----

Value builtin_len(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "len", kw) || !check_nargs(vm, "len", nargs, 1, 1)) return Value::error();
  int64_t n;
  if (!length(vm, args[0], &n)) return Value::error();
  return make_int(vm, n);
}

Value builtin_repr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "repr", kw) || !check_nargs(vm, "repr", nargs, 1, 1)) return Value::error();
  return repr(vm, args[0]);
}

Value builtin_ascii(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "ascii", kw) || !check_nargs(vm, "ascii", nargs, 1, 1)) return Value::error();
  return ascii(vm, args[0]);
}

Value builtin_format(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "format", kw) || !check_nargs(vm, "format", nargs, 1, 2)) return Value::error();
  Value spec = nargs > 1 ? args[1] : vm.empty_str;
  if (!isinstance_of(vm, spec, vm.t.str))
    return raisef(vm, vm.e.TypeError, "format() argument 2 must be str, not %s", type_name(spec));
  return format(vm, args[0], spec);
}

// isinstance/issubclass with __instancecheck__/__subclasscheck__ and tuples.
int object_isinstance(VM& vm, Value obj, Value cls);
int object_issubclass(VM& vm, Value derived, Value cls);

bool check_class_arg(VM& vm, Value cls, const char* fn, int argn) {
  // Anything with __bases__ that is a tuple counts as a class (abstract classes).
  if (isinstance_of(vm, cls, vm.t.type)) return true;
  Value b = getattr_opt(vm, cls, vm.intern("__bases__"));
  if (b.ok() && isinstance_of(vm, b, vm.t.tuple)) return true;
  if (vm.has_exc()) return false;
  if (argn == 2)
    raisef(vm, vm.e.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fn);
  else
    raisef(vm, vm.e.TypeError, "%s() arg 1 must be a class", fn);
  return false;
}

// The __bases__-based subclass walk used for non-type "classes".
int abstract_issubclass(VM& vm, Value derived, Value cls) {
  if (derived == cls) return 1;
  Value bases = getattr_opt(vm, derived, vm.intern("__bases__"));
  if (!bases.ok()) return vm.has_exc() ? -1 : 0;
  if (!isinstance_of(vm, bases, vm.t.tuple)) return 0;
  for (size_t i = 0; i < bases.as<Tuple>()->size; ++i) {
    int r = abstract_issubclass(vm, (*bases.as<Tuple>())[i], cls);
    if (r) return r;
  }
  return 0;
}

int object_isinstance(VM& vm, Value obj, Value cls) {
  if (is_exact(vm, cls, vm.t.type)) {
    if (is_exact(vm, obj, cls.as<Type>())) return 1;
  }
  if (isinstance_of(vm, cls, vm.t.tuple)) {
    if (!native_recursion_ok(vm)) return -1;
    for (size_t i = 0; i < cls.as<Tuple>()->size; ++i) {
      int r = object_isinstance(vm, obj, (*cls.as<Tuple>())[i]);
      if (r) return r;
    }
    return 0;
  }
  Value check = lookup_special(vm, type_of(vm, cls), SM::instancecheck);
  if (check.ok()) {
    if (!native_recursion_ok(vm)) return -1;
    Value r = call_special(vm, cls, SM::instancecheck, &obj, 1);
    if (!r.ok()) return -1;
    return truthy(vm, r);
  }
  if (isinstance_of(vm, cls, vm.t.type)) return isinstance_of(vm, obj, cls.as<Type>());
  if (!check_class_arg(vm, cls, "isinstance", 2)) return -1;
  Value c = getattr_opt(vm, obj, vm.n.__class__);
  if (!c.ok()) return vm.has_exc() ? -1 : 0;
  return abstract_issubclass(vm, c, cls);
}

int object_issubclass(VM& vm, Value derived, Value cls) {
  if (isinstance_of(vm, cls, vm.t.tuple)) {
    if (!native_recursion_ok(vm)) return -1;
    for (size_t i = 0; i < cls.as<Tuple>()->size; ++i) {
      int r = object_issubclass(vm, derived, (*cls.as<Tuple>())[i]);
      if (r) return r;
    }
    return 0;
  }
  Value check = lookup_special(vm, type_of(vm, cls), SM::subclasscheck);
  if (check.ok()) {
    if (!native_recursion_ok(vm)) return -1;
    Value r = call_special(vm, cls, SM::subclasscheck, &derived, 1);
    if (!r.ok()) return -1;
    return truthy(vm, r);
  }
  if (!check_class_arg(vm, derived, "issubclass", 1) || !check_class_arg(vm, cls, "issubclass", 2)) return -1;
  if (isinstance_of(vm, derived, vm.t.type) && isinstance_of(vm, cls, vm.t.type))
    return is_subtype(derived.as<Type>(), cls.as<Type>());
  return abstract_issubclass(vm, derived, cls);
}

Value builtin_isinstance(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "isinstance", kw) || !check_nargs(vm, "isinstance", nargs, 2, 2)) return Value::error();
  int r = object_isinstance(vm, args[0], args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value builtin_issubclass(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "issubclass", kw) || !check_nargs(vm, "issubclass", nargs, 2, 2)) return Value::error();
  int r = object_issubclass(vm, args[0], args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

Value builtin_id(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "id", kw) || !check_nargs(vm, "id", nargs, 1, 1)) return Value::error();
  // Objects never move, so the address is a stable identity; immediates use their bits.
  return make_int(vm, static_cast<int64_t>(args[0].bits() & 0x7fffffffffffffffull));
}

Value builtin_hash(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "hash", kw) || !check_nargs(vm, "hash", nargs, 1, 1)) return Value::error();
  int64_t h;
  if (!hash(vm, args[0], &h)) return Value::error();
  return make_int(vm, h);
}

Value builtin_callable(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "callable", kw) || !check_nargs(vm, "callable", nargs, 1, 1)) return Value::error();
  return Value::boolean(is_callable(vm, args[0]));
}

Value attr_name(VM& vm, Value v, const char* fn) {
  if (!isinstance_of(vm, v, vm.t.str))
    return raisef(vm, vm.e.TypeError, "attribute name must be string, not '%s'", type_name(v));
  return v;
}

Value builtin_getattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "getattr", kw) || !check_nargs(vm, "getattr", nargs, 2, 3)) return Value::error();
  if (!attr_name(vm, args[1], "getattr").ok()) return Value::error();
  Str* name = vm.intern(sv(args[1]));
  if (nargs == 3) {
    Value r = getattr_opt(vm, args[0], name);
    if (r.ok() || vm.has_exc()) return r;
    return args[2];
  }
  return getattr(vm, args[0], name);
}

Value builtin_hasattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "hasattr", kw) || !check_nargs(vm, "hasattr", nargs, 2, 2)) return Value::error();
  if (!attr_name(vm, args[1], "hasattr").ok()) return Value::error();
  Value r = getattr_opt(vm, args[0], vm.intern(sv(args[1])));
  if (!r.ok() && vm.has_exc()) return r;
  return Value::boolean(r.ok());
}

Value builtin_setattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "setattr", kw) || !check_nargs(vm, "setattr", nargs, 3, 3)) return Value::error();
  if (!attr_name(vm, args[1], "setattr").ok()) return Value::error();
  return setattr(vm, args[0], vm.intern(sv(args[1])), args[2]) ? Value::none() : Value::error();
}

Value builtin_delattr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "delattr", kw) || !check_nargs(vm, "delattr", nargs, 2, 2)) return Value::error();
  if (!attr_name(vm, args[1], "delattr").ok()) return Value::error();
  return delattr(vm, args[0], vm.intern(sv(args[1]))) ? Value::none() : Value::error();
}

Value builtin_iter(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "iter", kw) || !check_nargs(vm, "iter", nargs, 1, 2)) return Value::error();
  if (nargs == 1) return get_iter(vm, args[0]);
  if (!is_callable(vm, args[0])) return raise(vm, vm.e.TypeError, "iter(v, w): v must be callable");
  return make_callable_iterator(vm, args[0], args[1]);
}

Value builtin_next(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "next", kw) || !check_nargs(vm, "next", nargs, 1, 2)) return Value::error();
  Type* t = type_of(vm, args[0]);
  if (!(t->iternext && !(t->flags & TF_HEAPTYPE)) && !lookup_special(vm, t, SM::next).ok())
    return raisef(vm, vm.e.TypeError, "'%s' object is not an iterator", type_name(args[0]));
  // Call the iterator's own next so a StopIteration it raises (with a
  // generator's return value) reaches the caller unchanged.
  Value r = (t->iternext && !(t->flags & TF_HEAPTYPE)) ? t->iternext(vm, args[0])
                                                      : call_special(vm, args[0], SM::next, nullptr, 0);
  if (r.ok()) return r;
  if (nargs == 2 && (!vm.has_exc() || exc_matches(vm, vm.e.StopIteration))) {
    clear_exc(vm);
    return args[1];
  }
  if (vm.has_exc()) return r;
  return raise_stop_iteration(vm, Value::none());
}

Value builtin_dir(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "dir", kw) || !check_nargs(vm, "dir", nargs, 0, 1)) return Value::error();
  Value names;
  if (nargs == 0) {
    Frame* f = vm.frame;
    Value locals = f ? frame_locals(vm, f) : val(vm.builtins);
    if (!locals.ok()) return locals;
    names = list_from_iterable(vm, locals);
  } else {
    Type* t = type_of(vm, args[0]);
    Value m = type_lookup(vm, t, vm.intern("__dir__"));
    if (!m.ok()) return raise(vm, vm.e.TypeError, "object does not provide __dir__");
    Value bound = bind_descriptor(vm, m, args[0], t);
    if (!bound.ok()) return bound;
    Value r = call0(vm, bound);
    if (!r.ok()) return r;
    names = list_from_iterable(vm, r);
  }
  if (!names.ok()) return names;
  if (!list_sort(vm, names.as<List>(), Value::error(), false)) return Value::error();
  return names;
}

Value builtin_vars(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "vars", kw) || !check_nargs(vm, "vars", nargs, 0, 1)) return Value::error();
  if (nargs == 0) return vm.frame ? frame_locals(vm, vm.frame) : val(vm.builtins);
  Value d = getattr_opt(vm, args[0], vm.n.__dict__);
  if (d.ok() || vm.has_exc()) return d;
  return raise(vm, vm.e.TypeError, "vars() argument must have __dict__ attribute");
}

Value builtin_globals(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "globals", nargs, 0, 0)) return Value::error();
  return vm.frame ? val(vm.frame->globals) : val(vm.builtins);
}

Value builtin_locals(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs(vm, "locals", nargs, 0, 0)) return Value::error();
  return vm.frame ? frame_locals(vm, vm.frame) : val(vm.builtins);
}

// ---- numbers and characters ----

Value builtin_abs(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "abs", kw) || !check_nargs(vm, "abs", nargs, 1, 1)) return Value::error();
  Value m = lookup_special(vm, type_of(vm, args[0]), SM::abs);
  if (!m.ok()) return raisef(vm, vm.e.TypeError, "bad operand type for abs(): '%s'", type_name(args[0]));
  return call_special(vm, args[0], SM::abs, nullptr, 0);
}

Value builtin_chr(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "chr", kw) || !check_nargs(vm, "chr", nargs, 1, 1)) return Value::error();
  if (isinstance_of(vm, args[0], vm.t.float_))
    return raisef(vm, vm.e.TypeError, "'float' object cannot be interpreted as an integer");
  Value i = to_index(vm, args[0]);
  if (!i.ok()) return i;
  int64_t c;
  if (!int_to_int64(i, &c)) return raise(vm, vm.e.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10ffff) return raise(vm, vm.e.ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(vm, static_cast<uint32_t>(c));
}

Value builtin_ord(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "ord", kw) || !check_nargs(vm, "ord", nargs, 1, 1)) return Value::error();
  Value v = args[0];
  if (isinstance_of(vm, v, vm.t.str)) {
    Str* s = v.as<Str>();
    if (s->length != 1)
      return raisef(vm, vm.e.TypeError, "ord() expected a character, but string of length %zu found", s->length);
    return make_int(vm, str_char_at(vm, s, 0));
  }
  std::string_view b;
  if (bytes_like(vm, v, &b)) {
    if (b.size() != 1)
      return raisef(vm, vm.e.TypeError, "ord() expected a character, but string of length %zu found", b.size());
    return make_int(vm, static_cast<unsigned char>(b[0]));
  }
  return raisef(vm, vm.e.TypeError, "ord() expected string of length 1, but %s found", type_name(v));
}

Value int_to_base(VM& vm, Value v, int base, const char* prefix) {
  Value i = to_index(vm, v);
  if (!i.ok()) return i;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(i, z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(digits.data(), base, z);
  digits.resize(std::strlen(digits.c_str()));
  mpz_clear(z);
  return make_str(vm, std::string(neg ? "-" : "") + prefix + digits);
}
Value builtin_bin(VM& vm, const Value* a, size_t n, Tuple* kw) {
  if (!no_kwargs(vm, "bin", kw) || !check_nargs(vm, "bin", n, 1, 1)) return Value::error();
  return int_to_base(vm, a[0], 2, "0b");
}
Value builtin_oct(VM& vm, const Value* a, size_t n, Tuple* kw) {
  if (!no_kwargs(vm, "oct", kw) || !check_nargs(vm, "oct", n, 1, 1)) return Value::error();
  return int_to_base(vm, a[0], 8, "0o");
}
Value builtin_hex(VM& vm, const Value* a, size_t n, Tuple* kw) {
  if (!no_kwargs(vm, "hex", kw) || !check_nargs(vm, "hex", n, 1, 1)) return Value::error();
  return int_to_base(vm, a[0], 16, "0x");
}

Value builtin_divmod(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs(vm, "divmod", kw) || !check_nargs(vm, "divmod", nargs, 2, 2)) return Value::error();
  Type* ta = type_of(vm, args[0]);
  Type* tb = type_of(vm, args[1]);
  Value m = lookup_special(vm, ta, SM::divmod);
  if (m.ok()) {
    Value r = call_special(vm, args[0], SM::divmod, args + 1, 1);
    if (!r.ok() || r != vm.not_implemented) return r;
  }
  Value rm = lookup_special(vm, tb, SM::rdivmod);
  if (rm.ok() && tb != ta) {
    Value r = call_special(vm, args[1], SM::rdivmod, args, 1);
    if (!r.ok() || r != vm.not_implemented) return r;
  }
  return raisef(vm, vm.e.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(args[0]),
                type_name(args[1]));
}

Value builtin_pow(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"base", "exp", "mod"};
  Value a[3] = {Value::error(), Value::error(), Value::none()};
  Signature sig{"pow", names, 3, 2};
  if (!bind_args(vm, sig, args, nargs, kwnames, a)) return Value::error();
  if (a[2].is_none()) return binary_op(vm, BinaryOp::Power, a[0], a[1]);
  Value m = lookup_special(vm, type_of(vm, a[0]), SM::pow);
  if (m.ok()) {
    Value r = call_special(vm, a[0], SM::pow, a + 1, 2);
    if (!r.ok() || r != vm.not_implemented) return r;
  }
  return raisef(vm, vm.e.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(a[0]),
                type_name(a[1]), type_name(a[2]));
}

Value builtin_round(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"number", "ndigits"};
  Value a[2] = {Value::error(), Value::none()};
  Signature sig{"round", names, 2, 1};
  if (!bind_args(vm, sig, args, nargs, kwnames, a)) return Value::error();
  Value m = lookup_special(vm, type_of(vm, a[0]), SM::round);
  if (!m.ok()) return raisef(vm, vm.e.TypeError, "type %s doesn't define __round__ method", type_name(a[0]));
  if (a[1].is_none()) return call_special(vm, a[0], SM::round, nullptr, 0);
  return call_special(vm, a[0], SM::round, a + 1, 1);
}

// ---- iteration-driven ----

Value builtin_sum(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"iterable", "start"};
  Value a[2] = {Value::error(), Value::small_int(0)};
  Signature sig{"sum", names, 2, 1, 1};
  if (!bind_args(vm, sig, args, nargs, kwnames, a)) return Value::error();
  if (isinstance_of(vm, a[1], vm.t.str))
    return raise(vm, vm.e.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isinstance_of(vm, a[1], vm.t.bytes))
    return raise(vm, vm.e.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (isinstance_of(vm, a[1], vm.t.bytearray))
    return raise(vm, vm.e.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Value it = get_iter(vm, a[0]);
  if (!it.ok()) return it;
  Value total = a[1];
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? x : total;
    total = binary_op(vm, BinaryOp::Add, total, x);
    if (!total.ok()) return total;
  }
}

Value min_max(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, bool is_max) {
  const char* fname = is_max ? "max" : "min";
  Value key = Value::none(), dflt = Value::error();
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    if (k == "key") key = args[nargs + i];
    else if (k == "default") dflt = args[nargs + i];
    else
      return raisef(vm, vm.e.TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
                    static_cast<int>(k.size()), k.data());
  }
  if (nargs == 0) return raisef(vm, vm.e.TypeError, "%s expected at least 1 argument, got 0", fname);
  Value it;
  if (nargs == 1) {
    it = get_iter(vm, args[0]);
  } else {
    if (dflt.ok())
      return raisef(vm, vm.e.TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    it = get_iter(vm, make_tuple(vm, args, nargs));
  }
  if (!it.ok()) return it;
  Value best = Value::error(), best_key = Value::error();
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) {
      if (vm.has_exc()) return x;
      break;
    }
    Value k = key.is_none() ? x : call1(vm, key, x);
    if (!k.ok()) return k;
    if (!best.ok()) {
      best = x;
      best_key = k;
      continue;
    }
    int better = compare_bool(vm, is_max ? CompareOp::Gt : CompareOp::Lt, k, best_key);
    if (better < 0) return Value::error();
    if (better) {
      best = x;
      best_key = k;
    }
  }
  if (best.ok()) return best;
  if (dflt.ok()) return dflt;
  return raisef(vm, vm.e.ValueError, "%s() arg is an empty sequence", fname);
}
Value builtin_min(VM& vm, const Value* a, size_t n, Tuple* kw) { return min_max(vm, a, n, kw, false); }
Value builtin_max(VM& vm, const Value* a, size_t n, Tuple* kw) { return min_max(vm, a, n, kw, true); }

Value any_all(VM& vm, const Value* args, size_t nargs, Tuple* kw, bool want) {
  const char* fname = want ? "any" : "all";
  if (!no_kwargs(vm, fname, kw) || !check_nargs(vm, fname, nargs, 1, 1)) return Value::error();
  Value it = get_iter(vm, args[0]);
  if (!it.ok()) return it;
  for (;;) {
    Value x = iter_next(vm, it);
    if (!x.ok()) return vm.has_exc() ? x : Value::boolean(!want);
    int t = truthy(vm, x);
    if (t < 0) return Value::error();
    if (t == want) return Value::boolean(want);
  }
}
Value builtin_any(VM& vm, const Value* a, size_t n, Tuple* kw) { return any_all(vm, a, n, kw, true); }
Value builtin_all(VM& vm, const Value* a, size_t n, Tuple* kw) { return any_all(vm, a, n, kw, false); }

Value builtin_sorted(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) return raisef(vm, vm.e.TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value key = Value::none(), reverse = Value::boolean(false);
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = sv((*kwnames)[i]);
    if (k == "key") key = args[nargs + i];
    else if (k == "reverse") reverse = args[nargs + i];
    else
      return raisef(vm, vm.e.TypeError, "sort() got an unexpected keyword argument '%.*s'", static_cast<int>(k.size()),
                    k.data());
  }
  Value l = list_from_iterable(vm, args[0]);
  if (!l.ok()) return l;
  int r = truthy(vm, reverse);
  if (r < 0) return Value::error();
  if (!list_sort(vm, l.as<List>(), key.is_none() ? Value::error() : key, r)) return Value::error();
  return l;
}

// ---- code ----

Value get_source_text(VM& vm, Value src, std::string* out, const char* fname) {
  if (isinstance_of(vm, src, vm.t.str)) {
    *out = std::string(sv(src));
    return Value::none();
  }
  std::string_view b;
  if (bytes_like(vm, src, &b)) {
    *out = std::string(b);
    return Value::none();
  }
  return raisef(vm, vm.e.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
}

Value builtin_compile(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
  Value a[7] = {Value::error(), Value::error(), Value::error(), Value::small_int(0), Value::boolean(false),
                Value::small_int(-1), Value::small_int(-1)};
  Signature sig{"compile", names, 7, 3};
  if (!bind_args(vm, sig, args, nargs, kwnames, a)) return Value::error();
  if (is_exact(vm, a[0], vm.t.code)) return a[0];
  std::string text;
  if (!get_source_text(vm, a[0], &text, "compile").ok()) return Value::error();
  if (!isinstance_of(vm, a[2], vm.t.str))
    return raisef(vm, vm.e.TypeError, "compile() argument 'mode' must be str, not %s", type_name(a[2]));
  std::string_view mode = sv(a[2]);
  SourceMode m;
  if (mode == "exec") m = SourceMode::Exec;
  else if (mode == "eval") m = SourceMode::Eval;
  else if (mode == "single") m = SourceMode::Single;
  else return raise(vm, vm.e.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  Value fname = to_str(vm, a[1]);
  if (!fname.ok()) return fname;
  int64_t flags = 0;
  if (!to_int64(vm, a[3], &flags)) return Value::error();
  if (text.find('\0') != std::string::npos)
    return raise(vm, vm.e.ValueError, "source code string cannot contain null bytes");
  Code* c = compile_source(vm, text, sv(fname), m, static_cast<uint32_t>(flags));
  return c ? val(c) : Value::error();
}

// exec/eval: (source, globals=None, locals=None)
Value exec_eval(VM& vm, const Value* args, size_t nargs, Tuple* kwnames, bool is_eval) {
  const char* fname = is_eval ? "eval" : "exec";
  static const char* const names[] = {"source", "globals", "locals"};
  Value a[3] = {Value::error(), Value::none(), Value::none()};
  Signature sig{fname, names, 3, 1, 3};
  if (!bind_args(vm, sig, args, nargs, kwnames, a)) return Value::error();
  Value globals = a[1], locals = a[2];
  if (!globals.is_none() && !isinstance_of(vm, globals, vm.t.dict))
    return raisef(vm, vm.e.TypeError, is_eval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                              : "exec() globals must be a dict, not %s",
                  type_name(globals));
  if (!locals.is_none() && !lookup_special(vm, type_of(vm, locals), SM::getitem).ok())
    return raisef(vm, vm.e.TypeError, is_eval ? "locals must be a mapping" : "locals must be a mapping or None, not %s",
                  type_name(locals));
  Frame* caller = vm.frame;
  if (globals.is_none()) {
    if (!caller) return raise(vm, vm.e.SystemError, "globals and locals cannot be NULL");
    globals = val(caller->globals);
    if (locals.is_none()) locals = frame_locals(vm, caller);
    if (!locals.ok()) return locals;
  } else if (locals.is_none()) {
    locals = globals;
  }
  Dict* g = globals.as<Dict>();
  if (!dict_get_str(g, vm.n.__builtins__).ok() && !dict_set_str(vm, g, vm.n.__builtins__, val(vm.builtins_module)))
    return Value::error();
  Code* code;
  if (is_exact(vm, a[0], vm.t.code)) {
    code = a[0].as<Code>();
    if (code->nfree > 0)
      return raisef(vm, vm.e.TypeError, "code object passed to %s() may not contain free variables", fname);
  } else {
    std::string text;
    if (!get_source_text(vm, a[0], &text, fname).ok()) return Value::error();
    if (text.find('\0') != std::string::npos)
      return raise(vm, vm.e.ValueError, "source code string cannot contain null bytes");
    if (is_eval) {
      // eval strips leading spaces and tabs.
      size_t i = 0;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      text.erase(0, i);
    }
    uint32_t inherited = caller ? (caller->code->flags & CO_FUTURE_ANNOTATIONS) : 0;
    code = compile_source(vm, text, "<string>", is_eval ? SourceMode::Eval : SourceMode::Exec, inherited);
    if (!code) return Value::error();
  }
  Value r = run_code(vm, code, g, locals);
  if (!r.ok()) return r;
  return is_eval ? r : Value::none();
}
Value builtin_exec(VM& vm, const Value* a, size_t n, Tuple* kw) { return exec_eval(vm, a, n, kw, false); }
Value builtin_eval(VM& vm, const Value* a, size_t n, Tuple* kw) { return exec_eval(vm, a, n, kw, true); }

Value builtin_import(VM& vm, const Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "globals", "locals", "fromlist", "level"};
  Value a[5] = {Value::error(), Value::none(), Value::none(), Value::none(), Value::small_int(0)};
  Signature sig{"__import__", names, 5, 1};
  if (!bind_args(vm, sig, args, nargs, kwnames, a)) return Value::error();
  if (!isinstance_of(vm, a[0], vm.t.str))
    return raisef(vm, vm.e.TypeError, "__import__() argument 1 must be str, not %s", type_name(a[0]));
  int64_t level;
  if (!to_int64(vm, a[4], &level)) return Value::error();
  if (level < 0) return raise(vm, vm.e.ValueError, "level must be >= 0");
  Dict* g = isinstance_of(vm, a[1], vm.t.dict) ? a[1].as<Dict>() : nullptr;
  if (!g && level > 0) return raise(vm, vm.e.KeyError, "'__name__' not in globals");
  return import_module_level(vm, vm.intern(sv(a[0])), g, a[3], static_cast<int>(level));
}

Value builtin_newobj(VM& vm, const Value* args, size_t nargs, Tuple*) {
  // Used by object.__reduce_ex__: cls.__new__(cls).
  if (nargs < 1 || !isinstance_of(vm, args[0], vm.t.type)) return raise(vm, vm.e.TypeError, "expected a class");
  Value nf = getattr(vm, args[0], vm.intern("__new__"));
  if (!nf.ok()) return nf;
  return call(vm, nf, args, nargs);
}

const MethodDef kBuiltinFunctions[] = {
    {"__build_class__", builtin_build_class, METH_FUNCTION,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the "
     "class statement."},
    {"__import__", builtin_import, METH_FUNCTION, "Import a module."},
    {"__klass_newobj__", builtin_newobj, METH_FUNCTION, nullptr},
    {"print", builtin_print, METH_FUNCTION, "Prints the values to a stream, or to sys.stdout by default."},
    {"input", builtin_input, METH_FUNCTION, "Read a string from standard input."},
    {"len", builtin_len, METH_FUNCTION, "Return the number of items in a container."},
    {"repr", builtin_repr, METH_FUNCTION, "Return the canonical string representation of the object."},
    {"ascii", builtin_ascii, METH_FUNCTION, "Return an ASCII-only representation of an object."},
    {"format", builtin_format, METH_FUNCTION, "Return value.__format__(format_spec)"},
    {"isinstance", builtin_isinstance, METH_FUNCTION, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, METH_FUNCTION, "Return whether 'cls' is derived from another class or is the same class."},
    {"id", builtin_id, METH_FUNCTION, "Return the identity of an object."},
    {"hash", builtin_hash, METH_FUNCTION, "Return the hash value for the given object."},
    {"callable", builtin_callable, METH_FUNCTION, "Return whether the object is callable."},
    {"getattr", builtin_getattr, METH_FUNCTION, "Get a named attribute from an object."},
    {"hasattr", builtin_hasattr, METH_FUNCTION, "Return whether the object has an attribute with the given name."},
    {"setattr", builtin_setattr, METH_FUNCTION, "Sets the named attribute on the given object to the specified value."},
    {"delattr", builtin_delattr, METH_FUNCTION, "Deletes the named attribute from the given object."},
    {"iter", builtin_iter, METH_FUNCTION, "Get an iterator from an object."},
    {"next", builtin_next, METH_FUNCTION, "Return the next item from the iterator."},
    {"dir", builtin_dir, METH_FUNCTION, "Show attributes of an object."},
    {"vars", builtin_vars, METH_FUNCTION, "Show vars."},
    {"globals", builtin_globals, METH_FUNCTION, "Return the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, METH_FUNCTION, "Return a dictionary containing the current scope's local variables."},
    {"abs", builtin_abs, METH_FUNCTION, "Return the absolute value of the argument."},
    {"chr", builtin_chr, METH_FUNCTION, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", builtin_ord, METH_FUNCTION, "Return the Unicode code point for a one-character string."},
    {"bin", builtin_bin, METH_FUNCTION, "Return the binary representation of an integer."},
    {"oct", builtin_oct, METH_FUNCTION, "Return the octal representation of an integer."},
    {"hex", builtin_hex, METH_FUNCTION, "Return the hexadecimal representation of an integer."},
    {"divmod", builtin_divmod, METH_FUNCTION, "Return the tuple (x//y, x%y)."},
    {"pow", builtin_pow, METH_FUNCTION, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", builtin_round, METH_FUNCTION, "Round a number to a given precision in decimal digits."},
    {"sum", builtin_sum, METH_FUNCTION, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"min", builtin_min, METH_FUNCTION, "With a single iterable argument, return its smallest item."},
    {"max", builtin_max, METH_FUNCTION, "With a single iterable argument, return its biggest item."},
    {"any", builtin_any, METH_FUNCTION, "Return True if bool(x) is True for any x in the iterable."},
    {"all", builtin_all, METH_FUNCTION, "Return True if bool(x) is True for all values x in the iterable."},
    {"sorted", builtin_sorted, METH_FUNCTION, "Return a new list containing all items from the iterable in ascending order."},
    {"compile", builtin_compile, METH_FUNCTION, "Compile source into a code object that can be executed by exec() or eval()."},
    {"exec", builtin_exec, METH_FUNCTION, "Execute the given source in the context of globals and locals."},
    {"eval", builtin_eval, METH_FUNCTION, "Evaluate the given source in the context of globals and locals."},
    {}};

}  // namespace

bool init_builtins_module(VM& vm, Module* m) {
  Dict* d = m->dict;
  add_functions(vm, d, val(m), kBuiltinFunctions);
  struct { const char* name; Type* type; } types[] = {
      {"object", vm.t.object},     {"type", vm.t.type},         {"int", vm.t.int_},
      {"bool", vm.t.bool_},        {"float", vm.t.float_},      {"complex", vm.t.complex},
      {"str", vm.t.str},           {"bytes", vm.t.bytes},       {"bytearray", vm.t.bytearray},
      {"list", vm.t.list},         {"tuple", vm.t.tuple},       {"dict", vm.t.dict},
      {"set", vm.t.set},           {"frozenset", vm.t.frozenset}, {"range", vm.t.range},
      {"slice", vm.t.slice},       {"property", vm.t.property}, {"classmethod", vm.t.classmethod},
      {"staticmethod", vm.t.staticmethod}, {"super", vm.t.super}, {"enumerate", vm.t.enumerate},
      {"zip", vm.t.zip},           {"map", vm.t.map},           {"filter", vm.t.filter},
      {"reversed", vm.t.reversed},
  };
  for (auto& t : types)
    if (!dict_set_cstr(vm, d, t.name, val(t.type))) return false;
#define KLASS_ADD_EXC(n, b) \
  if (!dict_set_cstr(vm, d, #n, val(vm.e.n))) return false;
  KLASS_EXCEPTION_TYPES(KLASS_ADD_EXC)
#undef KLASS_ADD_EXC
  if (!dict_set_cstr(vm, d, "EnvironmentError", val(vm.e.OSError)) ||
      !dict_set_cstr(vm, d, "IOError", val(vm.e.OSError)) || !dict_set_cstr(vm, d, "None", Value::none()) ||
      !dict_set_cstr(vm, d, "True", Value::boolean(true)) || !dict_set_cstr(vm, d, "False", Value::boolean(false)) ||
      !dict_set_cstr(vm, d, "Ellipsis", vm.ellipsis) || !dict_set_cstr(vm, d, "NotImplemented", vm.not_implemented) ||
      !dict_set_cstr(vm, d, "__debug__", Value::boolean(true)))
    return false;
  return true;
}

}  // namespace klass
