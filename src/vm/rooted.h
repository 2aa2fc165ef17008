// A growable array of Values that the collector sees while it exists.
//
// C++ locals are found by the collector's stack scan, but the elements of a
// std::vector live in malloc'd memory it does not scan. Code that gathers
// values it has just created (results of calls, new objects) uses
// RootedValues instead; its lifetime is a C++ scope (RAII).
#pragma once
#include <initializer_list>
#include <vector>

#include "object/object.h"
#include "vm/vm.h"

namespace klass {

class RootedValues {
 public:
  explicit RootedValues(VM& vm) : vm_(vm) { vm_.rooted_arrays.push_back(&items_); }
  RootedValues(VM& vm, std::initializer_list<Value> init) : RootedValues(vm) { items_.assign(init); }
  ~RootedValues() { vm_.rooted_arrays.pop_back(); }
  RootedValues(const RootedValues&) = delete;
  RootedValues& operator=(const RootedValues&) = delete;

  void push_back(Value v) { items_.push_back(v); }
  void reserve(size_t n) { items_.reserve(n); }
  void resize(size_t n) { items_.resize(n); }
  template <class It>
  void insert_end(It first, It last) { items_.insert(items_.end(), first, last); }
  Value* data() { return items_.data(); }
  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  Value& operator[](size_t i) { return items_[i]; }
  Value* begin() { return items_.data(); }
  Value* end() { return items_.data() + items_.size(); }

 private:
  VM& vm_;
  std::vector<Value> items_;
};

}  // namespace klass
