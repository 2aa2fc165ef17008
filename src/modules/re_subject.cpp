// Subjects of matching (str or bytes-like), positions in code points, running
// one match into a Match object, and raising re.error.
#include <cstring>

#include "modules/re_objects.h"
#include "object/instance.h"
#include "object/ops.h"
#include "object/type.h"
#include "types/bytes.h"
#include "types/dict.h"
#include "types/int.h"
#include "types/str.h"
#include "types/tuple.h"
#include "text/unicode_utf8.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

bool is_str_value(Value v) { return v.is_object() && (v.as_object()->cls->flags & TF_STR_SUBCLASS); }

Type* registry_type(VM& vm, const char* key) {
  Value t = dict_get_cstr(vm, vm.registry, key);
  return t.ok() ? t.as<Type>() : nullptr;
}

}  // namespace

Type* re_pattern_type(VM& vm) { return registry_type(vm, "_re.Pattern"); }
Type* re_match_type(VM& vm) { return registry_type(vm, "_re.Match"); }
Type* re_scanner_type(VM& vm) { return registry_type(vm, "_re.SRE_Scanner"); }
Type* re_error_type(VM& vm) { return registry_type(vm, "_re.error"); }

bool Subject::init(VM& vm, Value v, bool pattern_is_bytes) {
  object_ = v;
  if (is_str_value(v)) {
    if (pattern_is_bytes) {
      raise(vm, vm.e.TypeError, "cannot use a bytes pattern on a string-like object");
      return false;
    }
    str_ = v.as<Str>();
    data_ = str_->view();
    length_ = static_cast<int64_t>(str_->length);
    ascii_ = str_->is_ascii();
    return true;
  }
  std::string_view bytes;
  if (!bytes_like(vm, v, &bytes)) {
    raisef(vm, vm.e.TypeError, "expected string or bytes-like object, got '%s'", type_name(v));
    return false;
  }
  if (!pattern_is_bytes) {
    raise(vm, vm.e.TypeError, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (!(v.as_object()->cls->flags & TF_BYTES_SUBCLASS)) {
    // A mutable buffer may change under a callback: match on a snapshot.
    owned_.assign(bytes.data(), bytes.size());
    bytes = owned_;
  }
  data_ = bytes;
  length_ = static_cast<int64_t>(bytes.size());
  return true;
}

size_t Subject::byte_at(VM& vm, int64_t cp) {
  if (ascii_) return static_cast<size_t>(cp);
  size_t b = str_byte_offset(vm, str_, static_cast<size_t>(cp));
  hint_byte_ = static_cast<int64_t>(b);
  hint_cp_ = cp;
  return b;
}

// Counts characters (bytes that do not continue a UTF-8 sequence) from the
// last converted position to `b`.
int64_t Subject::cp_at(int64_t b) {
  if (ascii_ || b < 0) return b;
  auto count = [&](int64_t from, int64_t to) {
    int64_t n = 0;
    for (int64_t i = from; i < to; ++i) n += !text::is_continuation_byte(static_cast<unsigned char>(data_[i]));
    return n;
  };
  int64_t cp = b >= hint_byte_ ? hint_cp_ + count(hint_byte_, b) : hint_cp_ - count(b, hint_byte_);
  hint_byte_ = b;
  hint_cp_ = cp;
  return cp;
}

Value Subject::slice(VM& vm, int64_t b, int64_t e) const {
  int64_t size = static_cast<int64_t>(data_.size());
  b = std::min(std::max<int64_t>(b, 0), size);
  e = std::min(std::max<int64_t>(e, b), size);
  std::string_view piece = data_.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
  if (!str_) return make_bytes(vm, piece);
  if (b == 0 && e == size && str_->cls == vm.t.str) return object_;
  return ascii_ ? make_ascii_str(vm, piece) : make_str(vm, piece);
}

bool re_positions(VM& vm, Value pos_arg, Value endpos_arg, int64_t length, int64_t* pos, int64_t* endpos) {
  auto get = [&](Value v, int64_t dflt, int64_t* out) {
    if (!v.ok()) {
      *out = dflt;
      return true;
    }
    if (!is_int(vm, v) && !has_index(vm, v))
      return raisef(vm, vm.e.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v)).ok();
    Value i = to_index(vm, v);
    if (!i.ok()) return false;
    int64_t n;
    if (!int_to_int64(i, &n)) {
      // Out of the 64-bit range: as CPython's clamping to Py_ssize_t would leave it.
      n = truthy(vm, compare(vm, CompareOp::Lt, i, Value::small_int(0))) ? INT64_MIN : INT64_MAX;
    }
    *out = n;
    return true;
  };
  if (!get(pos_arg, 0, pos) || !get(endpos_arg, length, endpos)) return false;
  *pos = std::min(std::max<int64_t>(*pos, 0), length);
  *endpos = std::min(std::max<int64_t>(*endpos, 0), length);
  return true;
}

int re_search_bytes(VM& vm, PatternObj* p, Subject& s, int64_t byte_end, int64_t start_byte, re::Anchor anchor,
                    bool must_advance, int64_t* spans) {
  std::string error;
  int rc = p->regex->exec(s.data().substr(0, static_cast<size_t>(byte_end)), static_cast<size_t>(start_byte), anchor,
                          must_advance, spans, &error);
  if (rc < 0) raise(vm, vm.e.RuntimeError, "regular expression match failed: " + error);
  return rc;
}

Value make_match(VM& vm, PatternObj* p, Subject& s, int64_t pos, int64_t endpos, const int64_t* byte_spans) {
  uint32_t ngroups = p->regex->groups() + 1;
  Obj* o = alloc_object_var(vm, p->match_type, 4 * ngroups * sizeof(int64_t));
  if (!o) return Value::error();
  auto* m = static_cast<MatchObj*>(o);
  m->pattern = val(p);
  m->string = s.object();
  m->pos = pos;
  m->endpos = endpos;
  m->ngroups = ngroups;
  m->lastindex = p->regex->last_index(byte_spans);
  int64_t* cps = m->spans();
  int64_t* bytes = m->byte_spans();
  for (uint32_t i = 0; i < 2 * ngroups; ++i) {
    bytes[i] = byte_spans[i];
    cps[i] = s.cp_at(byte_spans[i]);
  }
  return val(m);
}

Value re_exec(VM& vm, PatternObj* p, Subject& s, int64_t pos, int64_t endpos, int64_t start, int64_t start_byte,
              re::Anchor anchor, bool must_advance) {
  if (start > endpos) return Value::none();
  int64_t byte_end = static_cast<int64_t>(s.byte_at(vm, endpos));
  s.set_hint(start_byte, start);
  std::vector<int64_t> spans(2 * (p->regex->groups() + 1));
  int rc = re_search_bytes(vm, p, s, byte_end, start_byte, anchor, must_advance, spans.data());
  if (rc < 0) return Value::error();
  if (rc == 0) return Value::none();
  return make_match(vm, p, s, pos, endpos, spans.data());
}

std::u32string code_points_of(VM& vm, Value v, bool is_bytes) {
  if (!is_bytes) return text::decode_all(sv(v));
  std::string_view b;
  bytes_like(vm, v, &b);
  std::u32string out;
  out.reserve(b.size());
  for (unsigned char c : b) out.push_back(c);
  return out;
}

Value raise_pattern_error(VM& vm, const re::PatternError& err, Value pattern) {
  switch (err.kind) {
    case re::PatternError::Overflow: return raise(vm, vm.e.OverflowError, err.message);
    case re::PatternError::Value: return raise(vm, vm.e.ValueError, err.message);
    case re::PatternError::Index: return raise(vm, vm.e.IndexError, err.message);
    case re::PatternError::Recursion: return raise(vm, vm.e.RecursionError, err.message);
    case re::PatternError::ReError: break;
  }
  Value msg = make_str(vm, err.message);
  if (!msg.ok()) return msg;
  Value args[3] = {msg, err.pos >= 0 ? pattern : Value::none(),
                   err.pos >= 0 ? make_int(vm, err.pos) : Value::none()};
  Value e = call(vm, val(re_error_type(vm)), args, 3);
  if (!e.ok()) return e;
  return raise_value(vm, e);
}

}  // namespace klass
