// CodeBuilder::assemble: control-flow analysis and final layout of a code unit.
#include <algorithm>

#include "compile/code_builder.h"
#include "compile/stack_effect.h"

namespace klass::compile {

class Assembler {
public:
  Assembler(const CodeBuilder& builder, CodeUnit& out, std::string& error)
      : in_(builder.instrs_), labels_(builder.label_positions_), out_(out), error_(error) {}

  bool run() {
    return resolve_labels() && analyse_flow() && lay_out() && build_exception_table();
  }

private:
  using Pending = CodeBuilder::Pending;
  using Kind = CodeBuilder::Kind;

  // A stack of protected regions, shared as a tree: each node is one Setup
  // pseudo-instruction on top of its enclosing regions.
  struct RegionNode {
    int parent;
    size_t setup;  // index of the Setup instruction
  };
  static constexpr int kNoRegion = -1;

  struct WorkItem {
    size_t index;
    int depth;
    int region;
  };

  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  bool resolve_labels() {
    targets_.assign(in_.size(), 0);
    for (size_t i = 0; i < in_.size(); ++i) {
      const Pending& p = in_[i];
      bool needs_target = p.kind == Kind::Setup || (p.kind == Kind::Real && is_jump(p.op));
      if (!needs_target) continue;
      if (p.target < 0 || static_cast<size_t>(p.target) >= labels_.size()) return fail("jump without a label");
      int64_t pos = labels_[static_cast<size_t>(p.target)];
      if (pos < 0 || static_cast<size_t>(pos) >= in_.size()) return fail("jump to an unbound label");
      targets_[i] = static_cast<size_t>(pos);
    }
    return true;
  }

  // Depth change from the setup point to the handler's first instruction:
  // Finally pushes the exception; Cleanup pushes lasti and the exception; With
  // also drops the __enter__ result that sat above __exit__ (-1 + 2).
  static int handler_entry_effect(Region kind) { return kind == Region::Cleanup ? 2 : 1; }

  // Walks every path from the entry, recording the stack depth and the
  // protecting regions before each instruction.
  bool analyse_flow() {
    depth_.assign(in_.size(), -1);
    region_.assign(in_.size(), kNoRegion);
    std::vector<WorkItem> work{{0, 0, kNoRegion}};
    max_depth_ = 0;
    while (!work.empty()) {
      WorkItem item = work.back();
      work.pop_back();
      size_t i = item.index;
      int depth = item.depth;
      int region = item.region;
      for (;;) {
        if (i >= in_.size()) return fail("control flow falls off the end of the code");
        if (depth_[i] >= 0) {
          if (depth_[i] != depth) return fail("inconsistent stack depth at instruction " + std::to_string(i));
          if (region_[i] != region) return fail("inconsistent exception regions at instruction " + std::to_string(i));
          break;
        }
        depth_[i] = depth;
        region_[i] = region;
        const Pending& p = in_[i];
        if (p.kind == Kind::Setup) {
          int handler_depth = depth + handler_entry_effect(p.region);
          work.push_back({targets_[i], handler_depth, region});
          max_depth_ = std::max(max_depth_, handler_depth);
          regions_.push_back({region, i});
          region = static_cast<int>(regions_.size() - 1);
          ++i;
          continue;
        }
        if (p.kind == Kind::PopBlock) {
          if (region == kNoRegion) return fail("pop_block outside any region");
          region = regions_[static_cast<size_t>(region)].parent;
          ++i;
          continue;
        }
        if (is_jump(p.op)) {
          auto effect = stack_effect(p.op, p.arg, true);
          work.push_back({targets_[i], depth + *effect, region});
        }
        if (ends_flow(p.op)) break;
        auto effect = stack_effect(p.op, p.arg, false);
        if (!effect) return fail(std::string("no stack effect for ") + op_name(p.op));
        depth += *effect;
        if (depth < 0) return fail(std::string("stack underflow at ") + op_name(p.op));
        max_depth_ = std::max(max_depth_, depth);
        ++i;
      }
    }
    return true;
  }

  bool is_kept(size_t i, int previous_line) const {
    const Pending& p = in_[i];
    if (p.kind != Kind::Real || depth_[i] < 0) return false;
    if (p.op != Op::NOP) return true;
    // A NOP only stays to give its line a first instruction (e.g. `pass`).
    if (p.span.line <= 0 || p.span.line == previous_line) return false;
    for (size_t j = i + 1; j < in_.size(); ++j) {
      if (in_[j].kind != Kind::Real || depth_[j] < 0) continue;
      return in_[j].span.line != p.span.line;
    }
    return true;
  }

  bool lay_out() {
    final_index_.assign(in_.size() + 1, 0);
    kept_.assign(in_.size(), false);
    uint32_t count = 0;
    int previous_line = -1;
    for (size_t i = 0; i < in_.size(); ++i) {
      final_index_[i] = count;
      if (!is_kept(i, previous_line)) continue;
      kept_[i] = true;
      previous_line = in_[i].span.line;
      ++count;
    }
    final_index_[in_.size()] = count;
    out_.code.clear();
    out_.spans.clear();
    uint16_t caches = 0;
    for (size_t i = 0; i < in_.size(); ++i) {
      if (!kept_[i]) continue;
      const Pending& p = in_[i];
      Instr instr{p.op, p.flags, 0xffff, p.arg};
      if (is_jump(p.op)) instr.arg = final_index_[targets_[i]];
      if (uses_inline_cache(p.op)) {
        if (caches == 0xffff) return fail("too many inline caches in one code unit");
        instr.cache = caches++;
      }
      out_.code.push_back(instr);
      out_.spans.push_back(p.span);
    }
    out_.cache_count = caches;
    out_.stacksize = max_depth_;
    return true;
  }

  bool build_exception_table() {
    out_.exceptions.clear();
    struct Handler {
      bool present = false;
      uint32_t target = 0;
      uint16_t depth = 0;
      bool lasti = false;
      bool operator==(const Handler&) const = default;
    };
    Handler current;
    uint32_t start = 0;
    auto close = [&](uint32_t end) {
      if (current.present && end > start)
        out_.exceptions.push_back({start, end, current.target, current.depth, current.lasti});
    };
    for (size_t i = 0; i < in_.size(); ++i) {
      if (!kept_[i]) continue;
      Handler h;
      if (region_[i] != kNoRegion) {
        const Pending& setup = in_[regions_[static_cast<size_t>(region_[i])].setup];
        size_t setup_index = regions_[static_cast<size_t>(region_[i])].setup;
        size_t target = targets_[setup_index];
        bool lasti = setup.region != Region::Finally;
        int depth = depth_[target] - 1 - (lasti ? 1 : 0);
        if (depth < 0) return fail("negative handler depth");
        h = {true, final_index_[target], static_cast<uint16_t>(depth), lasti};
      }
      uint32_t index = final_index_[i];
      if (!(h == current)) {
        close(index);
        current = h;
        start = index;
      }
    }
    close(final_index_[in_.size()]);
    return true;
  }

  const std::vector<Pending>& in_;
  const std::vector<int64_t>& labels_;
  CodeUnit& out_;
  std::string& error_;

  std::vector<size_t> targets_;
  std::vector<int> depth_;
  std::vector<int> region_;
  std::vector<RegionNode> regions_;
  std::vector<uint32_t> final_index_;
  std::vector<bool> kept_;
  int max_depth_ = 0;
};

bool CodeBuilder::assemble(CodeUnit& out, std::string& error) const {
  if (instrs_.empty()) {
    error = "empty code";
    return false;
  }
  return Assembler(*this, out, error).run();
}

}  // namespace klass::compile
