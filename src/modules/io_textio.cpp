// _io.TextIOWrapper: text over a binary stream. Encoding and decoding use
// the text layer's codecs; reading decodes the buffer in chunks (UTF-8 and
// the single-byte codecs incrementally, the UTF-16/32 families all at once)
// and applies the newline mode; tell() is the byte position of the next
// character, so it can be given back to seek().
#include <string>

#include "modules/io_internal.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/typeobject.h"
#include "text/unicode_codecs.h"
#include "text/unicode_utf8.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/str.h"
#include "types/str_codecs.h"
#include "types/tuple.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass::io {

namespace {

enum class LineMode : uint8_t {
  kTranslate,     // newline=None: \r\n and \r read as \n; \n written as the platform's \n
  kUniversal,     // newline='': lines end at \r, \n or \r\n, kept as they are
  kLf, kCr, kCrLf // that ending only; written \n becomes it
};

struct TextIO : Obj {
  Value buffer;
  Value mode;            // open()'s mode, or error() when not set
  Value encoding;        // str, as given ("UTF-8" by default)
  Value errors;          // str
  Value newline;         // None or str, as given
  text::Encoding codec;
  LineMode lines;
  bool line_buffering, write_through, detached;
  bool eof;                // the buffer had nothing more at the last read
  bool wrote_bom;          // UTF-16/32 with a BOM: only the first write carries it
  std::string* chunk;      // decoded, untranslated text not yet returned (UTF-8), owned
  size_t chunk_pos;        // returned part of chunk
  int64_t chunk_start;     // buffer position of chunk's first byte; -1 unknown
  std::string* undecoded;  // raw bytes of an incomplete character, owned
};

void trace_text(Obj* o, Tracer& t) {
  auto* x = static_cast<TextIO*>(o);
  t.visit(x->buffer);
  t.visit(x->mode);
  t.visit(x->encoding);
  t.visit(x->errors);
  t.visit(x->newline);
  if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
}
void finalize_text(Obj* o) {
  auto* x = static_cast<TextIO*>(o);
  delete x->chunk;
  delete x->undecoded;
  x->chunk = x->undecoded = nullptr;
}
const Layout kTextLayout{"TextIOWrapper", trace_text, finalize_text, sizeof(TextIO)};

TextIO* self_text(Value v) { return v.as<TextIO>(); }

bool is_wide(text::Encoding e) {
  return e != text::Encoding::kUtf8 && e != text::Encoding::kAscii && e != text::Encoding::kLatin1;
}
std::string_view codec_name(TextIO* t) { return text::encoding_name(t->codec); }

Value buffer_call(VM& vm, TextIO* t, const char* method, const Value* args = nullptr, size_t nargs = 0) {
  return call_method(vm, t->buffer, vm.intern(method), args, nargs);
}

bool check_attached(VM& vm, TextIO* t) {
  if (!t->detached) return true;
  raise(vm, vm.e.ValueError, "underlying buffer has been detached");
  return false;
}

bool check_open(VM& vm, TextIO* t) {
  if (!check_attached(vm, t)) return false;
  int c = stream_closed(vm, t->buffer);
  if (c < 0) return false;
  if (c) {
    closed_error(vm);
    return false;
  }
  return true;
}

void reset_read_state(TextIO* t) {
  t->chunk->clear();
  t->chunk_pos = 0;
  t->undecoded->clear();
  t->chunk_start = -1;
  t->eof = false;
}

bool has_read_state(TextIO* t) { return t->chunk_pos < t->chunk->size() || !t->undecoded->empty(); }

// How many bytes the buffer held for this decoded text.
int64_t raw_length(VM& vm, TextIO* t, std::string_view text) {
  switch (t->codec) {
    case text::Encoding::kUtf8: return static_cast<int64_t>(text.size());
    case text::Encoding::kAscii:
    case text::Encoding::kLatin1: return static_cast<int64_t>(text::count_code_points(text));
    default: {
      auto r = text::encode(text, codec_name(t), "surrogatepass");
      if (!r) return static_cast<int64_t>(text.size());
      int64_t n = static_cast<int64_t>(r.value().size());
      bool bom = t->codec == text::Encoding::kUtf16 || t->codec == text::Encoding::kUtf32;
      return bom && t->chunk_start == 0 ? n : n - (bom ? (t->codec == text::Encoding::kUtf16 ? 2 : 4) : 0);
    }
  }
}

// The length of `data` without an incomplete UTF-8 sequence at its end.
size_t complete_utf8_prefix(std::string_view data) {
  size_t n = data.size();
  for (size_t back = 1; back <= 3 && back <= n; ++back) {
    unsigned char b = static_cast<unsigned char>(data[n - back]);
    if (text::is_continuation_byte(b)) continue;
    int width = text::utf8_sequence_width(b);
    return width > static_cast<int>(back) ? n - back : n;
  }
  return n;
}

// Decodes more of the buffer into chunk. Sets eof when the buffer is
// exhausted. False on error.
bool fill(VM& vm, TextIO* t) {
  if (t->eof) return true;
  std::string& chunk = *t->chunk;
  if (t->chunk_start >= 0) t->chunk_start += raw_length(vm, t, std::string_view(chunk).substr(0, t->chunk_pos));
  chunk.erase(0, t->chunk_pos);
  t->chunk_pos = 0;
  if (t->chunk_start < 0 && chunk.empty() && t->undecoded->empty()) {
    Value seekable = buffer_call(vm, t, "seekable");
    if (!seekable.ok()) return false;
    t->chunk_start = 0;
    if (truthy(vm, seekable) > 0) {
      Value pos = buffer_call(vm, t, "tell");
      if (!pos.ok() || !to_int64(vm, pos, &t->chunk_start)) return false;
    }
  }
  Value data;
  if (is_wide(t->codec)) {
    data = buffer_call(vm, t, "read");
  } else {
    Value n = make_int(vm, static_cast<int64_t>(kDefaultBufferSize));
    Value read1 = getattr_opt(vm, t->buffer, vm.intern("read1"));
    if (!read1.ok() && vm.has_exc()) return false;
    data = read1.ok() ? call1(vm, read1, n) : buffer_call(vm, t, "read", &n, 1);
  }
  if (!data.ok()) return false;
  std::string_view raw;
  if (!data.is_none() && !bytes_like(vm, data, &raw)) {
    raisef(vm, vm.e.TypeError, "underlying read() should have returned a bytes-like object, not '%s'",
           type_name(data));
    return false;
  }
  if (raw.empty() || is_wide(t->codec)) t->eof = true;
  std::string& pending = *t->undecoded;
  pending.append(raw);
  size_t usable = t->eof || t->codec != text::Encoding::kUtf8 ? pending.size() : complete_utf8_prefix(pending);
  if (usable == 0) return true;
  std::string_view part = std::string_view(pending).substr(0, usable);
  Value source = make_bytes(vm, part);
  if (!source.ok()) return false;
  Value decoded = decode_bytes(vm, source, part, codec_name(t), sv(t->errors));
  if (!decoded.ok()) return false;
  chunk.append(sv(decoded));
  pending.erase(0, usable);
  return true;
}

bool translate_mode(TextIO* t) { return t->lines == LineMode::kTranslate; }
bool universal_mode(TextIO* t) { return t->lines == LineMode::kTranslate || t->lines == LineMode::kUniversal; }

// Moves text from the chunk to `out`: at most `max_chars` characters
// (negative: no limit), up to and including the first line end when
// `one_line`. Decodes more of the buffer as needed.
bool consume(VM& vm, TextIO* t, int64_t max_chars, bool one_line, std::string* out) {
  int64_t count = 0;
  for (;;) {
    const std::string& c = *t->chunk;
    bool need_more = false;
    while (t->chunk_pos < c.size()) {
      if (max_chars >= 0 && count >= max_chars) return true;
      size_t i = t->chunk_pos;
      char ch = c[i];
      if (ch == '\r' && (universal_mode(t) || t->lines == LineMode::kCrLf)) {
        if (i + 1 >= c.size() && !t->eof) {
          need_more = true;  // is it \r\n?
          break;
        }
        bool crlf = i + 1 < c.size() && c[i + 1] == '\n';
        if (translate_mode(t)) {
          *out += '\n';
          t->chunk_pos += crlf ? 2 : 1;
          ++count;
          if (one_line) return true;
          continue;
        }
        if (t->lines == LineMode::kUniversal || crlf) {
          if (crlf && (max_chars < 0 || count + 2 <= max_chars)) {
            *out += "\r\n";
            t->chunk_pos += 2;
            count += 2;
            if (one_line) return true;
            continue;
          }
          *out += '\r';
          t->chunk_pos += 1;
          ++count;
          if (one_line && t->lines == LineMode::kUniversal && !crlf) return true;
          continue;
        }
      }
      size_t width = static_cast<size_t>(text::utf8_sequence_width(static_cast<unsigned char>(ch)));
      if (width == 0) width = 1;
      out->append(c, i, width);
      t->chunk_pos += width;
      ++count;
      if (one_line && ((ch == '\n' && t->lines != LineMode::kCr && t->lines != LineMode::kCrLf) ||
                       (ch == '\r' && t->lines == LineMode::kCr)))
        return true;
    }
    if (t->eof && !need_more) return true;
    if (t->eof && t->chunk_pos >= c.size()) return true;
    if (!fill(vm, t)) return false;
    if (t->eof && t->chunk_pos >= t->chunk->size()) return true;
  }
}

bool reading(VM& vm, TextIO* t) {
  if (!check_open(vm, t)) return false;
  Value r = buffer_call(vm, t, "readable");
  if (!r.ok()) return false;
  if (!truthy(vm, r)) {
    unsupported(vm, "not readable");
    return false;
  }
  t->eof = false;  // a file may have grown since the last read
  return true;
}

Value text_read(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  TextIO* t = self_text(args[0]);
  int64_t n = -1;
  if (!no_kwargs(vm, "read", kw) || !check_nargs(vm, "read", nargs - 1, 0, 1) ||
      (nargs > 1 && !size_arg(vm, args[1], &n)) || !reading(vm, t))
    return Value::error();
  std::string out;
  if (n < 0) {
    while (!t->eof)
      if (!fill(vm, t)) return Value::error();
  }
  if (!consume(vm, t, n, false, &out)) return Value::error();
  return make_str(vm, out);
}

Value text_readline(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  TextIO* t = self_text(args[0]);
  int64_t limit = -1;
  if (!check_nargs(vm, "readline", nargs - 1, 0, 1) || (nargs > 1 && !size_arg(vm, args[1], &limit)) ||
      !reading(vm, t))
    return Value::error();
  std::string out;
  if (!consume(vm, t, limit, true, &out)) return Value::error();
  return make_str(vm, out);
}

// next(f): readline without a Python-level call.
Value text_iternext(VM& vm, Value self) {
  if (self.as_object()->cls->layout != &kTextLayout) return iter_next_line(vm, self);
  TextIO* t = self_text(self);
  if (!reading(vm, t)) return Value::error();
  std::string out;
  if (!consume(vm, t, -1, true, &out)) return Value::error();
  if (out.empty()) return Value::error();  // exhausted
  return make_str(vm, out);
}

// ---- writing ----

// Where the next character comes from in the buffer (for tell and for
// writing after reading).
bool position(VM& vm, TextIO* t, int64_t* out) {
  if (!has_read_state(t) || t->chunk_start < 0) {
    Value r = buffer_call(vm, t, "flush");
    if (!r.ok()) return false;
    Value pos = buffer_call(vm, t, "tell");
    return pos.ok() && to_int64(vm, pos, out);
  }
  *out = t->chunk_start + raw_length(vm, t, std::string_view(*t->chunk).substr(0, t->chunk_pos));
  return true;
}

Value text_write(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  TextIO* t = self_text(args[0]);
  if (!no_kwargs(vm, "write", kw) || !check_nargs(vm, "write", nargs - 1, 1, 1)) return Value::error();
  if (!isinstance_of(vm, args[1], vm.t.str))
    return raisef(vm, vm.e.TypeError, "write() argument must be str, not %s", type_name(args[1]));
  if (!check_open(vm, t)) return Value::error();
  Value w = buffer_call(vm, t, "writable");
  if (!w.ok()) return w;
  if (!truthy(vm, w)) return unsupported(vm, "not writable");
  // Text decoded but not yet returned is dropped; the write goes where the
  // buffer stands, after what was read ahead (as in CPython).
  reset_read_state(t);
  Str* s = args[1].as<Str>();
  std::string_view text = s->view();
  std::string translated;
  const char* nl = t->lines == LineMode::kCr ? "\r" : t->lines == LineMode::kCrLf ? "\r\n" : nullptr;
  bool has_newline = text.find('\n') != std::string_view::npos;
  if (nl && has_newline) {
    translated.reserve(text.size() + 16);
    for (char c : text) {
      if (c == '\n') translated += nl;
      else translated += c;
    }
    text = translated;
  }
  // UTF-8 text is already in the form klass keeps strs in (unless it holds
  // lone surrogates, which the codec must judge).
  bool handled = false;
  if (t->codec == text::Encoding::kUtf8 &&
      (s->is_ascii() || text::validate_utf8(text, false).ok)) {
    if (!buffered_write_direct(vm, t->buffer, text, &handled)) return Value::error();
    if (!handled) {
      Value data = make_bytes(vm, text);
      if (!data.ok() || !buffer_call(vm, t, "write", &data, 1).ok()) return Value::error();
      handled = true;
    }
  }
  if (!handled) {
    Value str = translated.empty() ? args[1] : make_str(vm, text);
    if (!str.ok()) return str;
    // A codec with a byte order mark writes it once, at the start.
    std::string_view codec = codec_name(t);
    if (t->wrote_bom) {
      if (t->codec == text::Encoding::kUtf16) codec = "utf-16-le";
      if (t->codec == text::Encoding::kUtf32) codec = "utf-32-le";
    }
    Value data = encode_text(vm, str, codec, sv(t->errors));
    if (!data.ok()) return data;
    if (!buffer_call(vm, t, "write", &data, 1).ok()) return Value::error();
  }
  t->wrote_bom = true;
  if (t->line_buffering && (has_newline || text.find('\r') != std::string_view::npos))
    if (!buffer_call(vm, t, "flush").ok()) return Value::error();
  return make_int(vm, static_cast<int64_t>(s->length));
}

Value text_flush(VM& vm, const Value* args, size_t, Tuple*) {
  TextIO* t = self_text(args[0]);
  if (!check_open(vm, t)) return Value::error();
  return buffer_call(vm, t, "flush");
}

Value text_close(VM& vm, const Value* args, size_t, Tuple*) {
  TextIO* t = self_text(args[0]);
  if (!check_attached(vm, t)) return Value::error();
  int c = stream_closed(vm, t->buffer);
  if (c < 0) return Value::error();
  if (c) return Value::none();
  Value flushed = buffer_call(vm, t, "flush");
  Value saved = flushed.ok() ? Value::error() : take_exc(vm);
  Value r = buffer_call(vm, t, "close");
  if (!r.ok()) return r;
  if (saved.ok()) return raise_value(vm, saved);
  return Value::none();
}

// ---- positioning ----

bool check_seekable(VM& vm, TextIO* t) {
  Value s = buffer_call(vm, t, "seekable");
  if (!s.ok()) return false;
  if (!truthy(vm, s)) {
    unsupported(vm, "underlying stream is not seekable");
    return false;
  }
  return true;
}

Value text_tell(VM& vm, const Value* args, size_t nargs, Tuple*) {
  TextIO* t = self_text(args[0]);
  if (!check_open(vm, t) || !check_seekable(vm, t)) return Value::error();
  int64_t pos;
  if (!position(vm, t, &pos)) return Value::error();
  return make_int(vm, pos);
}

Value text_seek(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  TextIO* t = self_text(args[0]);
  if (!no_kwargs(vm, "seek", kw) || !check_nargs(vm, "seek", nargs - 1, 1, 2)) return Value::error();
  int64_t cookie, whence = 0;
  if (!is_int(vm, args[1]) && !has_index(vm, args[1]))
    return raisef(vm, vm.e.TypeError, "an integer is required (got type %s)", type_name(args[1]));
  if (!to_int64(vm, args[1], &cookie) || (nargs > 2 && !to_int64(vm, args[2], &whence))) return Value::error();
  if (!check_open(vm, t) || !check_seekable(vm, t)) return Value::error();
  if (whence == 1) {
    if (cookie != 0) return unsupported(vm, "can't do nonzero cur-relative seeks");
    return text_tell(vm, args, 1, nullptr);
  }
  if (whence == 2) {
    if (cookie != 0) return unsupported(vm, "can't do nonzero end-relative seeks");
  } else if (whence != 0) {
    return raisef(vm, vm.e.ValueError, "invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
  } else if (cookie < 0) {
    return raisef(vm, vm.e.ValueError, "negative seek position %lld", static_cast<long long>(cookie));
  }
  if (!buffer_call(vm, t, "flush").ok()) return Value::error();
  reset_read_state(t);
  Value seek_args[2] = {make_int(vm, cookie), make_int(vm, whence)};
  Value r = buffer_call(vm, t, "seek", seek_args, 2);
  if (!r.ok()) return r;
  int64_t pos;
  if (!to_int64(vm, r, &pos)) return Value::error();
  t->chunk_start = pos;
  t->wrote_bom = pos != 0 || whence == 2;
  return r;
}

Value text_truncate(VM& vm, const Value* args, size_t nargs, Tuple*) {
  TextIO* t = self_text(args[0]);
  if (!check_nargs(vm, "truncate", nargs - 1, 0, 1) || !check_open(vm, t)) return Value::error();
  if (!buffer_call(vm, t, "flush").ok()) return Value::error();
  Value pos = nargs > 1 ? args[1] : Value::none();
  if (pos.is_none()) {
    int64_t p;
    if (!position(vm, t, &p)) return Value::error();
    pos = make_int(vm, p);
  }
  return buffer_call(vm, t, "truncate", &pos, 1);
}

// ---- state ----

Value text_detach(VM& vm, const Value* args, size_t, Tuple*) {
  TextIO* t = self_text(args[0]);
  if (!check_attached(vm, t) || !buffer_call(vm, t, "flush").ok()) return Value::error();
  t->detached = true;
  return t->buffer;
}

Value delegate(VM& vm, const Value* args, const char* method) {
  TextIO* t = self_text(args[0]);
  if (!check_attached(vm, t)) return Value::error();
  return buffer_call(vm, t, method);
}
Value text_fileno(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "fileno"); }
Value text_isatty(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "isatty"); }
Value text_readable(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "readable"); }
Value text_writable(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "writable"); }
Value text_seekable(VM& vm, const Value* a, size_t, Tuple*) { return delegate(vm, a, "seekable"); }

