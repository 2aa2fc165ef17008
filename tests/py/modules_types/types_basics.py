# types: the named built-in types, SimpleNamespace, ModuleType, MethodType, MappingProxyType, new_class, prepare_class.
import types
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.GeneratorType, types.MappingProxyType, types.CodeType, types.CellType, types.FrameType, types.TracebackType, types.NoneType, types.GetSetDescriptorType, types.MemberDescriptorType)
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [ns]; print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[ns]), ns.a)
class NS(types.SimpleNamespace): pass
print(NS(z=1), types.SimpleNamespace())
try: types.SimpleNamespace(1)
except TypeError as e: print('TypeError')
m = types.ModuleType('mymod', 'doc'); m.x = 1; print(m.__name__, m.__doc__, m.x)
def f(self): return self
class A: pass
a = A(); bm = types.MethodType(f, a); print(bm() is a)
mp = types.MappingProxyType({'k': 1}); print(mp['k'], len(mp), list(mp))
try: mp['k'] = 2
except TypeError as e: print(e)
C = types.new_class('C', (A,), {}, lambda ns: ns.update(x=5)); print(C.x, C.__bases__, C.__name__)
print(types.resolve_bases((A, int)), types.prepare_class('D', (A,))[0], isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw): return {'prepared': True}
print(types.prepare_class('E', (), {'metaclass': Meta})[1])
