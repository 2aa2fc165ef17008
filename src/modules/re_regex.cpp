#include "modules/re_regex.h"

namespace klass::re {

namespace {

constexpr uint32_t kHeapLimitKiB = 1u << 20;  // 1 GiB of backtracking memory

std::string pcre2_message(int code) {
  PCRE2_UCHAR buf[256];
  int n = pcre2_get_error_message(code, buf, sizeof buf);
  if (n < 0) return "PCRE2 error " + std::to_string(code);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

}  // namespace

std::unique_ptr<Regex> Regex::compile(std::u32string_view pattern, bool is_bytes, uint32_t flags,
                                      PatternError* err) {
  ParsedPattern parsed;
  if (!parse_pattern(pattern, is_bytes, flags, &parsed, err)) return nullptr;
  std::unique_ptr<Regex> r(new Regex());
  if (!to_pcre2(parsed, is_bytes, &r->source_, &r->options_, err)) return nullptr;
  r->is_bytes_ = is_bytes;
  r->flags_ = parsed.flags;
  r->groups_ = parsed.groups;
  r->names_ = std::move(parsed.names);
  r->parent_ = std::move(parsed.parent);

  r->compile_context_ = pcre2_compile_context_create(nullptr);
  r->match_context_ = pcre2_match_context_create(nullptr);
  if (!r->compile_context_ || !r->match_context_) {
    err->kind = PatternError::ReError;
    err->message = "out of memory";
    err->pos = -1;
    return nullptr;
  }
  pcre2_set_newline(r->compile_context_, PCRE2_NEWLINE_LF);
  // Python nests groups as deep as its parser allows (about 500 levels); the
  // translation may add a level per group.
  pcre2_set_parens_nest_limit(r->compile_context_, 1500);
  // A lone surrogate in a str pattern compiles; like any invalid UTF-8 in
  // the subject it never matches.
  if (!is_bytes) pcre2_set_compile_extra_options(r->compile_context_, PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES);
  // Python never gives up on a match: only memory bounds the backtracking.
  pcre2_set_match_limit(r->match_context_, UINT32_MAX);
  pcre2_set_depth_limit(r->match_context_, UINT32_MAX);
  pcre2_set_heap_limit(r->match_context_, kHeapLimitKiB);

  std::string message;
  if (!r->code_for(Anchor::Search, &message)) {
    err->kind = PatternError::ReError;
    err->message = message;
    err->pos = -1;
    return nullptr;
  }
  return r;
}

Regex::~Regex() {
  for (pcre2_code* c : code_) pcre2_code_free(c);
  pcre2_match_data_free(spare_data_);
  pcre2_match_context_free(match_context_);
  pcre2_compile_context_free(compile_context_);
}

// Anchored matches get their own compiled code: PCRE2's JIT does not take
// PCRE2_ANCHORED / PCRE2_ENDANCHORED at match time, only at compile time.
pcre2_code* Regex::code_for(Anchor anchor, std::string* error) {
  int i = static_cast<int>(anchor);
  if (code_[i]) return code_[i];
  uint32_t options = options_;
  if (anchor != Anchor::Search) options |= PCRE2_ANCHORED;
  if (anchor == Anchor::FullMatch) options |= PCRE2_ENDANCHORED;
  int code = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* c = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source_.data()), source_.size(), options, &code,
                                &offset, compile_context_);
  if (!c) {
    *error = pcre2_message(code);
    return nullptr;
  }
  pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);  // without JIT the interpreter still works
  code_[i] = c;
  return c;
}

int Regex::exec(std::string_view subject, size_t start, Anchor anchor, bool not_empty_at_start, int64_t* spans,
                std::string* error) {
  pcre2_code* code = code_for(anchor, error);
  if (!code) return -1;
  // A callable replacement may run this same pattern while a match is in
  // progress, so the reusable match data is taken, not shared.
  pcre2_match_data* md = spare_data_;
  spare_data_ = nullptr;
  if (!md) md = pcre2_match_data_create(groups_ + 1, nullptr);
  if (!md) {
    *error = "out of memory";
    return -1;
  }
  uint32_t options = not_empty_at_start ? PCRE2_NOTEMPTY_ATSTART : 0;
  auto run = [&](uint32_t extra) {
    return pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), start, options | extra,
                       md, match_context_);
  };
  int rc = run(0);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT) rc = run(PCRE2_NO_JIT);
  int result;
  if (rc >= 0) {
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    for (uint32_t g = 0; g <= groups_; ++g) {
      bool unset = ov[2 * g] == PCRE2_UNSET;
      spans[2 * g] = unset ? -1 : static_cast<int64_t>(ov[2 * g]);
      spans[2 * g + 1] = unset ? -1 : static_cast<int64_t>(ov[2 * g + 1]);
    }
    result = 1;
  } else if (rc == PCRE2_ERROR_NOMATCH) {
    result = 0;
  } else {
    *error = pcre2_message(rc);
    result = -1;
  }
  if (spare_data_)
    pcre2_match_data_free(md);
  else
    spare_data_ = md;
  return result;
}

// The group whose closing came last: the one ending furthest right; of
// groups ending at the same place, an enclosing group closes after the groups
// inside it, and of unrelated groups the later one closes last.
uint32_t Regex::last_index(const int64_t* spans) const {
  uint32_t best = 0;
  int64_t best_end = -1;
  for (uint32_t g = 1; g <= groups_; ++g) {
    int64_t end = spans[2 * g + 1];
    if (spans[2 * g] < 0) continue;
    if (end > best_end) {
      best = g;
      best_end = end;
      continue;
    }
    if (end < best_end) continue;
    bool inside_best = false;
    for (uint32_t p = parent_[g]; p; p = parent_[p])
      if (p == best) inside_best = true;
    if (!inside_best) best = g;
  }
  return best;
}

}  // namespace klass::re
