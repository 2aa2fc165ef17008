#include "gc/heap.h"

#include <pthread.h>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <new>

#include "object/object.h"
#include "object/type.h"
#include "object/typeobject.h"

namespace klass {

namespace {
constexpr uint32_t kMarked = 1;
// Cell sizes: every 16 bytes up to 128, then every 64 bytes up to kMaxSmall.
constexpr size_t cell_size(size_t ci) { return ci < 8 ? (ci + 1) * 16 : 128 + (ci - 7) * 64; }
constexpr size_t kClassCount = 8 + (Heap::kMaxSmall - 128) / 64;
struct FreeCell { Type* cls; FreeCell* next; };  // cls == nullptr marks a free cell
}  // namespace

struct Heap::Page {
  size_t ci;
  size_t cell;
  size_t ncells;
  size_t pad_;
  char* cells() { return reinterpret_cast<char*>(this) + sizeof(Page); }
};

Heap::Heap() {
  classes_.resize(kClassCount);
  for (size_t i = 0; i < kClassCount; ++i) classes_[i].cell = cell_size(i);
}

Heap::~Heap() {
  // Finalize everything still alive, then return the memory.
  for (Page* p : pages_) {
    for (size_t i = 0; i < p->ncells; ++i) {
      auto* o = reinterpret_cast<Obj*>(p->cells() + i * p->cell);
      if (o->cls && o->cls->layout && o->cls->layout->finalize) o->cls->layout->finalize(o);
    }
  }
  for (auto& [start, size] : large_) {
    auto* o = reinterpret_cast<Obj*>(start);
    if (o->cls && o->cls->layout && o->cls->layout->finalize) o->cls->layout->finalize(o);
  }
  for (Page* p : pages_) std::free(p);
  for (auto& [start, size] : large_) std::free(reinterpret_cast<void*>(start));
}

size_t Heap::class_index(size_t size) {
  if (size <= 128) return size == 0 ? 0 : (size - 1) / 16;
  return 8 + (size - 129) / 64;
}

void* Heap::allocate(size_t size) {
#ifdef KLASS_GC_STRESS
  if (enabled_ && !collecting_) collect();
#else
  if (allocated_since_ > threshold_ && enabled_ && !collecting_) collect();
#endif
  size = (size + 15) & ~size_t(15);
  allocated_since_ += size;
  live_bytes_ += size;
  return size <= kMaxSmall ? allocate_small(class_index(size)) : allocate_large(size);
}

void* Heap::allocate_small(size_t ci) {
  SizeClass& sc = classes_[ci];
  if (!sc.free && !new_page(ci)) return nullptr;
  auto* cell = reinterpret_cast<FreeCell*>(sc.free);
  sc.free = reinterpret_cast<Obj*>(cell->next);
  std::memset(static_cast<void*>(cell), 0, sc.cell);
  return cell;
}

bool Heap::new_page(size_t ci) {
  void* mem = std::aligned_alloc(kPageSize, kPageSize);
  if (!mem) return false;
  auto* p = new (mem) Page{ci, classes_[ci].cell, (kPageSize - sizeof(Page)) / classes_[ci].cell, 0};
  // Thread the cells onto the free list in address order.
  FreeCell* head = nullptr;
  for (size_t i = p->ncells; i-- > 0;) {
    auto* c = reinterpret_cast<FreeCell*>(p->cells() + i * p->cell);
    c->cls = nullptr;
    c->next = head;
    head = c;
  }
  classes_[ci].free = reinterpret_cast<Obj*>(head);
  pages_.push_back(p);
  page_set_.insert(reinterpret_cast<uintptr_t>(p));
  return true;
}

void* Heap::allocate_large(size_t size) {
  void* mem = std::aligned_alloc(16, size);
  if (!mem) return nullptr;
  std::memset(mem, 0, size);
  large_.emplace(reinterpret_cast<uintptr_t>(mem), size);
  return mem;
}

Obj* Heap::find_object(uintptr_t addr) const {
  uintptr_t page = addr & ~(uintptr_t(kPageSize) - 1);
  if (page_set_.count(page)) {
    auto* p = reinterpret_cast<Page*>(page);
    uintptr_t first = reinterpret_cast<uintptr_t>(p->cells());
    if (addr < first) return nullptr;
    size_t idx = (addr - first) / p->cell;
    if (idx >= p->ncells) return nullptr;
    auto* o = reinterpret_cast<Obj*>(first + idx * p->cell);
    return o->cls ? o : nullptr;
  }
  auto it = large_.upper_bound(addr);
  if (it == large_.begin()) return nullptr;
  --it;
  if (addr >= it->first + it->second) return nullptr;
  auto* o = reinterpret_cast<Obj*>(it->first);
  return o->cls ? o : nullptr;
}

size_t Heap::object_count() const {
  size_t n = 0;
  for (Page* p : pages_)
    for (size_t i = 0; i < p->ncells; ++i)
      if (reinterpret_cast<Obj*>(p->cells() + i * p->cell)->cls) ++n;
  return n + large_.size();
}

void Tracer::visit(const Obj* o) { heap_.mark(o); }

__attribute__((no_sanitize_address)) void Tracer::visit_conservative(const void* begin, const void* end) {
  auto lo = (reinterpret_cast<uintptr_t>(begin) + 7) & ~uintptr_t(7);
  auto hi = reinterpret_cast<uintptr_t>(end);
  for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t)) {
    uintptr_t w = *reinterpret_cast<const uintptr_t*>(a);
    if (w & 7 || w < 4096) continue;
    if (Obj* o = heap_.find_object(w)) heap_.mark(o);
  }
}

