// One klass virtual machine: its heap, its built-in types, its modules and the
// state of the running program. Nothing in klass is global; every function
// takes the VM it works for. Several VMs may run side by side on different
// threads; one VM is used by one thread at a time.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gc/heap.h"
#include "object/object.h"
#include "object/type.h"
#include "vm/interpreter.h"

namespace klass {

struct Str;
struct Tuple;
struct Dict;
struct Module;
struct Frame;
struct Code;
struct FrameObject;
class StrTable;

// The built-in types every VM creates at start-up: X(field, "name").
#define KLASS_CORE_TYPES(X)                                                              \
  X(object, "object") X(type, "type") X(int_, "int") X(bool_, "bool") X(float_, "float")  \
  X(complex, "complex") X(str, "str") X(bytes, "bytes") X(bytearray, "bytearray")         \
  X(list, "list") X(tuple, "tuple") X(dict, "dict") X(set, "set") X(frozenset, "frozenset") \
  X(range, "range") X(slice, "slice") X(none, "NoneType")                                 \
  X(not_implemented, "NotImplementedType") X(ellipsis, "ellipsis")                        \
  X(function, "function") X(builtin_function, "builtin_function_or_method")               \
  X(method_descriptor, "method_descriptor") X(wrapper_descriptor, "wrapper_descriptor")   \
  X(classmethod_descriptor, "classmethod_descriptor")                                     \
  X(getset_descriptor, "getset_descriptor") X(member_descriptor, "member_descriptor")     \
  X(method, "method") X(code, "code") X(frame, "frame") X(cell, "cell")                   \
  X(module, "module") X(generator, "generator") X(coroutine, "coroutine")                 \
  X(property, "property") X(classmethod, "classmethod") X(staticmethod, "staticmethod")   \
  X(super, "super") X(mappingproxy, "mappingproxy") X(traceback, "traceback")             \
  X(list_iterator, "list_iterator") X(list_reverseiterator, "list_reverseiterator")       \
  X(tuple_iterator, "tuple_iterator") X(str_iterator, "str_ascii_iterator")               \
  X(bytes_iterator, "bytes_iterator") X(range_iterator, "range_iterator")                 \
  X(dict_keyiterator, "dict_keyiterator") X(dict_valueiterator, "dict_valueiterator")     \
  X(dict_itemiterator, "dict_itemiterator") X(dict_keys, "dict_keys")                     \
  X(dict_values, "dict_values") X(dict_items, "dict_items") X(set_iterator, "set_iterator") \
  X(seq_iterator, "iterator") X(callable_iterator, "callable_iterator")                   \
  X(enumerate, "enumerate") X(zip, "zip") X(map, "map") X(filter, "filter")               \
  X(reversed, "reversed") X(namespace_, "types.SimpleNamespace")

// The exception hierarchy: X(name, base); the root names itself as its base.
#define KLASS_EXCEPTION_TYPES(X)                                                         \
  X(BaseException, BaseException) X(BaseExceptionGroup, BaseException) X(Exception, BaseException) \
  X(GeneratorExit, BaseException) X(KeyboardInterrupt, BaseException)                     \
  X(SystemExit, BaseException) X(ArithmeticError, Exception) X(AssertionError, Exception) \
  X(AttributeError, Exception) X(BufferError, Exception) X(EOFError, Exception)           \
  X(ImportError, Exception) X(LookupError, Exception) X(MemoryError, Exception)           \
  X(NameError, Exception) X(OSError, Exception) X(ReferenceError, Exception)             \
  X(RuntimeError, Exception) X(StopAsyncIteration, Exception) X(StopIteration, Exception) \
  X(SyntaxError, Exception) X(SystemError, Exception) X(TypeError, Exception)             \
  X(ValueError, Exception) X(Warning, Exception) X(FloatingPointError, ArithmeticError)   \
  X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError)                 \
  X(BytesWarning, Warning) X(DeprecationWarning, Warning) X(EncodingWarning, Warning)     \
  X(FutureWarning, Warning) X(ImportWarning, Warning)                                     \
  X(PendingDeprecationWarning, Warning) X(ResourceWarning, Warning)                       \
  X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(UnicodeWarning, Warning)         \
  X(UserWarning, Warning) X(BlockingIOError, OSError) X(ChildProcessError, OSError)       \
  X(ConnectionError, OSError) X(FileExistsError, OSError) X(FileNotFoundError, OSError)   \
  X(InterruptedError, OSError) X(IsADirectoryError, OSError)                              \
  X(NotADirectoryError, OSError) X(PermissionError, OSError)                              \
  X(ProcessLookupError, OSError) X(TimeoutError, OSError) X(IndentationError, SyntaxError) \
  X(IndexError, LookupError) X(KeyError, LookupError) X(ModuleNotFoundError, ImportError) \
  X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError)                    \
  X(UnboundLocalError, NameError) X(UnicodeError, ValueError)                             \
  X(BrokenPipeError, ConnectionError) X(ConnectionAbortedError, ConnectionError)         \
  X(ConnectionRefusedError, ConnectionError) X(ConnectionResetError, ConnectionError)     \
  X(TabError, IndentationError) X(UnicodeDecodeError, UnicodeError)                       \
  X(UnicodeEncodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError)              \
  X(ExceptionGroup, BaseExceptionGroup)

