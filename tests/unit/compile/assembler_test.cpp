// CodeBuilder's assembler: labels, stack depth, exception table, caches,
// removal of dead code and pseudo-instructions.
#include <gtest/gtest.h>

#include "compile/code_builder.h"

namespace {

using klass::CodeUnit;
using klass::Op;
using klass::compile::CodeBuilder;
using klass::compile::Region;

TEST(Assembler, ResolvesLabelsAndComputesStackSize) {
  CodeBuilder b;
  auto end = b.new_label();
  b.emit(Op::LOAD_CONST, 0);
  b.emit_jump(Op::POP_JUMP_IF_FALSE, end);
  b.emit(Op::LOAD_CONST, 0);
  b.emit(Op::LOAD_CONST, 0);
  b.emit(Op::BINARY_OP, 0);
  b.emit(Op::POP_TOP);
  b.bind(end);
  b.emit(Op::LOAD_CONST, 0);
  b.emit(Op::RETURN_VALUE);
  CodeUnit code;
  std::string error;
  ASSERT_TRUE(b.assemble(code, error)) << error;
  ASSERT_EQ(code.code.size(), 8u);
  EXPECT_EQ(code.code[1].arg, 6u);
  EXPECT_EQ(code.stacksize, 2);
  EXPECT_EQ(code.code[4].cache, 0);   // BINARY_OP
  EXPECT_EQ(code.code[0].cache, 0xffff);
  EXPECT_EQ(code.cache_count, 1);
  EXPECT_EQ(code.spans.size(), code.code.size());
}

TEST(Assembler, BuildsTheExceptionTableFromRegions) {
  CodeBuilder b;
  auto handler = b.new_label(), done = b.new_label();
  b.emit(Op::LOAD_CONST, 0);             // 0: one value below the region
  b.setup(Region::Finally, handler);
  b.emit(Op::LOAD_NAME, 0);              // 1
  b.emit(Op::POP_TOP);                   // 2
  b.pop_block();
  b.emit_jump(Op::JUMP, done);           // 3
  b.bind(handler);
  b.emit(Op::POP_TOP);                   // 4: the exception
  b.bind(done);
  b.emit(Op::RETURN_VALUE);              // 5
  CodeUnit code;
  std::string error;
  ASSERT_TRUE(b.assemble(code, error)) << error;
  ASSERT_EQ(code.exceptions.size(), 1u);
  EXPECT_EQ(code.exceptions[0].start, 1u);
  EXPECT_EQ(code.exceptions[0].end, 3u);
  EXPECT_EQ(code.exceptions[0].target, 4u);
  EXPECT_EQ(code.exceptions[0].depth, 1);
  EXPECT_FALSE(code.exceptions[0].push_lasti);
}

TEST(Assembler, DropsUnreachableCode) {
  CodeBuilder b;
  b.emit(Op::LOAD_CONST, 0);
  b.emit(Op::RETURN_VALUE);
  b.emit(Op::LOAD_CONST, 1);  // never reached
  b.emit(Op::RETURN_VALUE);
  CodeUnit code;
  std::string error;
  ASSERT_TRUE(b.assemble(code, error)) << error;
  EXPECT_EQ(code.code.size(), 2u);
}

TEST(Assembler, ReportsInconsistentStacksInsteadOfCrashing) {
  CodeBuilder b;
  b.emit(Op::POP_TOP);  // underflow
  b.emit(Op::RETURN_VALUE);
  CodeUnit code;
  std::string error;
  EXPECT_FALSE(b.assemble(code, error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
