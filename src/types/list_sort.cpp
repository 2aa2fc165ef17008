// list.sort: a stable natural merge sort.
//
// Like CPython, the list looks empty while it is being sorted (so a key
// function or __lt__ that mutates it is detected: "list modified during
// sort"), keys are computed once per item, `reverse` keeps stability by
// reversing before and after, and a comparison that raises stops the sort
// with every item still in the list (in some order).
//
// The working arrays live in a GC tuple, not in malloc'd memory, so that
// keys and values stay visible to the collector while Python code runs.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "object/ops.h"
#include "types/float.h"
#include "types/list.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

constexpr size_t kMinRun = 32;

// How items compare: a fast path when every key has the same simple type.
enum class KeyKind { Generic, SmallInt, ExactStr, ExactFloat };

struct Sorter {
  VM& vm;
  KeyKind kind;
  Value* keys;    // n keys (the values themselves when there is no key function)
  Value* vals;    // n values, permuted alongside the keys; null when keys are the values
  Value* tkeys;   // scratch for merging, n entries each
  Value* tvals;
  bool failed = false;

  // keys[i] < keys[j]? -1 on error.
  int less(Value a, Value b) {
    switch (kind) {
      case KeyKind::SmallInt: return a.as_small_int() < b.as_small_int();
      case KeyKind::ExactStr: return a.as<Str>()->view() < b.as<Str>()->view();
      case KeyKind::ExactFloat: return float_value(a) < float_value(b);
      case KeyKind::Generic: break;
    }
    return compare_bool(vm, CompareOp::Lt, a, b);
  }

  void swap(size_t i, size_t j) {
    std::swap(keys[i], keys[j]);
    if (vals) std::swap(vals[i], vals[j]);
  }

  // Binary insertion sort of [lo, hi) where [lo, start) is already sorted.
  bool insertion_sort(size_t lo, size_t start, size_t hi) {
    for (size_t i = start; i < hi; ++i) {
      Value k = keys[i];
      Value v = vals ? vals[i] : Value();
      size_t l = lo, r = i;
      while (l < r) {
        size_t m = l + (r - l) / 2;
        int c = less(k, keys[m]);
        if (c < 0) return false;
        if (c) r = m; else l = m + 1;
      }
      std::memmove(static_cast<void*>(keys + l + 1), keys + l, (i - l) * sizeof(Value));
      keys[l] = k;
      if (vals) {
        std::memmove(static_cast<void*>(vals + l + 1), vals + l, (i - l) * sizeof(Value));
        vals[l] = v;
      }
    }
    return true;
  }

  // Length of the run starting at lo (a strictly descending run is reversed
  // in place, which keeps the sort stable), or 0 on error.
  size_t count_run(size_t lo, size_t hi) {
    if (lo + 1 >= hi) return hi - lo;
    int c = less(keys[lo + 1], keys[lo]);
    if (c < 0) return 0;
    size_t end = lo + 2;
    if (c) {
      for (; end < hi; ++end) {
        int d = less(keys[end], keys[end - 1]);
        if (d < 0) return 0;
        if (!d) break;
      }
      for (size_t i = lo, j = end - 1; i < j; ++i, --j) swap(i, j);
    } else {
      for (; end < hi; ++end) {
        int d = less(keys[end], keys[end - 1]);
        if (d < 0) return 0;
        if (d) break;
      }
    }
    return end - lo;
  }

  // Merges the sorted runs [lo, mid) and [mid, hi). On a failed comparison
  // the rest of both runs is copied unmerged, so no item is lost.
  bool merge(size_t lo, size_t mid, size_t hi) {
    // Already in order: the common case for nearly sorted input.
    int c = less(keys[mid], keys[mid - 1]);
    if (c <= 0) return c == 0;
    size_t n = mid - lo;
    std::memcpy(static_cast<void*>(tkeys), keys + lo, n * sizeof(Value));
    if (vals) std::memcpy(static_cast<void*>(tvals), vals + lo, n * sizeof(Value));
    size_t i = 0, j = mid, out = lo;
    bool ok = true;
    while (i < n && j < hi) {
      int d = less(keys[j], tkeys[i]);
      if (d < 0) {
        ok = false;
        break;
      }
      if (d) {
        keys[out] = keys[j];
        if (vals) vals[out] = vals[j];
        ++j;
      } else {
        keys[out] = tkeys[i];
        if (vals) vals[out] = tvals[i];
        ++i;
      }
      ++out;
    }
    // Whatever is left of the left run goes before the untouched right tail.
    size_t left = n - i;
    std::memcpy(static_cast<void*>(keys + out), tkeys + i, left * sizeof(Value));
    if (vals) std::memcpy(static_cast<void*>(vals + out), tvals + i, left * sizeof(Value));
    return ok;
  }

