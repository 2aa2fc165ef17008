#include "vm/traceback.h"

#include <unistd.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "object/ops.h"
#include "parse/parser.h"
#include "text/unicode_utf8.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/module.h"
#include "types/exception.h"
#include "types/int.h"
#include "types/list.h"
#include "types/misc.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace klass {

namespace {

// Source lines by file, read once per report.
class SourceCache {
 public:
  // Line `n` (1-based) of `file` without its newline, or false.
  bool line(const std::string& file, int n, std::string* out) {
    auto it = files_.find(file);
    if (it == files_.end()) {
      std::vector<std::string> lines;
      std::ifstream in(file, std::ios::binary);
      if (in) {
        std::string l;
        while (std::getline(in, l)) {
          if (!l.empty() && l.back() == '\r') l.pop_back();
          lines.push_back(l);
        }
      }
      it = files_.emplace(file, std::move(lines)).first;
    }
    if (n < 1 || static_cast<size_t>(n) > it->second.size()) return false;
    *out = it->second[n - 1];
    return true;
  }

 private:
  std::map<std::string, std::vector<std::string>> files_;
};

size_t char_count(std::string_view s) { return text::count_code_points(s); }

// Character offset of UTF-8 byte offset `b` in `s`.
size_t char_offset(std::string_view s, size_t b) { return char_count(s.substr(0, std::min(b, s.size()))); }

std::string strip(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\f' || s[a] == '\v')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\f' || s[b - 1] == '\v')) --b;
  return std::string(s.substr(a, b - a));
}
size_t leading_ws(std::string_view s) {
  size_t a = 0;
  while (a < s.size() && (s[a] == ' ' || s[a] == '\t' || s[a] == '\f' || s[a] == '\v')) ++a;
  return a;
}

// The primary/secondary split of the carets for a binary operation or a
// subscript (character offsets within the segment), as CPython computes it.
bool caret_anchors(std::string_view segment, size_t* left, size_t* right) {
  auto parsed = parse::parse(segment, "<segment>", parse::ParseMode::Exec);
  if (!parsed.ok()) return false;
  if (!parsed.tree()->is<ast::Module>()) return false;
  auto* mod = parsed.tree()->as<ast::Module>();
  if (mod->body.size() != 1 || !mod->body[0]->is<ast::ExprStmt>()) return false;
  const ast::Expr* e = mod->body[0]->as<ast::ExprStmt>()->value;
  if (e->is<ast::BinOp>()) {
    auto* b = e->as<ast::BinOp>();
    size_t op_start = char_offset(segment, b->left->end_col_offset);
    size_t op_end = char_offset(segment, b->right->col_offset);
    std::u32string chars = text::decode_all(segment);
    std::u32string op = chars.substr(op_start, op_end > op_start ? op_end - op_start : 0);
    size_t off = 0;
    while (off < op.size() && (op[off] == ' ' || op[off] == '\t' || op[off] == '\n' || op[off] == '\f' || op[off] == '\\'))
      ++off;
    size_t l = b->left->end_col_offset + off;  // (bytes; CPython mixes units here too)
    size_t r = l + 1;
    if (off + 1 < op.size() && !(op[off + 1] == ' ' || op[off + 1] == '\t' || op[off + 1] == '\n')) ++r;
    while (l < segment.size() && (segment[l] == ' ' || segment[l] == '\t' || segment[l] == '\n' ||
                                  segment[l] == ')' || segment[l] == '#')) {
      ++l;
      ++r;
    }
    *left = char_offset(segment, l);
    *right = char_offset(segment, r);
    return true;
  }
  if (e->is<ast::Subscript>()) {
    auto* s = e->as<ast::Subscript>();
    std::u32string chars = text::decode_all(segment);
    size_t l = char_offset(segment, s->value->end_col_offset);
    size_t r = char_offset(segment, s->slice->end_col_offset + 1);
    while (l < chars.size() && chars[l] != '[') ++l;
    while (r < chars.size() && chars[r] != ']') ++r;
    if (r < chars.size()) ++r;
    *left = l;
    *right = r;
    return true;
  }
  return false;
}

struct Entry {
  std::string file, name;
  int line;
  SourceSpan span;
};

