// The collector: what C++ code may rely on (values in locals survive,
// garbage and cycles are freed) and that VMs come and go cleanly.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "gc/heap.h"
#include "object/ops.h"
#include "types/dict.h"
#include "types/list.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/vm.h"

namespace klass {
namespace {

TEST(Heap, ValuesInLocalsSurviveCollection) {
  VM vm;
  Value s = make_str(vm, "kept alive by this stack frame");
  Value l = make_list(vm);
  ASSERT_TRUE(list_append(vm, l.as<List>(), s));
  vm.heap.collect();
  vm.heap.collect();
  EXPECT_EQ(sv(l.as<List>()->items[0]), "kept alive by this stack frame");
}

TEST(Heap, GarbageIsFreed) {
  VM vm;
  vm.heap.collect();
  size_t baseline = vm.heap.object_count();
  for (int i = 0; i < 10000; ++i) make_list(vm, 4);
  vm.heap.collect();
  // A few objects may stay reachable through stale stack words; thousands may not.
  EXPECT_LT(vm.heap.object_count(), baseline + 100);
}

TEST(Heap, CyclesAreFreed) {
  VM vm;
  vm.heap.collect();
  size_t baseline = vm.heap.object_count();
  for (int i = 0; i < 2000; ++i) {
    Value a = make_list(vm);
    Value b = make_list(vm);
    list_append(vm, a.as<List>(), b);
    list_append(vm, b.as<List>(), a);
  }
  vm.heap.collect();
  EXPECT_LT(vm.heap.object_count(), baseline + 100);
}

TEST(Heap, ExtraRootsKeepValues) {
  VM vm;
  vm.extra_roots.push_back(make_str(vm, "rooted"));
  for (int i = 0; i < 3; ++i) vm.heap.collect();
  EXPECT_EQ(sv(vm.extra_roots[0]), "rooted");
}

TEST(VMLifecycle, CreateAndDestroyManyTimes) {
  for (int i = 0; i < 200; ++i) {
    VM vm;
    Value d = make_dict(vm);
    ASSERT_TRUE(dict_set_cstr(vm, d.as<Dict>(), "k", make_str(vm, "v")));
  }
}

TEST(VMLifecycle, SeveralVMsOnThreads) {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([t, &ok] {
      VM vm;
      Value l = make_list(vm);
      for (int i = 0; i < 5000; ++i) list_append(vm, l.as<List>(), make_str(vm, "item"));
      vm.heap.collect();
      ok[t] = l.as<List>()->size == 5000;
    });
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_EQ(v, 1);
}

}  // namespace
}  // namespace klass
