#include "compile/code_builder.h"

#include "compile/stack_effect.h"

namespace klass::compile {

Label CodeBuilder::new_label() {
  label_positions_.push_back(-1);
  return static_cast<Label>(label_positions_.size() - 1);
}

void CodeBuilder::bind(Label label) { label_positions_[label] = static_cast<int64_t>(instrs_.size()); }

void CodeBuilder::emit(Op op, uint32_t arg) {
  Pending p;
  p.op = op;
  p.arg = arg;
  p.span = span_;
  instrs_.push_back(p);
}

void CodeBuilder::emit_jump(Op op, Label target) {
  emit(op, 0);
  instrs_.back().target = target;
}

void CodeBuilder::set_last_flags(uint8_t flags) {
  if (!instrs_.empty()) instrs_.back().flags = flags;
}

void CodeBuilder::setup(Region kind, Label handler) {
  Pending p;
  p.kind = Kind::Setup;
  p.region = kind;
  p.target = handler;
  p.span = span_;
  instrs_.push_back(p);
}

void CodeBuilder::pop_block() {
  Pending p;
  p.kind = Kind::PopBlock;
  p.span = span_;
  instrs_.push_back(p);
}

bool CodeBuilder::end_reachable() const {
  if (instrs_.empty() || instrs_.back().kind != Kind::Real || !ends_flow(instrs_.back().op)) return true;
  for (int64_t position : label_positions_)
    if (position == static_cast<int64_t>(instrs_.size())) return true;
  return false;
}

}  // namespace klass::compile
