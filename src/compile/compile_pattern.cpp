// match statements.
#include "compile/compiler_impl.h"

namespace klass::compile {

void Compiler::match_stmt(const ast::Match* s) { error(*s, "match statements are not supported yet", "SystemError"); }

void Compiler::try_star(const ast::Try* s) { error(*s, "except* is not supported yet", "SystemError"); }

}  // namespace klass::compile