Value text_repr(VM& vm, const Value* args, size_t, Tuple*) {
  TextIO* t = self_text(args[0]);
  std::string out = "<_io." + std::string(type_of(vm, args[0])->name->view());
  Value name = t->detached ? Value::error() : getattr_opt(vm, t->buffer, vm.n.name);
  if (!name.ok() && vm.has_exc()) {
    if (!exc_matches(vm, vm.e.ValueError) && !exc_matches(vm, vm.e.AttributeError)) return Value::error();
    clear_exc(vm);
  }
  if (name.ok()) {
    Value r = repr(vm, name);
    if (!r.ok()) return r;
    out += " name=" + std::string(sv(r));
  }
  if (t->mode.ok()) {
    Value r = repr(vm, t->mode);
    if (!r.ok()) return r;
    out += " mode=" + std::string(sv(r));
  }
  Value e = repr(vm, t->encoding);
  if (!e.ok()) return e;
  return make_str(vm, out + " encoding=" + std::string(sv(e)) + ">");
}

bool parse_lines(VM& vm, Value newline, LineMode* out) {
  if (newline.is_none()) {
    *out = LineMode::kTranslate;
    return true;
  }
  if (!isinstance_of(vm, newline, vm.t.str)) {
    raisef(vm, vm.e.TypeError, "TextIOWrapper() argument 'newline' must be str or None, not %s", type_name(newline));
    return false;
  }
  std::string_view n = sv(newline);
  if (n.empty()) *out = LineMode::kUniversal;
  else if (n == "\n") *out = LineMode::kLf;
  else if (n == "\r") *out = LineMode::kCr;
  else if (n == "\r\n") *out = LineMode::kCrLf;
  else {
    raisef(vm, vm.e.ValueError, "illegal newline value: %s", std::string(n).c_str());
    return false;
  }
  return true;
}