void Heap::mark(const Obj* o) {
  if (!o || (o->gcbits & kMarked)) return;
  const_cast<Obj*>(o)->gcbits |= kMarked;
  mark_stack_.push_back(o);
}

void Heap::drain() {
  Tracer t(*this);
  while (!mark_stack_.empty()) {
    auto* o = const_cast<Obj*>(mark_stack_.back());
    mark_stack_.pop_back();
    mark(o->cls);
    if (o->cls->layout->trace) o->cls->layout->trace(o, t);
    if (o->cls->flags & TF_HEAPTYPE) trace_instance_extras(o, t);
  }
}

// Conservative scan of this thread's stack and registers: any word that points
// into a live object keeps it alive. Reads the whole stack, so it must not be
// instrumented by AddressSanitizer (it would flag other frames' redzones).
__attribute__((no_sanitize_address, noinline)) void Heap::scan_machine_stack() {
  if (!stack_top_) {
    pthread_attr_t attr;
    void* base = nullptr;
    size_t size = 0;
    pthread_getattr_np(pthread_self(), &attr);
    pthread_attr_getstack(&attr, &base, &size);
    pthread_attr_destroy(&attr);
    stack_top_ = reinterpret_cast<uintptr_t>(base) + size;
  }
  jmp_buf regs;
  setjmp(regs);  // spills callee-saved registers into `regs`, on this frame
  volatile uintptr_t here = reinterpret_cast<uintptr_t>(&regs);
  uintptr_t lo = here & ~uintptr_t(7);
  uintptr_t hi = stack_top_;
  if (hi < lo || hi - lo > (size_t(1) << 30)) {
    // Running on a stack other than the one we measured (a different thread):
    // measure again.
    stack_top_ = 0;
    scan_machine_stack();
    return;
  }
  for (uintptr_t a = lo; a + sizeof(uintptr_t) <= hi; a += sizeof(uintptr_t)) {
    uintptr_t w = *reinterpret_cast<const uintptr_t*>(a);
    if (w & 7 || w < 4096) continue;
    if (Obj* o = find_object(w)) mark(o);
  }
  for (size_t i = 0; i < sizeof(regs) / sizeof(uintptr_t); ++i) {
    uintptr_t w = reinterpret_cast<const uintptr_t*>(&regs)[i];
    if (w & 7 || w < 4096) continue;
    if (Obj* o = find_object(w)) mark(o);
  }
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  Tracer t(*this);
  if (roots_) roots_(roots_ctx_, t);
  scan_machine_stack();
  drain();
  sweep();
  ++collections_;
  allocated_since_ = 0;
  threshold_ = live_bytes_ < (8u << 20) ? (8u << 20) : live_bytes_;
  collecting_ = false;
}

void Heap::sweep() {
  // Two passes: finalizers may look at other dead objects' headers (a dead
  // instance's class may be dead too), so nothing is freed until all ran.
  auto finalize_dead = [](Obj* o) {
    if (o->cls && !(o->gcbits & kMarked) && o->cls->layout->finalize) o->cls->layout->finalize(o);
  };
  for (Page* p : pages_)
    for (size_t i = 0; i < p->ncells; ++i) finalize_dead(reinterpret_cast<Obj*>(p->cells() + i * p->cell));
  for (auto& [start, size] : large_) finalize_dead(reinterpret_cast<Obj*>(start));

  size_t live = 0;
  for (auto& sc : classes_) sc.free = nullptr;
  for (Page* p : pages_) {
    FreeCell* head = nullptr;
    for (size_t i = p->ncells; i-- > 0;) {
      auto* o = reinterpret_cast<Obj*>(p->cells() + i * p->cell);
      if (o->cls && (o->gcbits & kMarked)) {
        o->gcbits &= ~kMarked;
        live += p->cell;
        continue;
      }
      auto* c = reinterpret_cast<FreeCell*>(o);
      c->cls = nullptr;
      c->next = head;
      head = c;
    }
    // Splice this page's free cells in front of its class list.
    if (head) {
      FreeCell* tail = head;
      while (tail->next) tail = tail->next;
      tail->next = reinterpret_cast<FreeCell*>(classes_[p->ci].free);
      classes_[p->ci].free = reinterpret_cast<Obj*>(head);
    }
  }
  for (auto it = large_.begin(); it != large_.end();) {
    auto* o = reinterpret_cast<Obj*>(it->first);
    if (o->gcbits & kMarked) {
      o->gcbits &= ~kMarked;
      live += it->second;
      ++it;
    } else {
      std::free(o);
      it = large_.erase(it);
    }
  }
  live_bytes_ = live;
}

}  // namespace klass
