// The str methods beyond the core of str.cpp (registered by init_str_type).
#include "types/str.h"

#include "types/native.h"
#include "vm/vm.h"

namespace klass {

void add_str_methods(VM& vm) { (void)vm; }

}  // namespace klass
