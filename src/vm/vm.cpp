// Creating and destroying a VM: the bootstrap order of the built-in types
// (type and object are made by hand, everything else through the normal
// machinery), the root set for the collector, and teardown.
#include "vm/vm.h"

#include <pthread.h>

#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "types/bytes.h"
#include "types/code.h"
#include "types/complex.h"
#include "types/descriptors.h"
#include "types/dict.h"
#include "types/exception.h"
#include "types/float.h"
#include "types/function.h"
#include "types/generator.h"
#include "types/int.h"
#include "types/iterators.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/module.h"
#include "types/native.h"
#include "types/set.h"
#include "types/singletons.h"
#include "types/str.h"
#include "types/super.h"
#include "types/tuple.h"
#include "modules/registry.h"
#include "vm/errors.h"

namespace klass {

namespace {

// Leaves this much machine stack for native code below the recursion check.
constexpr size_t kStackReserve = 256 * 1024;
constexpr size_t kFrameStackBytes = 64u << 20;

uintptr_t machine_stack_limit() {
  pthread_attr_t attr;
  void* base = nullptr;
  size_t size = 0;
  pthread_getattr_np(pthread_self(), &attr);
  pthread_attr_getstack(&attr, &base, &size);
  pthread_attr_destroy(&attr);
  return reinterpret_cast<uintptr_t>(base) + kStackReserve;
}

}  // namespace

VM::VM(VMConfig cfg) : config(std::move(cfg)) {
  interned = new StrTable();
  heap.set_roots(&VM::trace_roots, this);
  frame_stack_init(frames, kFrameStackBytes);
  c_stack_limit = machine_stack_limit();
  bootstrap();
  heap.set_enabled(true);
}

VM::~VM() {
  heap.set_enabled(false);
  frame_stack_free(frames);
  delete interned;
  interned = nullptr;
}

void VM::trace_roots(void* self, Tracer& tr) {
  VM& vm = *static_cast<VM*>(self);
#define KLASS_TRACE_TYPE(f, n) tr.visit(vm.t.f);
  KLASS_CORE_TYPES(KLASS_TRACE_TYPE)
#undef KLASS_TRACE_TYPE
#define KLASS_TRACE_EXC(n, b) tr.visit(vm.e.n);
  KLASS_EXCEPTION_TYPES(KLASS_TRACE_EXC)
#undef KLASS_TRACE_EXC
  vm.interned->trace(tr);
  for (Value v : {vm.not_implemented, vm.ellipsis, vm.empty_tuple, vm.empty_str, vm.empty_bytes,
                  vm.empty_frozenset, vm.current_exc, vm.handled_exc})
    tr.visit(v);
  tr.visit_range(vm.small_chars, vm.small_chars + 128);
  tr.visit(vm.builtins);
  tr.visit(vm.builtins_module);
  tr.visit(vm.sys_module);
  tr.visit(vm.modules);
  tr.visit(vm.registry);
  for (Value v : vm.extra_roots) tr.visit(v);
  for (const std::vector<Value>* a : vm.rooted_arrays)
    for (Value v : *a) tr.visit(v);
  for (const Obj* o : vm.repr_active) tr.visit(o);
  // Frames: the whole used part of the frame stack, conservatively.
  tr.visit_conservative(vm.frames.base, vm.frames.top);
  for (Frame* f = vm.frame; f; f = f->back)
    if (f->in_generator) tr.visit(f->generator);
}

void VM::bootstrap() {
  // `type` and `object` first, by hand: every other type object is an
  // instance of `type`.
  auto* type_type = static_cast<Type*>(heap.allocate(sizeof(Type)));
  type_type->cls = type_type;
  type_type->instance_size = sizeof(Type);
  type_type->layout = &kTypeLayout;
  for (auto& v : type_type->special) v = Value::error();
  t.type = type_type;
#define KLASS_ALLOC_TYPE(f, n) \
  if (!t.f) t.f = alloc_type_object(*this, type_type);
  KLASS_CORE_TYPES(KLASS_ALLOC_TYPE)
#undef KLASS_ALLOC_TYPE
#define KLASS_ALLOC_EXC(n, b) e.n = alloc_type_object(*this, type_type);
  KLASS_EXCEPTION_TYPES(KLASS_ALLOC_EXC)
#undef KLASS_ALLOC_EXC
  // Enough of str for interning, then the names.
  Str* es = str_alloc(*this, 0);
  str_seal(es);
  empty_str = val(es);
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    small_chars[c] = make_ascii_str(*this, std::string_view(&ch, 1));
  }
#define KLASS_INTERN_NAME(f, s) n.f = intern(s);
  KLASS_NAMES(KLASS_INTERN_NAME)
#undef KLASS_INTERN_NAME
  // Instance sizes of the layouts used while the types are being set up
  // (each init function sets them again, with everything else).
  t.str->instance_size = sizeof(Str);
  t.tuple->instance_size = sizeof(Tuple);
  t.list->instance_size = sizeof(List);
  t.dict->instance_size = sizeof(Dict);
  t.set->instance_size = t.frozenset->instance_size = sizeof(Set);
  t.int_->instance_size = sizeof(BigInt);
  t.float_->instance_size = sizeof(Float);
  t.builtin_function->instance_size = sizeof(BuiltinFunction);
  t.method_descriptor->instance_size = t.wrapper_descriptor->instance_size =
      t.classmethod_descriptor->instance_size = sizeof(MethodDescriptor);
  t.getset_descriptor->instance_size = sizeof(GetSetDescriptor);
  t.member_descriptor->instance_size = sizeof(MemberDescriptor);
  t.staticmethod->instance_size = t.classmethod->instance_size = sizeof(FuncWrapper);
  empty_tuple = val(tuple_alloc(*this, 0));
  registry = make_dict(*this).as<Dict>();

  init_native_types(*this);
  init_object_type(*this);
  init_type_type(*this);
  init_str_type(*this);
  init_tuple_type(*this);
  init_dict_type(*this);
  init_list_type(*this);
  init_int_type(*this);
  init_bool_type(*this);
  init_float_type(*this);
  init_complex_type(*this);
  init_set_types(*this);
  init_range_type(*this);
  init_slice_type(*this);
  init_mappingproxy_type(*this);
  init_iterator_types(*this);
  init_function_types(*this);
  init_code_type(*this);
  init_module_type(*this);
  init_descriptor_types(*this);
  init_generator_type(*this);
  init_frame_type(*this);
  init_exception_types(*this);
  init_exception_group_type(*this);
  init_bytes_types(*this);
  init_singleton_types(*this);
  init_super_type(*this);
  // Recompute every MRO now that all types exist (the early ones were made
  // while `object` had none).
#define KLASS_FIX_MRO(f, n) \
  if (t.f->bases) t.f->mro = compute_mro(*this, t.f);
  KLASS_CORE_TYPES(KLASS_FIX_MRO)
#undef KLASS_FIX_MRO
  empty_bytes = make_bytes(*this, "");
  empty_frozenset = make_frozenset(*this, Value::error());
  init_modules(*this);
}

}  // namespace klass