Value text_reconfigure(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};
  Value a[5] = {Value::error(), Value::error(), Value::error(), Value::error(), Value::error()};
  if (!bind_args(vm, {"reconfigure", kNames, 5, 0, 0, 0}, args + 1, nargs - 1, kw, a)) return Value::error();
  TextIO* t = self_text(args[0]);
  if (a[0].ok() && !a[0].is_none()) {
    if (!isinstance_of(vm, a[0], vm.t.str))
      return raisef(vm, vm.e.TypeError, "reconfigure() argument 'encoding' must be str or None, not %s",
                    type_name(a[0]));
    auto codec = text::lookup_encoding(sv(a[0]));
    if (!codec) return raisef(vm, vm.e.LookupError, "unknown encoding: %s", std::string(sv(a[0])).c_str());
    t->codec = *codec;
    t->encoding = a[0];
    if (!a[1].ok()) t->errors = make_str(vm, "strict");
  }
  if (a[1].ok() && !a[1].is_none()) t->errors = a[1];
  if (a[2].ok()) {
    if (!parse_lines(vm, a[2], &t->lines)) return Value::error();
    t->newline = a[2];
  }
  if (a[3].ok() && !a[3].is_none()) t->line_buffering = truthy(vm, a[3]) > 0;
  if (a[4].ok() && !a[4].is_none()) t->write_through = truthy(vm, a[4]) > 0;
  return Value::none();
}

