# The built-in exception hierarchy.
def chain(cls):
    return ' -> '.join(c.__name__ for c in cls.__mro__)

for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeDecodeError,
            TypeError, NameError, UnboundLocalError, AttributeError, RuntimeError,
            RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, OSError, FileNotFoundError, PermissionError,
            IsADirectoryError, TimeoutError, ImportError, ModuleNotFoundError, AssertionError,
            EOFError, SyntaxError, IndentationError, TabError, MemoryError, BufferError,
            ConnectionResetError, BrokenPipeError, Warning, DeprecationWarning, UserWarning,
            ExceptionGroup, BaseExceptionGroup]:
    print(chain(cls))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyboardInterrupt, Exception))
