// match statements (structural pattern matching), shaped like CPython 3.11.
//
// While a pattern is matched, the values it captures pile up on the stack
// beneath whatever the pattern still needs on top (`on_top`); they are stored
// into their names only once the whole pattern succeeded. A failing check
// jumps to a chain of POP_TOPs (`fail_pop[n]` pops n values) that cleans up
// exactly what is on the stack at that point.
#include <algorithm>

#include "compile/compiler_impl.h"
#include "compile/const_repr.h"

namespace klass::compile {

namespace {

bool is_wildcard(const ast::Pattern* p) {
  return p->is<ast::MatchAs>() && !p->as<ast::MatchAs>()->pattern && p->as<ast::MatchAs>()->name.empty();
}

bool is_star_wildcard(const ast::Pattern* p) { return p->is<ast::MatchStar>() && p->as<ast::MatchStar>()->name.empty(); }

class PatternCompiler {
public:
  explicit PatternCompiler(Compiler& c) : c_(c) {}

  std::vector<std::string> stores;  // captured names, in stack order
  bool allow_irrefutable = false;
  std::vector<Label> fail_pop;
  int64_t on_top = 0;

  void reset(bool irrefutable_ok) {
    stores.clear();
    allow_irrefutable = irrefutable_ok;
    fail_pop.clear();
    on_top = 0;
  }

  CodeBuilder& b() { return c_.b(); }

  void ensure_fail_pop(size_t n) {
    while (fail_pop.size() < n + 1) fail_pop.push_back(b().new_label());
  }

  void jump_to_fail_pop(Op op) {
    size_t pops = static_cast<size_t>(on_top) + stores.size();
    ensure_fail_pop(pops);
    b().emit_jump(op, fail_pop[pops]);
  }

  void emit_and_reset_fail_pop() {
    if (fail_pop.empty()) return;
    for (size_t i = fail_pop.size(); i-- > 1;) {
      b().bind(fail_pop[i]);
      b().emit(Op::POP_TOP);
    }
    b().bind(fail_pop[0]);
    fail_pop.clear();
  }

  void rotate(size_t count) {
    while (count > 1) b().emit(Op::SWAP, static_cast<uint32_t>(count--));
  }

  void store_name(std::string_view name, const ast::Located& where) {
    if (name.empty()) {
      b().emit(Op::POP_TOP);
      return;
    }
    if (name == "__debug__") c_.error(where, "cannot assign to __debug__");
    if (std::find(stores.begin(), stores.end(), name) != stores.end())
      c_.error(where, "multiple assignments to name '" + std::string(name) + "' in pattern");
    rotate(static_cast<size_t>(on_top) + stores.size() + 1);
    stores.emplace_back(name);
  }

  void subpattern(const ast::Pattern* p) {
    bool saved = allow_irrefutable;
    allow_irrefutable = true;
    pattern(p);
    allow_irrefutable = saved;
  }

  void pattern(const ast::Pattern* p) {
    Compiler::DepthScope depth(c_, *p);
    c_.set_loc(*p);
    using K = ast::PatternKind;
    switch (p->kind) {
      case K::MatchValue: value(p->as<ast::MatchValue>()); return;
      case K::MatchSingleton: {
        ConstValue v;
        auto kind = p->as<ast::MatchSingleton>()->value;
        v.kind = kind == ast::ConstantValue::Kind::True    ? ConstValue::Kind::True
                 : kind == ast::ConstantValue::Kind::False ? ConstValue::Kind::False
                                                           : ConstValue::Kind::None;
        c_.load_const(v);
        b().emit(Op::IS_OP, 0);
        jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
        return;
      }
      case K::MatchSequence: sequence(p->as<ast::MatchSequence>()); return;
      case K::MatchMapping: mapping(p->as<ast::MatchMapping>()); return;
      case K::MatchClass: class_pattern(p->as<ast::MatchClass>()); return;
      case K::MatchStar: store_name(p->as<ast::MatchStar>()->name, *p); return;
      case K::MatchAs: as_pattern(p->as<ast::MatchAs>()); return;
      case K::MatchOr: or_pattern(p->as<ast::MatchOr>()); return;
    }
  }

  static bool is_value_expr(const ast::Expr* e) {
    if (e->is<ast::Constant>() || e->is<ast::Attribute>()) return true;
    // -1, 1+2j and 1-2j are constants once folded.
    if (e->is<ast::UnaryOp>()) return e->as<ast::UnaryOp>()->operand->is<ast::Constant>();
    if (e->is<ast::BinOp>()) return is_value_expr(e->as<ast::BinOp>()->left) && e->as<ast::BinOp>()->right->is<ast::Constant>();
    return false;
  }

