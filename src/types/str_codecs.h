// str.encode(), bytes.decode(), str(b, encoding) and bytes(s, encoding): the
// VM side of the text layer's codecs. Failures raise UnicodeEncodeError /
// UnicodeDecodeError carrying CPython's attributes (encoding, object, start,
// end, reason), LookupError for an unknown encoding or handler.
//
// Error handlers registered with codecs.register_error live in the dict
// vm.registry["codecs.error_handlers"] (name -> callable); a `codecs` module
// adds to it and the codecs here consult it for names they do not know.
#pragma once
#include <string_view>
#include "object/object.h"

namespace klass {

class VM;

// str -> bytes.
Value encode_text(VM& vm, Value str, std::string_view encoding, std::string_view errors);
// bytes -> str; `data` is the content of `source` (bytes or bytearray).
Value decode_bytes(VM& vm, Value source, std::string_view data, std::string_view encoding, std::string_view errors);

// The encoding/errors arguments of these functions: absent or a str; else
// TypeError "<fname>() argument '<what>' must be str, not X".
bool codec_name_arg(VM& vm, Value v, const char* fname, const char* what, std::string_view* out);

}  // namespace klass
