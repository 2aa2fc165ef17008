# sys attributes with deterministic values.
import sys
print(sys.argv)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform)
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules)
print(sys.builtin_module_names.__class__.__name__, 'sys' in sys.builtin_module_names)
print(sys.getrecursionlimit(), sys.implementation.name in ('cpython', 'klass'))
print(sys.stdout.__class__.__name__, sys.stderr is not sys.stdout, sys.stdin is not None)
print(sys.intern('abc') is sys.intern('ab' + 'c'))
print(sys.float_info.max, sys.float_info.dig)
print(sys.getdefaultencoding(), sys.flags.optimize)
print(sys.hash_info.width, sys.maxunicode)
print(callable(sys.exit), callable(sys.getsizeof), sys.exc_info())