  void value(const ast::MatchValue* p) {
    if (!is_value_expr(p->value)) c_.error(*p, "patterns may only match literals and attribute lookups");
    c_.expr(p->value);
    c_.set_loc(*p);
    b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CompareOp::Eq));
    jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
  }

  void as_pattern(const ast::MatchAs* p) {
    if (!p->pattern) {
      if (!allow_irrefutable) {
        if (!p->name.empty())
          c_.error(*p, "name capture '" + std::string(p->name) + "' makes remaining patterns unreachable");
        c_.error(*p, "wildcard makes remaining patterns unreachable");
      }
      store_name(p->name, *p);
      return;
    }
    ++on_top;
    b().emit(Op::COPY, 1);
    pattern(p->pattern);
    --on_top;
    store_name(p->name, *p);
  }

  void sequence(const ast::MatchSequence* p) {
    const auto& patterns = p->patterns;
    const uint32_t size = patterns.size();
    int64_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (uint32_t i = 0; i < size; ++i) {
      const ast::Pattern* q = patterns[i];
      if (q->is<ast::MatchStar>()) {
        if (star >= 0) c_.error(*q, "multiple starred names in sequence pattern");
        star_wildcard = is_star_wildcard(q);
        only_wildcard = only_wildcard && star_wildcard;
        star = i;
        continue;
      }
      only_wildcard = only_wildcard && is_wildcard(q);
    }
    ++on_top;
    b().emit(Op::MATCH_SEQUENCE);
    jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
    if (star < 0) {
      length_check(size, CompareOp::Eq);
    } else if (size > 1) {
      length_check(size - 1, CompareOp::Ge);
    }
    --on_top;
    if (only_wildcard) {
      b().emit(Op::POP_TOP);
    } else if (star_wildcard) {
      sequence_subscripts(patterns, static_cast<uint32_t>(star));
    } else {
      sequence_unpack(patterns, *p);
    }
  }

  void length_check(uint32_t n, CompareOp op) {
    b().emit(Op::GET_LEN);
    ConstValue v;
    v.kind = ConstValue::Kind::Int;
    v.i = n;
    c_.load_const(v);
    b().emit(Op::COMPARE_OP, static_cast<uint32_t>(op));
    jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
  }

  void sequence_unpack(const ast::Seq<ast::Pattern*>& patterns, const ast::Located& where) {
    const uint32_t size = patterns.size();
    bool seen_star = false;
    for (uint32_t i = 0; i < size; ++i) {
      if (!patterns[i]->is<ast::MatchStar>()) continue;
      const uint32_t after = size - i - 1;
      if (i >= (1u << 8) || after >= (1u << 23)) c_.error(where, "too many expressions in star-unpacking assignment");
      b().emit(Op::UNPACK_EX, i | (after << 8));
      seen_star = true;
    }
    if (!seen_star) b().emit(Op::UNPACK_SEQUENCE, size);
    on_top += size;
    for (const ast::Pattern* q : patterns) {
      --on_top;
      subpattern(q);
    }
  }

  // [a, *_, b] indexes the subject instead of unpacking it.
  void sequence_subscripts(const ast::Seq<ast::Pattern*>& patterns, uint32_t star) {
    ++on_top;
    const uint32_t size = patterns.size();
    for (uint32_t i = 0; i < size; ++i) {
      const ast::Pattern* q = patterns[i];
      if (is_wildcard(q) || i == star) continue;
      b().emit(Op::COPY, 1);
      ConstValue index;
      index.kind = ConstValue::Kind::Int;
      if (i < star) {
        index.i = i;
        c_.load_const(index);
      } else {
        // The subject may not support negative indexes: use len(s) - k.
        b().emit(Op::GET_LEN);
        index.i = size - i;
        c_.load_const(index);
        b().emit(Op::BINARY_OP, static_cast<uint32_t>(BinaryOp::Subtract));
      }
      b().emit(Op::BINARY_SUBSCR);
      subpattern(q);
    }
    --on_top;
    b().emit(Op::POP_TOP);
  }

