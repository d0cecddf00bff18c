// The "Did you mean" hints of CPython 3.11 (Python/suggestions.c): for an uncaught NameError a
// name of the failing frame's locals, its globals or the builtins; for an AttributeError a name of
// dir(obj); the closest by CPython's weighted Levenshtein distance, if close enough.
#pragma once

#include <optional>
#include <string>

#include "python/exception_object.hpp"

namespace py {

// The name to suggest for `exc`, if any. Runs dir() (user code) for an AttributeError; a failure
// there means no suggestion.
std::optional<std::string> offer_suggestion(BaseExceptionObject* exc);

}  // namespace py