Value text_new(VM& vm, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};
  Value a[6] = {Value::none(), Value::none(), Value::none(), Value::none(), Value::boolean(false),
                Value::boolean(false)};
  if (!bind_args(vm, {"TextIOWrapper", kNames, 6, 1}, args + 1, nargs - 1, kw, a)) return Value::error();
  int lb = truthy(vm, a[4]), wt = truthy(vm, a[5]);
  if (lb < 0 || wt < 0) return Value::error();
  return make_text_wrapper(vm, args[0].as<Type>(), a[0], a[1], a[2], a[3], lb, wt);
}

Value get_closed(VM& vm, Value self) {
  TextIO* t = self_text(self);
  if (!check_attached(vm, t)) return Value::error();
  return getattr_cstr(vm, t->buffer, "closed");
}
Value get_name(VM& vm, Value self) {
  TextIO* t = self_text(self);
  if (!check_attached(vm, t)) return Value::error();
  return getattr(vm, t->buffer, vm.n.name);
}
Value get_buffer(VM& vm, Value self) {
  TextIO* t = self_text(self);
  return check_attached(vm, t) ? t->buffer : Value::error();
}
Value get_encoding(VM& vm, Value self) { return self_text(self)->encoding; }
Value get_errors(VM& vm, Value self) { return self_text(self)->errors; }
Value get_newlines(VM& vm, Value self) { return Value::none(); }
Value get_line_buffering(VM& vm, Value self) { return Value::boolean(self_text(self)->line_buffering); }
Value get_write_through(VM& vm, Value self) { return Value::boolean(self_text(self)->write_through); }
Value get_mode(VM& vm, Value self) {
  TextIO* t = self_text(self);
  if (t->mode.ok()) return t->mode;
  return raise_attribute_error(vm, self, val(vm.intern("mode")));
}
bool set_mode(VM& vm, Value self, Value v) {
  self_text(self)->mode = v;  // error() deletes
  return true;
}

