# Code object attributes.
def sample(a, b=2, *args, c, d=4, **kwargs):
    """doc"""
    local = a + b
    def inner():
        return local
    return inner

co = sample.__code__
print(co.co_name, co.co_qualname, co.co_filename)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars, sample(1, c=3).__code__.co_freevars)
print(co.co_firstlineno, type(co.co_code).__name__)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
print(type(co.co_consts).__name__, type(co.co_names).__name__)
print(co.co_stacksize > 0, type(co).__name__)
mod_code = compile('x = 1\ny = x\n', 'module_file.py', 'exec')
print(mod_code.co_name, mod_code.co_filename, mod_code.co_names, mod_code.co_firstlineno)
lam = lambda q: q
print(lam.__code__.co_name, lam.__code__.co_varnames)

def gen():
    yield 1

print(bool(gen.__code__.co_flags & 0x20), bool(sample.__code__.co_flags & 0x20))
c2 = co.replace(co_name='renamed')
print(c2.co_name, co.co_name)
