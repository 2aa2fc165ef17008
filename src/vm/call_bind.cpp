// Binding call arguments to a Python function's parameters, with CPython's
// error messages.
#include <string>
#include <vector>

#include "object/ops.h"
#include "types/code.h"
#include "types/dict.h"
#include "types/function.h"
#include "types/str.h"
#include "types/tuple.h"
#include "vm/call_bind.h"
#include "vm/errors.h"
#include "vm/vm.h"

namespace klass {

namespace {

std::string qualname_of(Function* fn) { return std::string(fn->qualname->view()); }

// "'a', 'b' and 'c'"
std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

Value missing_arguments(VM& vm, Function* fn, Value* slots, bool kwonly) {
  Code* c = fn->code;
  std::vector<std::string> missing;
  int start = kwonly ? c->argcount : 0;
  int end = kwonly ? c->argcount + c->kwonlyargcount : c->argcount;
  for (int i = start; i < end; ++i)
    if (!slots[i].ok()) missing.push_back(std::string((*c->localsplus_names)[i].as<Str>()->view()));
  return raisef(vm, vm.e.TypeError, "%s() missing %zu required %s argument%s: %s", qualname_of(fn).c_str(),
                missing.size(), kwonly ? "keyword-only" : "positional", missing.size() == 1 ? "" : "s",
                quoted_list(missing).c_str());
}

Value too_many_positional(VM& vm, Function* fn, size_t given, Value* slots) {
  Code* c = fn->code;
  size_t ndefaults = fn->defaults ? fn->defaults->size : 0;
  size_t kw_given = 0;
  for (int i = c->argcount; i < c->argcount + c->kwonlyargcount; ++i)
    if (slots[i].ok()) ++kw_given;
  std::string takes;
  if (ndefaults) {
    takes = "from " + std::to_string(c->argcount - ndefaults) + " to " + std::to_string(c->argcount);
  } else {
    takes = std::to_string(c->argcount);
  }
  std::string msg = qualname_of(fn) + "() takes " + takes + " positional argument" +
                    (c->argcount == 1 && !ndefaults ? "" : "s") + " but " + std::to_string(given);
  if (kw_given)
    msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kw_given) +
           " keyword-only argument" + (kw_given == 1 ? "" : "s") + ") were given";
  else
    msg += given == 1 ? " was given" : " were given";
  return raise(vm, vm.e.TypeError, msg);
}

}  // namespace

bool bind_function_args(VM& vm, Function* fn, Value* slots, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* c = fn->code;
  // The common case: exactly the positional parameters, nothing else.
  if (!kwnames && nargs == static_cast<size_t>(c->argcount) && c->kwonlyargcount == 0 &&
      !(c->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (size_t i = 0; i < nargs; ++i) slots[i] = args[i];
    for (int i = c->argcount; i < c->nlocalsplus; ++i) slots[i] = Value::error();
    return true;
  }
  const int argcount = c->argcount;
  const int total = argcount + c->kwonlyargcount;
  const bool has_varargs = c->flags & CO_VARARGS;
  const bool has_varkw = c->flags & CO_VARKEYWORDS;
  const int varargs_slot = total;
  const int varkw_slot = total + (has_varargs ? 1 : 0);
  for (int i = 0; i < c->nlocalsplus; ++i) slots[i] = Value::error();

  Dict* kwdict = nullptr;
  if (has_varkw) {
    Value d = make_dict(vm);
    if (!d.ok()) return false;
    kwdict = d.as<Dict>();
    slots[varkw_slot] = d;
  }

  size_t npos = nargs < static_cast<size_t>(argcount) ? nargs : argcount;
  for (size_t i = 0; i < npos; ++i) slots[i] = args[i];
  if (has_varargs) {
    Value rest = nargs > npos ? make_tuple(vm, args + npos, nargs - npos) : vm.empty_tuple;
    if (!rest.ok()) return false;
    slots[varargs_slot] = rest;
  }

  // Keyword arguments.
  size_t nkw = kwnames ? kwnames->size : 0;
  std::vector<std::string> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Value name = (*kwnames)[k];
    Value value = args[nargs + k];
    int found = -1;
    for (int i = c->posonlyargcount; i < total; ++i) {
      Value pn = (*c->localsplus_names)[i];
      if (pn == name || str_equal(pn.as<Str>(), name.as<Str>())) { found = i; break; }
    }
    if (found < 0) {
      bool is_posonly = false;
      for (int i = 0; i < c->posonlyargcount; ++i)
        if (str_equal((*c->localsplus_names)[i].as<Str>(), name.as<Str>())) is_posonly = true;
      if (kwdict) {
        if (!dict_set(vm, kwdict, name, value)) return false;
        continue;
      }
      if (is_posonly) {
        posonly_as_kw.push_back(std::string(name.as<Str>()->view()));
        continue;
      }
      raisef(vm, vm.e.TypeError, "%s() got an unexpected keyword argument '%s'", qualname_of(fn).c_str(),
             name.as<Str>()->data());
      return false;
    }
    if (slots[found].ok()) {
      raisef(vm, vm.e.TypeError, "%s() got multiple values for argument '%s'", qualname_of(fn).c_str(),
             name.as<Str>()->data());
      return false;
    }
    slots[found] = value;
  }
  if (!posonly_as_kw.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", " : "") + posonly_as_kw[i];
    raisef(vm, vm.e.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
           qualname_of(fn).c_str(), list.c_str());
    return false;
  }
  if (nargs > static_cast<size_t>(argcount) && !has_varargs) {
    too_many_positional(vm, fn, nargs, slots);
    return false;
  }

  // Defaults for missing positional parameters.
  size_t ndefaults = fn->defaults ? fn->defaults->size : 0;
  int first_default = argcount - static_cast<int>(ndefaults);
  bool missing_positional = false;
  for (int i = 0; i < argcount; ++i) {
    if (slots[i].ok()) continue;
    if (i >= first_default)
      slots[i] = (*fn->defaults)[i - first_default];
    else
      missing_positional = true;
  }
  if (missing_positional) {
    missing_arguments(vm, fn, slots, false);
    return false;
  }
  // Keyword-only defaults first, so the error lists only what is truly missing.
  bool missing = false;
  for (int i = argcount; i < total; ++i) {
    if (slots[i].ok()) continue;
    Value d = fn->kwdefaults ? dict_get(vm, fn->kwdefaults, (*c->localsplus_names)[i]) : Value::error();
    if (d.ok())
      slots[i] = d;
    else if (vm.has_exc())
      return false;
    else
      missing = true;
  }
  if (missing) {
    missing_arguments(vm, fn, slots, true);
    return false;
  }
  return true;
}

}  // namespace klass
