// Compiles every tests/compile/cases/*.py and compares the disassembly with
// the reviewed golden file next to it (regenerate with
// tools/regen_compile_golden.sh, then review against python3's dis).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "compile/compiler.h"
#include "compile/dis.h"
#include "parse/parser.h"

namespace {

namespace fs = std::filesystem;

fs::path cases_dir() { return fs::path(__FILE__).parent_path() / ".." / ".." / "compile" / "cases"; }

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(CompileGolden, EveryCaseMatchesItsDisassembly) {
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(cases_dir())) {
    if (entry.path().extension() != ".py") continue;
    ++cases;
    const std::string name = entry.path().filename().string();
    SCOPED_TRACE(name);
    fs::path golden = entry.path();
    golden.replace_extension(".dis");
    ASSERT_TRUE(fs::exists(golden)) << "missing " << golden;
    auto parsed = klass::parse::parse(read(entry.path()), name, klass::parse::ParseMode::Exec);
    ASSERT_TRUE(parsed.ok()) << parsed.error().msg;
    auto compiled = klass::compile::compile_module(*parsed.tree(), name, klass::compile::CompileMode::Exec, 0);
    ASSERT_TRUE(compiled.ok()) << compiled.error.msg;
    EXPECT_EQ(klass::compile::disassemble(*compiled.code), read(golden));
  }
  EXPECT_GT(cases, 5);
}

}  // namespace
