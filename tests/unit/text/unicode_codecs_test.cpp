// klass's codecs against CPython 3.11: every encoding x error handler x
// input in unicode_codec_expected.inc (from tools/gen_unicode_test_cases.py).
#include <gtest/gtest.h>

#include <string_view>

#include "text/unicode_codecs.h"
#include "text/unicode_repr.h"

using namespace std::literals;

namespace klass::text {
namespace {

struct CodecCase {
    bool encoding;  // str.encode when true, bytes.decode otherwise
    std::string_view input, codec, errors;
    bool ok;
    std::string_view output;
    std::string_view error_type, error_encoding;
    std::size_t start, end;
    std::string_view reason, message;
};

#include "unicode_codec_expected.inc"

TEST(UnicodeCodecs, MatchCPython) {
    for (const CodecCase& c : kCodecCases) {
        CodecResult r = c.encoding ? encode(c.input, c.codec, c.errors) : decode(c.input, c.codec, c.errors);
        std::string shown = (c.encoding ? repr_str(c.input) + ".encode(" : repr_bytes(c.input) + ".decode(") +
                            std::string(c.codec) + ", " + std::string(c.errors) + ")";
        EXPECT_EQ(r.ok(), c.ok) << shown << (r.ok() ? "" : " raised " + r.error().message);
        if (r.ok() != c.ok) continue;
        if (c.ok) {
            EXPECT_EQ(*r, c.output) << shown;
            continue;
        }
        const CodecError& e = r.error();
        EXPECT_EQ(e.type, c.error_type) << shown;
        EXPECT_EQ(e.message, c.message) << shown;
        if (c.error_type.starts_with("Unicode")) {
            EXPECT_EQ(e.encoding, c.error_encoding) << shown;
            EXPECT_EQ(e.start, c.start) << shown;
            EXPECT_EQ(e.end, c.end) << shown;
            EXPECT_EQ(e.reason, c.reason) << shown;
        }
    }
}

TEST(UnicodeCodecs, EncodingNames) {
    EXPECT_EQ(lookup_encoding("UTF-8"), Encoding::kUtf8);
    EXPECT_EQ(lookup_encoding("utf8"), Encoding::kUtf8);
    EXPECT_EQ(lookup_encoding("Latin 1"), Encoding::kLatin1);
    EXPECT_EQ(lookup_encoding("ISO-8859-1"), Encoding::kLatin1);
    EXPECT_EQ(lookup_encoding("US-ASCII"), Encoding::kAscii);
    EXPECT_EQ(lookup_encoding("UTF-16LE"), Encoding::kUtf16Le);
    EXPECT_EQ(lookup_encoding("cp1252"), std::nullopt);
    EXPECT_EQ(encoding_name(Encoding::kLatin1), "latin-1");
}

TEST(UnicodeCodecs, ErrorMessagesFromAttributes) {
    // What UnicodeDecodeError.__str__ shows after the VM reads its attributes.
    EXPECT_EQ(decode_error_message("utf-8", "\xff", 0, 1, "invalid start byte"),
              "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    EXPECT_EQ(decode_error_message("utf-8", "\xe2\x82", 0, 2, "unexpected end of data"),
              "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    EXPECT_EQ(encode_error_message("ascii", "a\xe2\x82\xac", 1, 2, "ordinal not in range(128)"),
              "'ascii' codec can't encode character '\\u20ac' in position 1: ordinal not in range(128)");
    EXPECT_EQ(encode_error_message("latin-1", "\xf0\x9f\x98\x80", 0, 1, "ordinal not in range(256)"),
              "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)");
}

// Handlers registered with codecs.register_error (expectations from
// CPython 3.11 with the same handlers written in Python).
CustomErrorHandler answer(std::string replacement, std::int64_t resume, bool is_bytes = false) {
    return [=](const CodecError&) { return std::optional(ErrorHandlerReply{replacement, is_bytes, resume}); };
}

TEST(UnicodeCodecs, CustomErrorHandlers) {
    CustomErrorHandler show_range = [](const CodecError& e) {
        EXPECT_TRUE(e.type == "UnicodeDecodeError" || e.type == "UnicodeEncodeError");
        return std::optional(ErrorHandlerReply{
            "<" + std::to_string(e.start) + "-" + std::to_string(e.end) + ">", false, static_cast<std::int64_t>(e.end)});
    };
    EXPECT_EQ(*decode("a\xff" "b\xe2\x82", "utf-8", "t1", &show_range), "a<1-2>b<3-5>");
    EXPECT_EQ(*encode("a\xe2\x82\xac\xe2\x82\xac" "b", "ascii", "t1", &show_range), "a<1-3>b");
    EXPECT_EQ(*encode("a\xc3\xa9\xe2\x82\xac" "b", "latin-1", "t1", &show_range), "a\xe9<2-3>b");

    auto negative = answer("<N>", -1);
    EXPECT_EQ(*decode("a\xff" "bc", "utf-8", "neg", &negative), "a<N>c");

    auto out_of_bounds = answer("", 10);
    CodecResult oob = decode("a\xff", "utf-8", "oob", &out_of_bounds);
    EXPECT_EQ(oob.error().type, "IndexError");
    EXPECT_EQ(oob.error().message, "position 10 from error handler out of bounds");
    EXPECT_EQ(encode("a\xe2\x82\xac" "b", "latin-1", "oob", &out_of_bounds).error().type, "IndexError");

    auto raw = answer("\xfe", 1, /*is_bytes=*/true);
    EXPECT_EQ(decode("a\xff", "utf-8", "bytes", &raw).error().message,
              "decoding error handler must return (str, int) tuple");
    EXPECT_EQ(*encode("\xc4\x80", "latin-1", "bytes", &raw), "\xfe");

    // A str replacement must itself be encodable.
    auto latin = answer("\xc3\xa9", 1);
    EXPECT_EQ(*encode("\xc4\x80", "latin-1", "lat", &latin), "\xe9");
    CodecResult refused = encode("\xc4\x80", "ascii", "lat", &latin);
    EXPECT_EQ(refused.error().message,
              "'ascii' codec can't encode character '\\u0100' in position 0: ordinal not in range(128)");

    // The handler raised: the VM holds the exception.
    CustomErrorHandler raising = [](const CodecError&) { return std::optional<ErrorHandlerReply>(); };
    EXPECT_EQ(decode("\xff", "utf-8", "x", &raising).error().type, kPendingException);
    // Built-in names never reach the custom handler.
    EXPECT_EQ(*decode("\xff", "utf-8", "replace", &raising), "\xef\xbf\xbd");
}

TEST(UnicodeCodecs, LargeInputRoundTrips) {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80 ";
    for (std::string_view enc : {"utf-8", "utf-16", "utf-32-be"}) {
        CodecResult bytes = encode(text, enc);
        ASSERT_TRUE(bytes.ok()) << enc;
        CodecResult back = decode(*bytes, enc);
        ASSERT_TRUE(back.ok()) << enc;
        EXPECT_EQ(*back, text) << enc;
    }
}

}  // namespace
}  // namespace klass::text