void format_entry(SourceCache& src, const Entry& e, std::string& out) {
  out += "  File \"" + e.file + "\", line " + std::to_string(e.line) + ", in " + e.name + "\n";
  std::string original;
  if (!src.line(e.file, e.line, &original)) return;
  std::string stripped = strip(original);
  if (stripped.empty()) return;
  out += "    " + stripped + "\n";
  if (e.span.col < 0 || e.span.end_col < 0 || e.span.line != e.line) return;
  size_t start = char_offset(original, e.span.col);
  size_t end = char_offset(original, e.span.end_col);
  size_t stripped_chars = char_count(original) - char_count(std::string_view(original).substr(leading_ws(original)));
  bool have_anchors = false;
  size_t left = 0, right = 0;
  std::u32string chars = text::decode_all(original);
  if (e.span.end_line == e.line) {
    if (end > chars.size()) end = chars.size();
    if (start > end) start = end;
    std::string segment = text::encode_all(chars.substr(start, end - start));
    have_anchors = caret_anchors(segment, &left, &right);
  } else {
    size_t n = chars.size();
    while (n > 0 && (chars[n - 1] == ' ' || chars[n - 1] == '\t')) --n;
    end = n;
  }
  size_t stripped_len = char_count(stripped);
  if (!(end - start < stripped_len || (have_anchors && right > left))) return;
  out += "    " + std::string(start > stripped_chars ? start - stripped_chars : 0, ' ');
  if (have_anchors) {
    // '~' under the operands, '^' under the operator (or the subscript).
    for (size_t i = 0; i < end - start; ++i) out += (i >= left && i < right) ? '^' : '~';
  } else {
    out += std::string(end - start, '^');
  }
  out += "\n";
}

std::string exception_name(VM& vm, Value exc) {
  Type* t = type_of(vm, exc);
  Value mod = dict_get_str(t->dict, vm.n.__module__);
  std::string q(t->qualname->view());
  if (mod.ok() && isinstance_of(vm, mod, vm.t.str)) {
    std::string m(sv(mod));
    if (m != "builtins" && m != "__main__") return m + "." + q;
  }
  return q;
}

void format_syntax_error(VM& vm, Value exc, std::string& out) {
  Value file = getattr_opt(vm, exc, vm.n.filename);
  Value line = getattr_opt(vm, exc, vm.intern("lineno"));
  Value text = getattr_opt(vm, exc, vm.intern("text"));
  Value offset = getattr_opt(vm, exc, vm.intern("offset"));
  Value end_offset = getattr_opt(vm, exc, vm.intern("end_offset"));
  Value end_line = getattr_opt(vm, exc, vm.intern("end_lineno"));
  clear_exc(vm);
  int64_t ln = 0;
  if (file.ok() && isinstance_of(vm, file, vm.t.str) && line.ok() && is_int(vm, line) && int_to_int64(line, &ln))
    out += "  File \"" + std::string(sv(file)) + "\", line " + std::to_string(ln) + "\n";
  if (text.ok() && isinstance_of(vm, text, vm.t.str)) {
    std::string t(sv(text));
    // Only the first line of the text, with its left indentation removed.
    size_t nl = t.find('\n');
    std::string first = nl == std::string::npos ? t : t.substr(0, nl);
    size_t ws = leading_ws(first);
    std::string shown = first.substr(ws);
    while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\r')) shown.pop_back();
    out += "    " + shown + "\n";
    int64_t off = 0, end = 0, el = 0;
    if (offset.ok() && is_int(vm, offset) && int_to_int64(offset, &off) && off > 0) {
      int64_t first_len = static_cast<int64_t>(char_count(first));
      bool same_line = !(end_line.ok() && is_int(vm, end_line) && int_to_int64(end_line, &el) && el != ln);
      if (!(end_offset.ok() && is_int(vm, end_offset) && int_to_int64(end_offset, &end)) || end <= 0 || !same_line)
        end = off + 1;
      if (!same_line) end = first_len + 1;
      if (off > first_len + 1) off = first_len + 1;
      if (end > first_len + 1) end = first_len + 1;
      if (end <= off) end = off + 1;
      int64_t col = off - 1 - static_cast<int64_t>(char_count(std::string_view(first).substr(0, ws)));
      if (col < 0) col = 0;
      out += "    " + std::string(col, ' ') + std::string(end - off, '^') + "\n";
    }
  }
  Value msg = getattr_opt(vm, exc, vm.intern("msg"));
  clear_exc(vm);
  std::string m = msg.ok() && isinstance_of(vm, msg, vm.t.str) ? std::string(sv(msg)) : "invalid syntax";
  out += exception_name(vm, exc) + ": " + m + "\n";
}

