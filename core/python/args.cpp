// Argument checks with CPython's messages (args.hpp). The wording of each mirrors the CPython
// function that produces it: Python/getargs.c (_PyArg_CheckPositional, _PyArg_UnpackKeywords,
// vgetargs1) and Objects/methodobject.c (METH_NOARGS, METH_O).
#include "python/args.hpp"

#include <string_view>

#include "python/errors.hpp"
#include "python/str_object.hpp"

namespace py {
namespace {

const char* plural(std::size_t n) { return n == 1 ? "" : "s"; }

// The keyword argument named `name`, or an empty Value.
Value find_keyword(const Args& args, std::string_view name) {
  for (std::size_t i = 0; i < args.kw_names.size(); i++) {
    if (args.kw_names[i]->view() == name) return args.kw_values[i];
  }
  return Value();
}

bool is_parameter(const ArgSpec& spec, int first, std::string_view name) {
  for (int i = first; i < spec.param_count(); i++) {
    if (name == spec.names[static_cast<std::size_t>(i)]) return true;
  }
  return false;
}

// CPython reports the first keyword that names no parameter (positional-only ones excluded).
bool raise_unexpected_keyword(const Args& args, const ArgSpec& spec) {
  for (StrObject* name : args.kw_names) {
    if (!is_parameter(spec, spec.posonly, name->view())) {
      raise_format(type_error_type, "'%s' is an invalid keyword argument for %s()", name->text().c_str(), spec.fname);
      return false;
    }
  }
  return false;
}

}  // namespace

bool check_no_kwargs(const Args& args, const char* fname) {
  if (!args.has_kwargs()) return true;
  raise_format(type_error_type, "%s() takes no keyword arguments", fname);
  return false;
}

bool check_no_args(const Args& args, const char* fname) {
  if (!check_no_kwargs(args, fname)) return false;
  if (args.size() == 0) return true;
  raise_format(type_error_type, "%s() takes no arguments (%zu given)", fname, args.size());
  return false;
}

bool check_one_arg(const Args& args, const char* fname) {
  if (!check_no_kwargs(args, fname)) return false;
  if (args.size() == 1) return true;
  raise_format(type_error_type, "%s() takes exactly one argument (%zu given)", fname, args.size());
  return false;
}

bool check_positional(const Args& args, const char* fname, std::size_t min, std::size_t max) {
  if (!check_no_kwargs(args, fname)) return false;
  std::size_t n = args.size();
  if (n < min) {
    raise_format(type_error_type, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ", min,
                 plural(min), n);
    return false;
  }
  if (n > max) {
    raise_format(type_error_type, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ", max,
                 plural(max), n);
    return false;
  }
  return true;
}

bool check_arg_range(const Args& args, const char* fname, std::size_t min, std::size_t max) {
  if (!check_no_kwargs(args, fname)) return false;
  std::size_t n = args.size();
  if (n >= min && n <= max) return true;
  std::size_t expected = n < min ? min : max;
  const char* how = min == max ? "exactly" : n < min ? "at least" : "at most";
  raise_format(type_error_type, "%s() takes %s %zu argument%s (%zu given)", fname, how, expected, plural(expected), n);
  return false;
}

int ArgSpec::param_count() const {
  int n = 0;
  while (n < static_cast<int>(kMaxParams) && names[static_cast<std::size_t>(n)] != nullptr) n++;
  return n;
}

bool parse_args(const Args& args, const ArgSpec& spec, std::span<Value> out) {
  const int nparams = spec.param_count();
  const int maxpos = spec.positional_count();
  const char* fname = spec.fname;
  int nargs = static_cast<int>(args.size());
  if (spec.varargs && nargs > maxpos) nargs = maxpos;
  int nkwargs = static_cast<int>(args.kw_values.size());

  if (!spec.varargs && nargs + nkwargs > nparams) {
    raise_format(type_error_type, "%s() takes at most %d %sargument%s (%d given)", fname, nparams,
                 nargs == 0 ? "keyword " : "", plural(static_cast<std::size_t>(nparams)), nargs + nkwargs);
    return false;
  }
  if (nargs > maxpos) {
    if (maxpos == 0) {
      raise_format(type_error_type, "%s() takes no positional arguments", fname);
    } else {
      raise_format(type_error_type, "%s() takes %s %d positional argument%s (%d given)", fname,
                   spec.minpos < maxpos ? "at most" : "exactly", maxpos, plural(static_cast<std::size_t>(maxpos)),
                   nargs);
    }
    return false;
  }
  const int min_posonly = spec.posonly < spec.minpos ? spec.posonly : spec.minpos;
  if (nargs < min_posonly) {
    raise_format(type_error_type, "%s() takes %s %d positional argument%s (%d given)", fname,
                 min_posonly < maxpos ? "at least" : "exactly", min_posonly,
                 plural(static_cast<std::size_t>(min_posonly)), nargs);
    return false;
  }

  for (int i = 0; i < nargs; i++) out[static_cast<std::size_t>(i)] = args.pos[static_cast<std::size_t>(i)];
  // Past the positionals, every parameter takes its keyword argument or must have a default.
  const int required_limit = spec.minkw > 0 ? maxpos + spec.minkw : spec.minpos;
  for (int i = nargs > spec.posonly ? nargs : spec.posonly; i < nparams; i++) {
    if (nkwargs == 0 && i >= required_limit) break;
    const char* name = spec.names[static_cast<std::size_t>(i)];
    Value given = nkwargs > 0 ? find_keyword(args, name) : Value();
    if (given) {
      out[static_cast<std::size_t>(i)] = std::move(given);
      nkwargs--;
    } else if (i < spec.minpos || (maxpos <= i && i < required_limit)) {
      raise_format(type_error_type, "%s() missing required argument '%s' (pos %d)", fname, name, i + 1);
      return false;
    }
  }
  if (nkwargs == 0) return true;

  for (int i = spec.posonly; i < nargs; i++) {
    const char* name = spec.names[static_cast<std::size_t>(i)];
    if (find_keyword(args, name)) {
      raise_format(type_error_type, "argument for %s() given by name ('%s') and position (%d)", fname, name, i + 1);
      return false;
    }
  }
  return raise_unexpected_keyword(args, spec);
}

}  // namespace py
