// The special ("dunder") methods klass looks up on an object's type.
//
// Operators and protocols never look at the instance: they ask the type, via a
// per-type cache indexed by this enum (Type::special). The cache is filled
// lazily from the MRO and dropped whenever the type's version changes, so a
// dunder assigned on a class (or a base) after creation takes effect at once,
// for built-in and user classes alike.
#pragma once
#include <cstdint>

namespace klass {

// X(enumerator, "dunder name"); C++ keywords get a trailing underscore.
#define KLASS_SPECIAL_METHODS(X) \
  X(repr, "__repr__") X(str, "__str__") X(hash, "__hash__") X(bool_, "__bool__") \
  X(len, "__len__") X(iter, "__iter__") X(next, "__next__") X(call, "__call__") \
  X(format, "__format__") X(bytes, "__bytes__") X(eq, "__eq__") X(ne, "__ne__") X(lt, "__lt__") \
  X(le, "__le__") X(gt, "__gt__") X(ge, "__ge__") X(getattribute, "__getattribute__") \
  X(getattr, "__getattr__") X(setattr, "__setattr__") X(delattr, "__delattr__") \
  X(get, "__get__") X(set, "__set__") X(delete_, "__delete__") X(getitem, "__getitem__") \
  X(setitem, "__setitem__") X(delitem, "__delitem__") X(contains, "__contains__") \
  X(missing, "__missing__") X(reversed, "__reversed__") X(length_hint, "__length_hint__") \
  X(init, "__init__") X(new_, "__new__") X(del_, "__del__") \
  X(init_subclass, "__init_subclass__") X(set_name, "__set_name__") \
  X(class_getitem, "__class_getitem__") X(mro_entries, "__mro_entries__") \
  X(instancecheck, "__instancecheck__") X(subclasscheck, "__subclasscheck__") \
  X(prepare, "__prepare__") X(enter, "__enter__") X(exit, "__exit__") X(await_, "__await__") \
  X(aiter, "__aiter__") X(anext, "__anext__") X(fspath, "__fspath__") X(neg, "__neg__") \
  X(pos, "__pos__") X(invert, "__invert__") X(abs, "__abs__") X(index, "__index__") \
  X(int_, "__int__") X(float_, "__float__") X(complex, "__complex__") X(round, "__round__") \
  X(trunc, "__trunc__") X(floor, "__floor__") X(ceil, "__ceil__") X(add, "__add__") \
  X(and_, "__and__") X(floordiv, "__floordiv__") X(lshift, "__lshift__") X(matmul, "__matmul__") \
  X(mul, "__mul__") X(mod, "__mod__") X(or_, "__or__") X(pow, "__pow__") X(rshift, "__rshift__") \
  X(sub, "__sub__") X(truediv, "__truediv__") X(xor_, "__xor__") X(radd, "__radd__") \
  X(rand, "__rand__") X(rfloordiv, "__rfloordiv__") X(rlshift, "__rlshift__") \
  X(rmatmul, "__rmatmul__") X(rmul, "__rmul__") X(rmod, "__rmod__") X(ror, "__ror__") \
  X(rpow, "__rpow__") X(rrshift, "__rrshift__") X(rsub, "__rsub__") X(rtruediv, "__rtruediv__") \
  X(rxor, "__rxor__") X(iadd, "__iadd__") X(iand, "__iand__") X(ifloordiv, "__ifloordiv__") \
  X(ilshift, "__ilshift__") X(imatmul, "__imatmul__") X(imul, "__imul__") X(imod, "__imod__") \
  X(ior, "__ior__") X(ipow, "__ipow__") X(irshift, "__irshift__") X(isub, "__isub__") \
  X(itruediv, "__itruediv__") X(ixor, "__ixor__") X(divmod, "__divmod__") \
  X(rdivmod, "__rdivmod__")

enum class SM : uint8_t {
#define KLASS_SM_ENUM(f, n) f,
  KLASS_SPECIAL_METHODS(KLASS_SM_ENUM)
#undef KLASS_SM_ENUM
  COUNT_
};
constexpr int kSpecialCount = static_cast<int>(SM::COUNT_);

// The three operator rows are laid out in BinaryOp order (see compile/opcodes.h):
// SM::add + k, SM::radd + k and SM::iadd + k belong to BinaryOp k.
inline SM sm_binary(int k) { return static_cast<SM>(static_cast<int>(SM::add) + k); }
inline SM sm_reflected(int k) { return static_cast<SM>(static_cast<int>(SM::radd) + k); }
inline SM sm_inplace(int k) { return static_cast<SM>(static_cast<int>(SM::iadd) + k); }

}  // namespace klass
