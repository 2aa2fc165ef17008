#include "object/typeobject.h"

#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "object/ops.h"
#include "types/dict.h"
#include "types/list.h"
#include "types/native.h"
#include "types/str.h"
#include "types/tuple.h"
#include "types/function.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

void trace_type(Obj* o, Tracer& t) {
  auto* ty = static_cast<Type*>(o);
  t.visit(ty->name);
  t.visit(ty->qualname);
  t.visit(ty->base);
  t.visit(ty->bases);
  t.visit(ty->mro);
  t.visit(ty->dict);
  t.visit(ty->subclasses);
  t.visit(ty->live_source);
  t.visit_range(ty->special, ty->special + kSpecialCount);
}

const Layout kTypeLayout{"type", trace_type, nullptr};

char* instance_extra(Obj* o, uint32_t offset) {
  const Layout* l = o->cls->layout;
  if (!l->var_bytes) return reinterpret_cast<char*>(o) + offset;
  size_t var = (l->var_bytes(o) + 7) & ~size_t(7);
  return reinterpret_cast<char*>(o) + offset + var;
}

Dict** instance_dict_slot(Value v) {
  if (!v.is_object()) return nullptr;
  Obj* o = v.as_object();
  uint32_t off = o->cls->dict_offset;
  if (!off) return nullptr;
  return reinterpret_cast<Dict**>(instance_extra(o, off));
}

void trace_instance_extras(Obj* o, Tracer& t) {
  Type* cls = o->cls;
  if (cls->dict_offset) t.visit(*reinterpret_cast<Obj**>(instance_extra(o, cls->dict_offset)));
  if (cls->slot_count) {
    auto* slots = reinterpret_cast<Value*>(instance_extra(o, cls->instance_size)) - cls->slot_count;
    t.visit_range(slots, slots + cls->slot_count);
  }
}

Type* alloc_type_object(VM& vm, Type* meta) {
  size_t size = meta ? meta->instance_size : sizeof(Type);
  if (size < sizeof(Type)) size = sizeof(Type);
  auto* t = static_cast<Type*>(vm.heap.allocate(size));
  if (!t) return nullptr;
  t->cls = meta;
  for (auto& v : t->special) v = Value::error();
  return t;
}

void setup_builtin_type(VM& vm, Type* t, const char* name, Type* base, const Layout* layout,
                        uint32_t instance_size, uint32_t flags, NativeFn native_new) {
  t->name = vm.intern(name);
  t->qualname = t->name;
  t->base = base;
  t->layout = layout;
  t->instance_size = instance_size;
  t->flags = flags | TF_IMMUTABLE;
  t->native_new = native_new ? native_new : (base ? base->native_new : nullptr);
  if (base) {
    t->flags |= base->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS | TF_LIST_SUBCLASS |
                               TF_DICT_SUBCLASS | TF_TYPE_SUBCLASS | TF_EXC_SUBCLASS | TF_BYTES_SUBCLASS);
    if (!t->dict_offset) t->dict_offset = base->dict_offset;
  }
  if (!t->dict) t->dict = make_dict(vm).as<Dict>();
  Value b = base ? make_tuple(vm, {val(base)}) : vm.empty_tuple;
  set_type_bases(vm, t, b.as<Tuple>());
}

void set_type_bases(VM& vm, Type* t, Tuple* bases) {
  t->bases = bases;
  for (size_t i = 0; i < bases->size; ++i) type_add_subclass(vm, (*bases)[i].as<Type>(), t);
  Tuple* mro = compute_mro(vm, t);
  if (mro) t->mro = mro;
  type_modified(vm, t);
}

void type_add_subclass(VM& vm, Type* base, Type* sub) {
  if (!base->subclasses) base->subclasses = make_list(vm).as<List>();
  list_append(vm, base->subclasses, val(sub));
}

void type_modified(VM& vm, Type* t) {
  t->version = vm.next_type_version++;
  if (t->subclasses)
    for (size_t i = 0; i < t->subclasses->size; ++i) {
      Type* s = t->subclasses->items[i].as<Type>();
      if (s != t) type_modified(vm, s);
    }
}

// C3 linearisation: merge the MROs of the bases and the list of bases,
// repeatedly taking the first head that appears in no tail.
Tuple* compute_mro(VM& vm, Type* t) {
  Tuple* bases = t->bases;
  std::vector<std::vector<Type*>> seqs;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* b = (*bases)[i].as<Type>();
    std::vector<Type*> s;
    if (b->mro)
      for (size_t j = 0; j < b->mro->size; ++j) s.push_back((*b->mro)[j].as<Type>());
    else
      s.push_back(b);
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> direct;
  for (size_t i = 0; i < bases->size; ++i) direct.push_back((*bases)[i].as<Type>());
  seqs.push_back(direct);

  std::vector<Type*> result{t};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool any = false;
    for (size_t i = 0; i < seqs.size(); ++i) any |= pos[i] < seqs[i].size();
    if (!any) break;
    Type* pick = nullptr;
    for (size_t i = 0; i < seqs.size() && !pick; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      Type* cand = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == cand) { in_tail = true; break; }
      if (!in_tail) pick = cand;
    }
    if (!pick) {
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<Type*> listed;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* c = seqs[i][pos[i]];
        bool dup = false;
        for (Type* l : listed) dup |= l == c;
        if (dup) continue;
        listed.push_back(c);
        msg += (listed.size() == 1 ? " " : ", ");
        msg += std::string(c->name->view());
      }
      raise(vm, vm.e.TypeError, msg);
      return nullptr;
    }
    result.push_back(pick);
    for (size_t i = 0; i < seqs.size(); ++i)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == pick) ++pos[i];
  }
  Tuple* mro = tuple_alloc(vm, result.size());
  for (size_t i = 0; i < result.size(); ++i) (*mro)[i] = val(result[i]);
  return mro;
}

Value type_lookup(VM& vm, Type* type, Str* name) {
  Tuple* mro = type->mro;
  if (!mro) return dict_get_str(type->dict, name);
  for (size_t i = 0; i < mro->size; ++i) {
    Value v = dict_get_str((*mro)[i].as<Type>()->dict, name);
    if (v.ok()) return v;
  }
  return Value::error();
}

namespace {
const char* const kSpecialNames[] = {
#define KLASS_SM_NAME(f, n) n,
    KLASS_SPECIAL_METHODS(KLASS_SM_NAME)
#undef KLASS_SM_NAME
};
}  // namespace

Value lookup_special(VM& vm, Type* type, SM sm) {
  int i = static_cast<int>(sm);
  if (type->special_version != type->version) {
    std::memset(type->special_valid, 0, sizeof type->special_valid);
    type->special_version = type->version;
  }
  if (type->special_valid[i / 32] & (1u << (i % 32))) return type->special[i];
  Value v = type_lookup(vm, type, vm.intern(kSpecialNames[i]));
  type->special[i] = v;
  type->special_valid[i / 32] |= 1u << (i % 32);
  return v;
}

Type* calculate_metaclass(VM& vm, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (size_t i = 0; i < bases->size; ++i) {
    Type* bt = type_of(vm, (*bases)[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) { winner = bt; continue; }
    raise(vm, vm.e.TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
          "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

}  // namespace klass
