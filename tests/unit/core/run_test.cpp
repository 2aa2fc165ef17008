// Running source through the whole pipeline: parse, compile, load, execute.
#include <gtest/gtest.h>

#include "object/ops.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/str.h"
#include "types/module.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/source.h"
#include "vm/vm.h"

namespace klass {
namespace {

Value run(VM& vm, Dict* globals, const char* src) {
  Code* code = compile_source(vm, src, "<test>", SourceMode::Exec);
  if (!code) return Value::error();
  return run_code(vm, code, globals, Value::error());
}

TEST(Run, ExecutesStatementsIntoGlobals) {
  VM vm;
  Dict* g = make_dict(vm).as<Dict>();
  ASSERT_TRUE(run(vm, g, "greeting = 'hello' + ' ' + 'world'").ok());
  Value v = dict_get_cstr(vm, g, "greeting");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(sv(v), "hello world");
}

TEST(Run, ClassesAreMadeByTheirMetaclass) {
  VM vm;
  Dict* g = make_dict(vm).as<Dict>();
  ASSERT_TRUE(run(vm, g,
                  "class Meta(type):\n"
                  "    def __new__(m, name, bases, ns):\n"
                  "        ns['tag'] = 'made by ' + m.__name__\n"
                  "        return super().__new__(m, name, bases, ns)\n"
                  "class C(metaclass=Meta):\n"
                  "    pass\n"
                  "result = C.tag\n")
                  .ok());
  EXPECT_EQ(sv(dict_get_cstr(vm, g, "result")), "made by Meta");
}

TEST(Run, SyntaxErrorsAreExceptions) {
  VM vm;
  Dict* g = make_dict(vm).as<Dict>();
  EXPECT_FALSE(run(vm, g, "x = (").ok());
  EXPECT_TRUE(exc_matches(vm, vm.e.SyntaxError));
}

TEST(Run, RuntimeErrorsAreExceptions) {
  VM vm;
  Dict* g = make_dict(vm).as<Dict>();
  EXPECT_FALSE(run(vm, g, "undefined_name").ok());
  EXPECT_TRUE(exc_matches(vm, vm.e.NameError));
}

TEST(Run, DeepRecursionIsRecursionError) {
  VM vm;
  Dict* g = make_dict(vm).as<Dict>();
  EXPECT_FALSE(run(vm, g, "def f(): return f()\nf()").ok());
  EXPECT_TRUE(exc_matches(vm, vm.e.RecursionError));
}

}  // namespace
}  // namespace klass
