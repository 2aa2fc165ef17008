// The garbage-collected heap of one VM.
//
// A non-moving mark-and-sweep collector. Objects up to kMaxSmall bytes come
// from 64 KiB pages split into equal cells of one size class (a free list per
// class makes allocation a pointer pop); bigger objects get an allocation of
// their own.
//
// How C++ code keeps values alive (the rule, also stated in klass/klass.h):
//   * Values in local variables of C++ functions on the VM's thread need no
//     ritual: the collector scans the thread's machine stack and registers
//     conservatively, treating any word that points into a live object as a
//     reference. So `Value s = make_str(...); Value t = make_str(...);` is safe.
//   * Values stored anywhere else (a C++ heap structure, a global) must either
//     live inside a GC object (traced by its type's trace function) or be held
//     by a klass::Ref / registered root.
// The collector never moves objects, so raw pointers stay valid while reachable.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>
#include <map>
#include <unordered_set>
#include "object/value.h"

namespace klass {

struct Obj;
class Heap;

// Visits the references an object holds. Each object layout supplies a trace
// function that calls visit() for every Value/Obj* it owns.
class Tracer {
 public:
  explicit Tracer(Heap& h) : heap_(h) {}
  void visit(Value v) { if (v.is_object()) visit(v.as_object()); }
  void visit(const Obj* o);
  void visit_range(const Value* begin, const Value* end) { for (auto* p = begin; p < end; ++p) visit(*p); }
  // Treats every aligned word in [begin, end) as a possible reference (for
  // memory whose exact layout is not tracked, like the frame stack).
  void visit_conservative(const void* begin, const void* end);
 private:
  friend class Heap;
  Heap& heap_;
};

class Heap {
 public:
  static constexpr size_t kPageSize = 64 * 1024;
  static constexpr size_t kMaxSmall = 512;

  // Called for each root set when collecting (VM registers its own roots).
  using RootFn = void (*)(void* ctx, Tracer& t);

  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Returns zeroed memory for an object of `size` bytes, or nullptr when the
  // system is out of memory (the caller raises MemoryError). May collect first.
  void* allocate(size_t size);

  void set_roots(RootFn fn, void* ctx) { roots_ = fn; roots_ctx_ = ctx; }
  void collect();
  // Collection is disabled while a VM is being set up or torn down, and by gc.disable().
  void set_enabled(bool on) { enabled_ = on; }
  bool enabled() const { return enabled_; }

  size_t live_bytes() const { return live_bytes_; }
  size_t collections() const { return collections_; }
  size_t object_count() const;

  // If `p` points into a live object, returns that object's start.
  Obj* find_object(uintptr_t p) const;

 private:
  friend class Tracer;
  struct Page;
  struct SizeClass { size_t cell; Obj* free = nullptr; };

  static size_t class_index(size_t size);
  void* allocate_small(size_t ci);
  void* allocate_large(size_t size);
  bool new_page(size_t ci);
  void mark(const Obj* o);
  void drain();
  void scan_machine_stack();
  void sweep();

  std::vector<SizeClass> classes_;
  std::vector<Page*> pages_;
  std::unordered_set<uintptr_t> page_set_;
  std::map<uintptr_t, size_t> large_;  // start -> size
  std::vector<const Obj*> mark_stack_;
  RootFn roots_ = nullptr;
  void* roots_ctx_ = nullptr;
  size_t live_bytes_ = 0, allocated_since_ = 0, threshold_ = 8u << 20;
  size_t collections_ = 0;
  bool enabled_ = false, collecting_ = false;
  uintptr_t stack_top_ = 0;
};

}  // namespace klass
