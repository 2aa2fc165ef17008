// Replacement templates as Python objects: compiling a str/bytes template for
// a pattern, expanding it for a match, and CPython's errors when the
// replacement's type does not suit the subject.
#include "modules/re_objects.h"
#include "object/ops.h"
#include "object/type.h"
#include "types/bytes.h"
#include "types/str.h"
#include "text/unicode_utf8.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

bool compile_template(VM& vm, PatternObj* p, Value tmpl, ReTemplate* out) {
  bool is_str = tmpl.is_object() && (tmpl.as_object()->cls->flags & TF_STR_SUBCLASS);
  std::string_view bytes;
  if (!is_str && !bytes_like(vm, tmpl, &bytes)) {
    // CPython decodes a non-str template as latin-1 first.
    raisef(vm, vm.e.TypeError, "decoding to str: need a bytes-like object, %s found", type_name(tmpl));
    return false;
  }
  out->is_bytes = !is_str;
  out->parts.clear();
  std::string_view text = is_str ? sv(tmpl) : bytes;
  if (text.find('\\') == std::string_view::npos) {
    // Plain text: used as it is.
    out->parts.emplace_back(std::string(text), -1);
    out->literal_only = true;
    return true;
  }
  std::vector<re::TemplatePiece> pieces;
  re::PatternError err;
  if (!re::parse_template(code_points_of(vm, tmpl, !is_str), !is_str, p->regex->groups(), p->regex->names(),
                          &pieces, &err)) {
    raise_pattern_error(vm, err, tmpl);
    return false;
  }
  for (auto& piece : pieces) {
    if (piece.group >= 0) {
      out->parts.emplace_back(std::string(), piece.group);
      continue;
    }
    std::string lit;
    if (is_str) {
      lit = text::encode_all(piece.literal);
    } else {
      for (char32_t c : piece.literal) lit += static_cast<char>(c);
    }
    out->parts.emplace_back(std::move(lit), -1);
  }
  out->literal_only = out->parts.size() == 1 && out->parts[0].second < 0;
  if (out->parts.empty()) {
    out->parts.emplace_back(std::string(), -1);
    out->literal_only = true;
  }
  return true;
}

bool expand_template(VM& vm, const ReTemplate& t, std::string_view subject, bool subject_is_bytes,
                     const int64_t* byte_spans, std::string* out) {
  for (size_t i = 0; i < t.parts.size(); ++i) {
    const auto& [text, group] = t.parts[i];
    if (group < 0) {
      if (t.is_bytes != subject_is_bytes) {
        Value item = t.is_bytes ? make_bytes(vm, text) : make_str(vm, text);
        if (item.ok()) raise_join_error(vm, subject_is_bytes, i, item);
        return false;
      }
      out->append(text);
      continue;
    }
    int64_t b = byte_spans[2 * group], e = byte_spans[2 * group + 1];
    if (b >= 0 && e <= static_cast<int64_t>(subject.size()) && b <= e)
      out->append(subject.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
  }
  return true;
}

Value raise_join_error(VM& vm, bool subject_is_bytes, size_t index, Value item) {
  if (subject_is_bytes)
    return raisef(vm, vm.e.TypeError, "sequence item %zu: expected a bytes-like object, %s found", index,
                  type_name(item));
  return raisef(vm, vm.e.TypeError, "sequence item %zu: expected str instance, %s found", index, type_name(item));
}

}  // namespace klass
