// The VM side of the codecs (see str_codecs.h): argument checks, the
// Unicode*Error objects and handlers registered from Python.
#include "types/str_codecs.h"

#include <optional>
#include <string>

#include "object/ops.h"
#include "text/unicode_codecs.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/str.h"
#include "types/str_args.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

// UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason).
Value make_unicode_error(VM& vm, const text::CodecError& e, Value object, bool encoding) {
  Value enc = make_str(vm, e.encoding);
  Value reason = make_str(vm, e.reason);
  if (!enc.ok() || !reason.ok()) return Value::error();
  Value args[5] = {enc, object, make_int(vm, static_cast<int64_t>(e.start)), make_int(vm, static_cast<int64_t>(e.end)),
                   reason};
  return call(vm, val(encoding ? vm.e.UnicodeEncodeError : vm.e.UnicodeDecodeError), args, 5);
}

Value raise_codec_error(VM& vm, const text::CodecError& e, Value object, bool encoding) {
  if (e.type == text::kPendingException && vm.has_exc()) return Value::error();
  if (e.type == "UnicodeEncodeError" || e.type == "UnicodeDecodeError") {
    Value exc = make_unicode_error(vm, e, object, encoding);
    if (!exc.ok()) return exc;
    return raise_value(vm, exc);
  }
  if (e.type == "LookupError") return raise(vm, vm.e.LookupError, e.message);
  return raise_text_error(vm, e.as_text_error());
}

// A handler registered with codecs.register_error, if any.
Value registered_handler(VM& vm, std::string_view name) {
  Value table = dict_get_cstr(vm, vm.registry, "codecs.error_handlers");
  if (!table.ok() || !isinstance_of(vm, table, vm.t.dict)) {
    clear_exc(vm);
    return Value::error();
  }
  Str* key = vm.intern(name);
  if (!key) return Value::error();
  return dict_get_str(table.as<Dict>(), key);
}

// Adapts a Python error handler to the text layer's callback: it receives the
// exception and answers (replacement, position).
text::CustomErrorHandler python_handler(VM& vm, Value handler, Value object, bool encoding) {
  return [&vm, handler, object, encoding](const text::CodecError& e) -> std::optional<text::ErrorHandlerReply> {
    Value exc = make_unicode_error(vm, e, object, encoding);
    if (!exc.ok()) return std::nullopt;
    Value r = call1(vm, handler, exc);
    if (!r.ok()) return std::nullopt;
    const char* shape = encoding ? "encoding error handler must return (str/bytes, int) tuple"
                                 : "decoding error handler must return (str, int) tuple";
    if (!r.is_object() || !(r.as_object()->cls->flags & TF_TUPLE_SUBCLASS) || r.as<Tuple>()->size != 2) {
      raise(vm, vm.e.TypeError, shape);
      return std::nullopt;
    }
    Value rep = (*r.as<Tuple>())[0], pos = (*r.as<Tuple>())[1];
    text::ErrorHandlerReply reply;
    std::string_view data;
    if (isinstance_of(vm, rep, vm.t.str)) {
      reply.replacement.assign(sv(rep));
    } else if (encoding && isinstance_of(vm, rep, vm.t.bytes) && bytes_like(vm, rep, &data)) {
      reply.replacement.assign(data);
      reply.is_bytes = true;
    } else {
      raise(vm, vm.e.TypeError, shape);
      return std::nullopt;
    }
    if (!is_int(vm, pos) || !int_to_int64(pos, &reply.resume)) {
      if (is_int(vm, pos)) raisef(vm, vm.e.IndexError, "position %s out of range", int_to_decimal(pos).c_str());
      else raise(vm, vm.e.TypeError, shape);
      return std::nullopt;
    }
    return reply;
  };
}

}  // namespace

bool codec_name_arg(VM& vm, Value v, const char* fname, const char* what, std::string_view* out) {
  if (!v.ok()) return true;
  if (!isinstance_of(vm, v, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "%s() argument '%s' must be str, not %s", fname, what, arg_type_name(v));
    return false;
  }
  std::string_view s = sv(v);
  if (s.find('\0') != std::string_view::npos) {
    raise(vm, vm.e.ValueError, "embedded null character");
    return false;
  }
  *out = s;
  return true;
}

Value encode_text(VM& vm, Value str, std::string_view encoding, std::string_view errors) {
  Value handler = registered_handler(vm, errors);
  std::optional<text::CustomErrorHandler> custom;
  if (handler.ok()) custom = python_handler(vm, handler, str, true);
  text::CodecResult r = text::encode(sv(str), encoding, errors, custom ? &*custom : nullptr);
  if (!r) return raise_codec_error(vm, r.error(), str, true);
  return make_bytes(vm, *r);
}

Value decode_bytes(VM& vm, Value source, std::string_view data, std::string_view encoding, std::string_view errors) {
  // The exception's `object` is always bytes, also when decoding a bytearray.
  Value object = source;
  if (!isinstance_of(vm, source, vm.t.bytes)) {
    object = make_bytes(vm, data);
    if (!object.ok()) return object;
  }
  Value handler = registered_handler(vm, errors);
  std::optional<text::CustomErrorHandler> custom;
  if (handler.ok()) custom = python_handler(vm, handler, object, false);
  text::CodecResult r = text::decode(data, encoding, errors, custom ? &*custom : nullptr);
  if (!r) return raise_codec_error(vm, r.error(), object, false);
  return make_str(vm, *r);
}

}  // namespace klass
