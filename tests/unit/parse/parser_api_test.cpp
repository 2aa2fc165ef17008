// The parser's API: modes, incomplete input, robustness, constants.
#include <gtest/gtest.h>

#include <string>

#include "parse/ast_dump.h"
#include "parse/parser.h"

namespace {

using klass::parse::ParseMode;
using klass::parse::parse;

std::string dump_of(const std::string& source, ParseMode mode = ParseMode::Exec, bool attributes = false) {
    auto result = parse(source, "<test>", mode);
    if (!result.ok()) return "error: " + result.error().msg;
    return klass::parse::dump(*result.tree(), attributes);
}

TEST(ParserApi, EvalMode) {
    EXPECT_EQ(dump_of("1 + 2\n", ParseMode::Eval),
              "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
    EXPECT_EQ(dump_of("a, b", ParseMode::Eval),
              "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
    EXPECT_EQ(dump_of("x = 1", ParseMode::Eval), "error: invalid syntax");
}

TEST(ParserApi, SingleMode) {
    EXPECT_EQ(dump_of("x = 1\n", ParseMode::Single),
              "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    EXPECT_EQ(dump_of("if x:\n  y\n\n", ParseMode::Single),
              "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
              "orelse=[])])");
    EXPECT_EQ(dump_of("a; b\n", ParseMode::Single),
              "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))])");
}

TEST(ParserApi, IncompleteInput) {
    for (const char* source : {"if x:\n", "x = (1,\n", "s = '''abc\n", "def f():\n", "x = 1 + \\\n", "foo(\n"}) {
        auto result = parse(source, "<stdin>", ParseMode::Single);
        ASSERT_FALSE(result.ok()) << source;
        EXPECT_TRUE(result.error().incomplete_input) << source << ": " << result.error().msg;
    }
    for (const char* source : {"x = 1 +\n", "a b\n", "x = )\n", "'abc\n"}) {
        auto result = parse(source, "<stdin>", ParseMode::Single);
        ASSERT_FALSE(result.ok()) << source;
        EXPECT_FALSE(result.error().incomplete_input) << source;
    }
}

TEST(ParserApi, ErrorDetails) {
    auto result = parse("x = 1\nif x\n  pass\n", "mod.py", ParseMode::Exec);
    ASSERT_FALSE(result.ok());
    const auto& e = result.error();
    EXPECT_EQ(e.type, "SyntaxError");
    EXPECT_EQ(e.msg, "expected ':'");
    EXPECT_EQ(e.filename, "mod.py");
    EXPECT_EQ(e.lineno, 2);
    EXPECT_EQ(e.offset, 5);
    EXPECT_EQ(e.text, "if x\n");
}

TEST(ParserApi, DeepNestingIsAnErrorNotACrash) {
    std::string parens(300, '(');
    auto result = parse("x = " + parens + "1", "<test>", ParseMode::Exec);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().msg, "too many nested parentheses");

    std::string lambdas;
    for (int i = 0; i < 5000; ++i) lambdas += "lambda: ";
    auto deep = parse(lambdas + "0\n", "<test>", ParseMode::Exec);
    ASSERT_FALSE(deep.ok());

    std::string minus(20000, '-');
    EXPECT_TRUE(parse(minus + "x\n", "<test>", ParseMode::Exec).ok());
    std::string nots;
    for (int i = 0; i < 5000; ++i) nots += "not ";
    EXPECT_TRUE(parse(nots + "x\n", "<test>", ParseMode::Exec).ok());
}

TEST(ParserApi, GarbageNeverCrashes) {
    const char* inputs[] = {"\xff\xfe", "x\x01", "f'{", "f'{x!", "f'{x:{y:{z}}}'", "@", "lambda", "match x:\n case",
                            "def", "class", "(*)", "[**x]", "{**}", "x[", "'\\N{", "b'\\x'", "u'\\U11111111'",
                            "\\", "if x:\n\tpass\n        pass\n", "try:\n pass\nexcept* :\n pass\n"};
    for (const char* input : inputs) {
        auto result = parse(input, "<fuzz>", ParseMode::Exec);
        EXPECT_FALSE(result.ok()) << input;
    }
}

TEST(ParserApi, Constants) {
    auto result = parse("9223372036854775807\n9223372036854775808\n0x10\n1.5\n2j\n'\\ud800'\nb'\\xff'\n", "<t>",
                        ParseMode::Exec);
    ASSERT_TRUE(result.ok());
    auto* module = result.tree()->as<klass::ast::Module>();
    auto value = [&](int i) -> const klass::ast::ConstantValue& {
        return module->body[i]->as<klass::ast::ExprStmt>()->value->as<klass::ast::Constant>()->value;
    };
    EXPECT_TRUE(value(0).int_fits);
    EXPECT_EQ(value(0).int_value, INT64_MAX);
    EXPECT_FALSE(value(1).int_fits);
    EXPECT_EQ(value(1).text, "9223372036854775808");
    EXPECT_EQ(value(2).int_value, 16);
    EXPECT_EQ(value(3).float_value, 1.5);
    EXPECT_EQ(value(4).kind, klass::ast::ConstantValue::Kind::Complex);
    EXPECT_EQ(value(4).float_value, 2.0);
    EXPECT_EQ(value(5).text, "\xED\xA0\x80");  // generalized UTF-8 for a lone surrogate
    EXPECT_EQ(value(6).text, "\xff");
}

TEST(ParserApi, IdentifiersAreNfkcNormalized) {
    EXPECT_EQ(dump_of("\xef\xac\x81le = 1\n"),  // U+FB01 LATIN SMALL LIGATURE FI
              "Module(body=[Assign(targets=[Name(id='file', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
}

}  // namespace