  void mapping(const ast::MatchMapping* p) {
    const uint32_t size = p->keys.size();
    if (size != p->patterns.size())
      c_.error(*p, "keys (" + std::to_string(size) + ") / patterns (" + std::to_string(p->patterns.size()) +
                       ") length mismatch in mapping pattern");
    const bool has_rest = !p->rest.empty();
    ++on_top;
    b().emit(Op::MATCH_MAPPING);
    jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
    if (!size && !has_rest) {
      --on_top;
      b().emit(Op::POP_TOP);
      return;
    }
    if (size) length_check(size, CompareOp::Ge);
    std::vector<std::string> seen;
    ConstValue keys;
    keys.kind = ConstValue::Kind::Tuple;
    bool all_const = true;
    for (const ast::Expr* key : p->keys) {
      ConstValue k;
      if (c_.constant_fold(key, k) || (key->is<ast::BinOp>() && is_value_expr(key))) {
        if (key->is<ast::BinOp>()) {
          all_const = false;
          continue;
        }
        std::string repr = const_repr(k);
        if (std::find(seen.begin(), seen.end(), repr) != seen.end())
          c_.error(*p, "mapping pattern checks duplicate key (" + repr + ")");
        seen.push_back(repr);
        keys.items.push_back(k);
      } else if (key->is<ast::Attribute>()) {
        all_const = false;
      } else {
        c_.error(*key, "mapping pattern keys may only match literals and attribute lookups");
      }
    }
    c_.set_loc(*p);
    if (all_const) {
      c_.load_const(keys);
    } else {
      for (const ast::Expr* key : p->keys) c_.expr(key);
      c_.set_loc(*p);
      b().emit(Op::BUILD_TUPLE, size);
    }
    b().emit(Op::MATCH_KEYS);
    on_top += 2;
    b().emit(Op::COPY, 1);
    c_.load_none();
    b().emit(Op::IS_OP, 1);
    jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
    // The values tuple becomes `size` values, each consumed by its sub-pattern.
    b().emit(Op::UNPACK_SEQUENCE, size);
    on_top += static_cast<int64_t>(size) - 1;
    for (const ast::Pattern* q : p->patterns) {
      --on_top;
      subpattern(q);
    }
    on_top -= 2;  // what follows consumes the keys and the subject
    c_.set_loc(*p);
    if (has_rest) {
      // rest = dict(subject); del rest[key] for each key
      b().emit(Op::BUILD_MAP, 0);
      b().emit(Op::SWAP, 3);
      b().emit(Op::DICT_UPDATE, 2);
      b().emit(Op::UNPACK_SEQUENCE, size);
      for (uint32_t n = size; n > 0; --n) {
        b().emit(Op::COPY, 1 + n);
        b().emit(Op::SWAP, 2);
        b().emit(Op::DELETE_SUBSCR);
      }
      store_name(p->rest, *p);
    } else {
      b().emit(Op::POP_TOP);  // keys
      b().emit(Op::POP_TOP);  // subject
    }
  }

  void class_pattern(const ast::MatchClass* p) {
    const uint32_t nargs = p->patterns.size(), nattrs = p->kwd_attrs.size();
    if (nattrs != p->kwd_patterns.size())
      c_.error(*p, "kwd_attrs (" + std::to_string(nattrs) + ") / kwd_patterns (" +
                       std::to_string(p->kwd_patterns.size()) + ") length mismatch in class pattern");
    for (uint32_t i = 0; i < nattrs; ++i) {
      if (p->kwd_attrs[i] == "__debug__") c_.error(*p->kwd_patterns[i], "cannot assign to __debug__");
      for (uint32_t j = i + 1; j < nattrs; ++j)
        if (p->kwd_attrs[i] == p->kwd_attrs[j])
          c_.error(*p->kwd_patterns[j], "attribute name repeated in class pattern: " + std::string(p->kwd_attrs[i]));
    }
    c_.expr(p->cls);
    c_.set_loc(*p);
    ConstValue names;
    names.kind = ConstValue::Kind::Tuple;
    for (ast::Identifier attr : p->kwd_attrs) names.items.push_back(Compiler::str_const(attr));
    c_.load_const(names);
    b().emit(Op::MATCH_CLASS, nargs);
    b().emit(Op::COPY, 1);
    c_.load_none();
    b().emit(Op::IS_OP, 1);
    ++on_top;
    jump_to_fail_pop(Op::POP_JUMP_IF_FALSE);
    // The attributes tuple becomes one value per sub-pattern, each consumed in turn.
    b().emit(Op::UNPACK_SEQUENCE, nargs + nattrs);
    on_top += static_cast<int64_t>(nargs + nattrs) - 1;
    for (uint32_t i = 0; i < nargs + nattrs; ++i) {
      --on_top;
      const ast::Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
      if (is_wildcard(q)) {
        b().emit(Op::POP_TOP);
        continue;
      }
      subpattern(q);
    }
  }

