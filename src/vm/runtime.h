// Operations the interpreter performs that are more than a line or two, kept
// out of the dispatch loop so it stays readable.
#pragma once
#include <cstddef>
#include "object/object.h"

namespace klass {

class VM;
struct Dict;
struct Str;

// LOAD_METHOD: true and *out = the unbound function when obj.name is a
// method found on the class that can be called with obj prepended; otherwise
// false and *out = getattr(obj, name) (error() on failure).
bool method_lookup(VM& vm, Value obj, Str* name, Value* out);
bool is_iterable(VM& vm, Value v);
// "f()" style name of a callable for messages (a str), or error().
Value repr_function_name(VM& vm, Value callable);
// f(**m): merges mapping m into d; TypeError on a repeated key or non-mapping.
bool dict_merge(VM& vm, Dict* d, Value m, Value callable);
Value str_concat_many(VM& vm, const Value* parts, size_t n);
// a, b, c = seq (writes n values, the first item last, as UNPACK_SEQUENCE pushes)
bool unpack_sequence(VM& vm, Value seq, size_t n, Value* out);
bool unpack_ex(VM& vm, Value seq, size_t before, size_t after, Value* out);
Value annotations_from_pairs(VM& vm, Value pairs_tuple);
// raise exc [from cause]; always leaves an exception pending.
void do_raise(VM& vm, Value exc, Value cause);
bool exception_group_match(VM& vm, Value eg, Value type, Value* match, Value* rest);
Value prep_reraise_star(VM& vm, Value orig, Value excs);
bool before_with(VM& vm, Value mgr, Value* exit_fn, Value* enter_result);
Value exception_traceback(Value exc);
Value stop_iteration_value(VM& vm, Value stop);
Value match_keys(VM& vm, Value subject, Value keys);
Value match_class(VM& vm, Value subject, Value cls, size_t npos, Value kwnames);
bool print_expr(VM& vm, Value v);
Dict* module_dict_of(Value module);

}  // namespace klass