// Identifiers the runtime uses often, interned once per VM: X(field, "text").
#define KLASS_NAMES(X)                                                                    \
  X(__name__, "__name__") X(__qualname__, "__qualname__") X(__module__, "__module__")     \
  X(__doc__, "__doc__") X(__dict__, "__dict__") X(__class__, "__class__")                 \
  X(__classcell__, "__classcell__") X(__annotations__, "__annotations__")                 \
  X(__builtins__, "__builtins__") X(__main__, "__main__") X(__file__, "__file__")         \
  X(__package__, "__package__") X(__path__, "__path__") X(__spec__, "__spec__")           \
  X(__loader__, "__loader__") X(__all__, "__all__") X(__slots__, "__slots__")             \
  X(__weakref__, "__weakref__") X(__orig_bases__, "__orig_bases__")                       \
  X(__import__, "__import__") X(__build_class__, "__build_class__")                       \
  X(__abstractmethods__, "__abstractmethods__") X(__wrapped__, "__wrapped__")             \
  X(__match_args__, "__match_args__") X(__self__, "__self__") X(dunder_func, "__func__")     \
  X(__cached__, "__cached__") X(__isabstractmethod__, "__isabstractmethod__")             \
  X(__index__, "__index__")                                                               \
  X(metaclass, "metaclass") X(send, "send") X(throw_, "throw") X(close, "close")           \
  X(keys, "keys") X(items, "items") X(values, "values") X(write, "write") X(flush, "flush") \
  X(readline, "readline") X(mro, "mro") X(args, "args") X(displayhook, "displayhook")      \
  X(excepthook, "excepthook") X(stdout, "stdout") X(stderr, "stderr") X(stdin, "stdin")   \
  X(path, "path") X(modules, "modules") X(argv, "argv") X(value, "value") X(code, "code")  \
  X(empty, "") X(lambda_, "<lambda>") X(module_, "<module>") X(star, "*") X(name, "name")  \
  X(obj, "obj") X(errno_, "errno") X(strerror, "strerror") X(filename, "filename")

struct CoreTypes {
#define KLASS_TYPE_FIELD(f, n) Type* f = nullptr;
  KLASS_CORE_TYPES(KLASS_TYPE_FIELD)
#undef KLASS_TYPE_FIELD
};

struct ExceptionTypes {
#define KLASS_EXC_FIELD(n, b) Type* n = nullptr;
  KLASS_EXCEPTION_TYPES(KLASS_EXC_FIELD)
#undef KLASS_EXC_FIELD
};

struct Names {
#define KLASS_NAME_FIELD(f, s) Str* f = nullptr;
  KLASS_NAMES(KLASS_NAME_FIELD)
#undef KLASS_NAME_FIELD
};

// Per-VM settings a host may choose before start-up (klass::Options mirrors it).
struct VMConfig {
  std::vector<std::string> argv;       // sys.argv
  std::vector<std::string> path;       // extra entries for sys.path (the script's folder comes first)
  bool interactive = false;
};

class VM {
 public:
  explicit VM(VMConfig config = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap heap;
  CoreTypes t;
  ExceptionTypes e;
  Names n;
  VMConfig config;

  // Singletons that are objects (None/True/False are immediates in Value).
  Value not_implemented, ellipsis, empty_tuple, empty_str, empty_bytes, empty_frozenset;
  Value small_chars[128];      // one-character ASCII strings
  Dict* builtins = nullptr;    // the builtins module's dict
  Module* builtins_module = nullptr;
  Module* sys_module = nullptr;
  Dict* modules = nullptr;     // sys.modules
  Dict* registry = nullptr;    // objects the runtime keeps for itself, by name (not visible to programs)
  StrTable* interned = nullptr;

  // ---- exceptions (see vm/errors.h) ----
  Value current_exc;           // being raised now; error() when none
  Value handled_exc;           // sys.exc_info()[1]: the exception an except block handles
  bool has_exc() const { return current_exc.ok(); }

  // ---- execution state (see vm/interpreter.h) ----
  FrameStack frames;           // where ordinary calls push their frames
  Frame* frame = nullptr;      // innermost running frame
  int depth = 0;               // Python call depth, for RecursionError
  int recursion_limit = 1000;
  uintptr_t c_stack_limit = 0; // below this the machine stack is too deep: RecursionError
  volatile int pending_signal = 0;  // set by the SIGINT handler, polled at backward jumps and calls
  uint64_t next_type_version = 1;

  // Objects whose repr is being computed (self-referencing containers print "...").
  std::vector<const Obj*> repr_active;

  // Values C++ code keeps outside GC objects (klass::Ref uses this).
  std::vector<Value> extra_roots;
  // Live RootedValues arrays (vm/rooted.h), innermost last.
  std::vector<std::vector<Value>*> rooted_arrays;

  // Interns a string: returns the VM's unique Str for this text.
  Str* intern(std::string_view s);

 private:
  static void trace_roots(void* self, Tracer& t);
  void bootstrap();
};

}  // namespace klass