const MethodDef kTextMethods[] = {
    {"__new__", text_new, METH_STATIC},
    {"read", text_read, METH_METHOD, "Read at most size characters from stream."},
    {"readline", text_readline, METH_METHOD, "Read until newline or EOF."},
    {"write", text_write, METH_METHOD, "Write string to stream. Returns the number of characters written."},
    {"flush", text_flush, METH_METHOD, "Flush the write buffers of the stream."},
    {"close", text_close, METH_METHOD, "Flush and close the IO object."},
    {"tell", text_tell, METH_METHOD, "Return the stream position as an opaque number."},
    {"seek", text_seek, METH_METHOD, "Change the stream position to the given position."},
    {"truncate", text_truncate, METH_METHOD, "Truncate file to size characters."},
    {"detach", text_detach, METH_METHOD, "Separate the underlying buffer from the TextIOBase and return it."},
    {"fileno", text_fileno, METH_METHOD, "Return underlying file descriptor if one exists."},
    {"isatty", text_isatty, METH_METHOD, "Return whether this is an 'interactive' stream."},
    {"readable", text_readable, METH_METHOD, "Return whether object was opened for reading."},
    {"writable", text_writable, METH_METHOD, "Return whether object was opened for writing."},
    {"seekable", text_seekable, METH_METHOD, "Return whether object supports random access."},
    {"reconfigure", text_reconfigure, METH_METHOD, "Reconfigure the text stream with new parameters."},
    {"__repr__", text_repr, METH_SLOT},
    {}};