void format_one(VM& vm, SourceCache& src, Value exc, std::string& out) {
  Value tb = exc.as<ExceptionObj>()->traceback;
  if (tb.ok() && !tb.is_none()) {
    out += "Traceback (most recent call last):\n";
    // Repeated identical entries (recursion) are elided after three.
    std::string last_key;
    int repeats = 0;
    auto flush_repeats = [&]() {
      if (repeats > 3) {
        int more = repeats - 3;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
      }
    };
    for (Value t = tb; t.ok() && !t.is_none(); t = t.as<Traceback>()->next) {
      auto* tr = t.as<Traceback>();
      auto* fo = tr->frame.as<FrameObject>();
      Entry e{std::string(fo->code->filename->view()), std::string(fo->code->name->view()), tr->lineno,
              code_span(fo->code, tr->lasti)};
      std::string key = e.file + ":" + std::to_string(e.line) + ":" + e.name;
      if (key == last_key) {
        ++repeats;
        if (repeats > 3) continue;
      } else {
        flush_repeats();
        last_key = key;
        repeats = 1;
      }
      format_entry(src, e, out);
    }
    flush_repeats();
  }
  if (isinstance_of(vm, exc, vm.e.SyntaxError)) {
    format_syntax_error(vm, exc, out);
  } else {
    Value s = to_str(vm, exc);
    std::string text;
    if (s.ok())
      text = std::string(sv(s));
    else {
      clear_exc(vm);
      text = "<exception str() failed>";
    }
    out += exception_name(vm, exc);
    if (!text.empty()) out += ": " + text;
    out += "\n";
  }
  Value notes = getattr_opt(vm, exc, vm.intern("__notes__"));
  clear_exc(vm);
  if (notes.ok() && isinstance_of(vm, notes, vm.t.list)) {
    for (size_t i = 0; i < notes.as<List>()->size; ++i) {
      Value n = notes.as<List>()->items[i];
      Value ns = isinstance_of(vm, n, vm.t.str) ? n : repr(vm, n);
      if (!ns.ok()) {
        clear_exc(vm);
        continue;
      }
      out += std::string(sv(ns)) + "\n";
    }
  }
}

void format_chain(VM& vm, SourceCache& src, Value exc, std::set<uint64_t>& seen, std::string& out) {
  seen.insert(exc.bits());
  auto* e = exc.as<ExceptionObj>();
  if (e->cause.ok() && !e->cause.is_none() && is_exception_instance(vm, e->cause) && !seen.count(e->cause.bits())) {
    format_chain(vm, src, e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && e->context.ok() && !e->context.is_none() &&
             is_exception_instance(vm, e->context) && !seen.count(e->context.bits())) {
    format_chain(vm, src, e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(vm, src, exc, out);
}

}  // namespace

std::string format_exception(VM& vm, Value exc) {
  Value saved = vm.current_exc;
  vm.current_exc = Value::error();
  std::string out;
  SourceCache src;
  if (!is_exception_instance(vm, exc)) {
    out = "TypeError: print_exception(): Exception expected for value, " + type_name_str(exc) + " found\n";
  } else {
    std::set<uint64_t> seen;
    format_chain(vm, src, exc, seen, out);
  }
  vm.current_exc = saved;
  return out;
}

void print_exception(VM& vm, Value exc) {
  std::string text = format_exception(vm, exc);
  Value saved = vm.current_exc;
  vm.current_exc = Value::error();
  Value err = vm.sys_module ? getattr_opt(vm, val(vm.sys_module), vm.n.stderr) : Value::error();
  bool done = false;
  if (err.ok() && !err.is_none()) {
    Value s = make_str(vm, text);
    if (s.ok() && call_method(vm, err, vm.n.write, &s, 1).ok()) {
      call_method(vm, err, vm.n.flush, nullptr, 0);
      done = true;
    }
  }
  if (!done) (void)!::write(2, text.data(), text.size());
  vm.current_exc = saved;
}

}  // namespace klass
