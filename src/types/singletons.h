// None, NotImplemented and Ellipsis: their types and the two object singletons.
#pragma once
namespace klass {
class VM;
void init_singleton_types(VM& vm);
}  // namespace klass