const GetSetDef kTextGetSets[] = {{"closed", get_closed},
                                  {"name", get_name},
                                  {"buffer", get_buffer},
                                  {"encoding", get_encoding},
                                  {"errors", get_errors},
                                  {"newlines", get_newlines},
                                  {"line_buffering", get_line_buffering},
                                  {"write_through", get_write_through},
                                  {"mode", get_mode, set_mode},
                                  {}};

}  // namespace

Value make_text_wrapper(VM& vm, Type* cls, Value buffer, Value encoding, Value errors, Value newline,
                        bool line_buffering, bool write_through) {
  if (!encoding.is_none() && !isinstance_of(vm, encoding, vm.t.str))
    return raisef(vm, vm.e.TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %s",
                  type_name(encoding));
  if (!errors.is_none() && !isinstance_of(vm, errors, vm.t.str))
    return raisef(vm, vm.e.TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %s",
                  type_name(errors));
  LineMode lines;
  if (!parse_lines(vm, newline, &lines)) return Value::error();
  // Without an encoding, the locale's: klass always runs in UTF-8.
  if (encoding.is_none() || sv(encoding) == "locale") encoding = make_str(vm, "UTF-8");
  auto codec = text::lookup_encoding(sv(encoding));
  if (!codec) return raisef(vm, vm.e.LookupError, "unknown encoding: %s", std::string(sv(encoding)).c_str());
  if (errors.is_none()) errors = make_str(vm, "strict");
  Obj* o = alloc_object(vm, cls);
  if (!o) return Value::error();
  auto* t = static_cast<TextIO*>(o);
  t->buffer = buffer;
  t->mode = Value::error();
  t->encoding = encoding;
  t->errors = errors;
  t->newline = newline;
  t->codec = *codec;
  t->lines = lines;
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->chunk = new std::string();
  t->undecoded = new std::string();
  t->chunk_start = -1;
  // Appending to a non-empty file must not write a second byte order mark.
  t->wrote_bom = false;
  if (*codec == text::Encoding::kUtf16 || *codec == text::Encoding::kUtf32) {
    Value s = call_method(vm, buffer, vm.intern("seekable"), nullptr, 0);
    if (s.ok() && truthy(vm, s) > 0) {
      Value pos = call_method(vm, buffer, vm.intern("tell"), nullptr, 0);
      int64_t p = 0;
      if (pos.ok() && to_int64(vm, pos, &p) && p > 0) t->wrote_bom = true;
    }
    if (vm.has_exc()) clear_exc(vm);
  }
  return val(o);
}

bool set_text_mode(VM& vm, Value wrapper, Value mode) {
  if (wrapper.is_object() && wrapper.as_object()->cls->layout == &kTextLayout) self_text(wrapper)->mode = mode;
  return true;
}

void init_text_io_type(VM& vm, IoTypes& t) {
  Type* type = alloc_type_object(vm, vm.t.type);
  setup_builtin_type(vm, type, "TextIOWrapper", vm.t.object, &kTextLayout, sizeof(TextIO), TF_BASETYPE, text_new);
  dict_set_cstr(vm, type->dict, "__module__", make_str(vm, "_io"));
  add_methods(vm, type, kCommonMethods);
  add_methods(vm, type, kTextMethods);
  add_getsets(vm, type, kTextGetSets);
  type->iternext = text_iternext;
  t.text_io_wrapper = type;
}

}  // namespace klass::io