  void or_pattern(const ast::MatchOr* p) {
    Label end = b().new_label();
    const uint32_t size = p->patterns.size();
    std::vector<std::string> old_stores = stores;
    const bool old_allow = allow_irrefutable;
    std::vector<Label> old_fail_pop = fail_pop;
    const int64_t old_on_top = on_top;
    std::vector<std::string> control;
    for (uint32_t i = 0; i < size; ++i) {
      const ast::Pattern* alt = p->patterns[i];
      c_.set_loc(*alt);
      stores.clear();
      allow_irrefutable = i + 1 == size && old_allow;
      fail_pop.clear();
      on_top = 0;
      b().emit(Op::COPY, 1);
      pattern(alt);
      if (i == 0) {
        control = stores;
      } else if (stores.size() != control.size()) {
        c_.error(*alt, "alternative patterns bind different names");
      } else if (!stores.empty()) {
        // Reorder the captures on the stack to the first alternative's order.
        for (size_t icontrol = control.size(); icontrol-- > 0;) {
          auto found = std::find(stores.begin(), stores.end(), control[icontrol]);
          if (found == stores.end()) c_.error(*alt, "alternative patterns bind different names");
          size_t istores = static_cast<size_t>(found - stores.begin());
          if (icontrol == istores) continue;
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(stores.begin(), stores.begin() + static_cast<long>(rotations));
          stores.erase(stores.begin(), stores.begin() + static_cast<long>(rotations));
          stores.insert(stores.begin() + static_cast<long>(icontrol - istores), rotated.begin(), rotated.end());
          while (rotations--) rotate(icontrol + 1);
        }
      }
      b().emit_jump(Op::JUMP, end);
      emit_and_reset_fail_pop();
    }
    stores = old_stores;
    allow_irrefutable = old_allow;
    fail_pop = old_fail_pop;
    on_top = old_on_top;
    // No alternative matched: drop the subject copy and fail.
    b().emit(Op::POP_TOP);
    jump_to_fail_pop(Op::JUMP);
    b().bind(end);
    const size_t nrots = control.size() + 1 + static_cast<size_t>(on_top) + stores.size();
    for (const std::string& name : control) {
      rotate(nrots);
      if (std::find(stores.begin(), stores.end(), name) != stores.end())
        c_.error(*p, "multiple assignments to name '" + name + "' in pattern");
      stores.push_back(name);
    }
    b().emit(Op::POP_TOP);  // the subject copy
  }

private:
  Compiler& c_;
};

}  // namespace

void Compiler::match_stmt(const ast::Match* s) {
  expr(s->subject);
  Label end = b().new_label();
  const uint32_t cases = s->cases.size();
  const ast::MatchCase* last = s->cases[cases - 1];
  const bool has_default = is_wildcard(last->pattern) && cases > 1;
  PatternCompiler pc(*this);
  for (uint32_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
    const ast::MatchCase* m = s->cases[i];
    set_loc(*m->pattern);
    const bool copies_subject = i != cases - (has_default ? 1 : 0) - 1;
    if (copies_subject) b().emit(Op::COPY, 1);
    // Irrefutable cases must be either guarded, last, or both.
    pc.reset(m->guard != nullptr || i == cases - 1);
    pc.pattern(m->pattern);
    for (const std::string& name : pc.stores) name_op(name, ast::ExprContext::Store, *m->pattern);
    if (m->guard) {
      pc.ensure_fail_pop(0);
      jump_if(m->guard, pc.fail_pop[0], false);
    }
    if (copies_subject) b().emit(Op::POP_TOP);
    stmts(m->body);
    b().emit_jump(Op::JUMP, end);
    set_loc(*m->pattern);
    pc.emit_and_reset_fail_pop();
  }
  if (has_default) {
    set_loc(*last->pattern);
    if (cases == 1)
      b().emit(Op::POP_TOP);
    else
      b().emit(Op::NOP);
    if (last->guard) jump_if(last->guard, end, false);
    stmts(last->body);
  }
  b().bind(end);
}

}  // namespace klass::compile