  bool sort(size_t n) {
    // Split into runs of at least kMinRun items, then merge them pairwise
    // keeping a stack of run lengths in the shape timsort maintains, so the
    // total work stays O(n log n).
    std::vector<std::pair<size_t, size_t>> runs;  // (start, length)
    size_t lo = 0;
    while (lo < n) {
      size_t run = count_run(lo, n);
      if (run == 0) return false;
      if (run < kMinRun) {
        size_t forced = std::min(kMinRun, n - lo);
        if (!insertion_sort(lo, lo + run, lo + forced)) return false;
        run = forced;
      }
      runs.push_back({lo, run});
      lo += run;
      while (runs.size() > 1) {
        size_t k = runs.size();
        bool collapse = runs[k - 2].second <= runs[k - 1].second ||
                        (k > 2 && runs[k - 3].second <= runs[k - 2].second + runs[k - 1].second);
        if (!collapse) break;
        if (!merge_at(runs, k - 2)) return false;
      }
    }
    while (runs.size() > 1)
      if (!merge_at(runs, runs.size() - 2)) return false;
    return true;
  }

  bool merge_at(std::vector<std::pair<size_t, size_t>>& runs, size_t i) {
    auto [a, la] = runs[i];
    auto [b, lb] = runs[i + 1];
    bool ok = merge(a, b, b + lb);
    runs[i].second = la + lb;
    runs.erase(runs.begin() + static_cast<ptrdiff_t>(i) + 1);
    return ok;
  }
};

KeyKind classify(VM& vm, const Value* keys, size_t n) {
  if (n == 0) return KeyKind::Generic;
  Type* t0 = type_of(vm, keys[0]);
  for (size_t i = 0; i < n; ++i)
    if (type_of(vm, keys[i]) != t0) return KeyKind::Generic;
  if (t0 == vm.t.int_) {
    for (size_t i = 0; i < n; ++i)
      if (!keys[i].is_small_int()) return KeyKind::Generic;
    return KeyKind::SmallInt;
  }
  // UTF-8 byte order is code point order, so str keys compare as bytes.
  if (t0 == vm.t.str) return KeyKind::ExactStr;
  if (t0 == vm.t.float_) {
    for (size_t i = 0; i < n; ++i)
      if (float_value(keys[i]) != float_value(keys[i])) return KeyKind::Generic;  // NaN
    return KeyKind::ExactFloat;
  }
  return KeyKind::Generic;
}

void reverse_values(Value* v, size_t n) {
  for (size_t i = 0, j = n; i + 1 < j; ++i, --j) std::swap(v[i], v[j - 1]);
}

}  // namespace

bool list_sort(VM& vm, List* l, Value key, bool reverse) {
  bool has_key = key.ok() && !key.is_none();
  size_t n = l->size;
  // Working storage: values, keys and two scratch halves, in one GC tuple.
  // Allocated while the list still holds (and so keeps alive) its items.
  Tuple* work = tuple_alloc(vm, has_key ? 4 * n : 2 * n);
  if (!work) return false;
  Value* base = work->items();
  if (n) std::memcpy(static_cast<void*>(base), l->items, n * sizeof(Value));
  // Take the items out: the list is empty while we sort. From here on the
  // tuple holds every value; the saved array is no longer traced.
  Value* saved = l->items;
  size_t cap = l->capacity;
  l->items = nullptr;
  l->size = l->capacity = 0;
  bool ok = true;
  if (has_key) {
    for (size_t i = 0; i < n; ++i) {
      Value k = call1(vm, key, base[i]);
      if (!k.ok()) {
        ok = false;
        break;
      }
      base[n + i] = k;
    }
  }
  // Sorting the reversed list and reversing the result keeps equal items in
  // their original order (CPython does the same). Keys are computed first,
  // in list order, so a key function sees the items as CPython calls it.
  bool reversed = ok && reverse;
  if (reversed) {
    reverse_values(base, n);
    if (has_key) reverse_values(base + n, n);
  }
  if (ok && n > 1) {
    Value* vals = has_key ? base : nullptr;
    Value* keys = has_key ? base + n : base;
    Sorter s{vm, classify(vm, keys, n), keys, vals, has_key ? base + 2 * n : base + n,
             has_key ? base + 3 * n : nullptr};
    ok = s.sort(n);
  }
  // Put the values back (in their current order: sorted, or partly sorted
  // after a failed comparison, or unchanged after a failed key function) and
  // undo the pre-reversal.
  if (reversed) reverse_values(base, n);
  if (n) std::memcpy(static_cast<void*>(saved), base, n * sizeof(Value));
  bool modified = l->items != nullptr || l->size != 0;
  std::free(l->items);
  l->items = saved;
  l->size = n;
  l->capacity = cap;
  if (modified && ok) {
    raise(vm, vm.e.ValueError, "list modified during sort");
    return false;
  }
  return ok;
}

}  // namespace klass
