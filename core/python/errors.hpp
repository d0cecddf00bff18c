// Raising and inspecting Python exceptions from C++.
//
// Python exceptions are values, not C++ exceptions: a function that fails sets the thread's
// current exception and returns an empty Value (or false / -1 where its signature says so). The
// caller either handles it (fetch_error / clear_error) or returns failure in turn; the VM unwinds
// frames until a handler catches it. Every helper below that "raises" returns an empty Value so
// code can write `return raise_type_error("...")`.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "python/object.hpp"

namespace py {

struct BaseExceptionObject;

// The built-in exception classes (immortal; exception_object.cpp creates them).
extern Type* base_exception_type;
extern Type* exception_type;
extern Type* keyboard_interrupt_type;
extern Type* system_exit_type;
extern Type* generator_exit_type;
extern Type* stop_iteration_type;
extern Type* stop_async_iteration_type;
extern Type* arithmetic_error_type;
extern Type* zero_division_error_type;
extern Type* overflow_error_type;
extern Type* assertion_error_type;
extern Type* attribute_error_type;
extern Type* lookup_error_type;
extern Type* index_error_type;
extern Type* key_error_type;
extern Type* name_error_type;
extern Type* unbound_local_error_type;
extern Type* runtime_error_type;
extern Type* recursion_error_type;
extern Type* not_implemented_error_type;
extern Type* type_error_type;
extern Type* value_error_type;
extern Type* unicode_error_type;
extern Type* memory_error_type;
extern Type* os_error_type;
extern Type* timeout_error_type;
extern Type* syntax_error_type;
extern Type* indentation_error_type;
extern Type* tab_error_type;
extern Type* import_error_type;
extern Type* module_not_found_error_type;
extern Type* eof_error_type;
extern Type* warning_type;
extern Type* deprecation_warning_type;
extern Type* runtime_warning_type;
extern Type* user_warning_type;

// Raises `exc`: makes it the current exception (replacing any), with the exception being handled,
// if any, as its __context__ (CPython's implicit chaining).
void set_error(Ref<BaseExceptionObject> exc);
// Makes `exc` current again as it is, without chaining: for re-raising and for propagating an
// exception the VM had fetched.
void restore_error(Ref<BaseExceptionObject> exc);
// Instantiates `type` with one str argument (or none when `message` is empty and `no_args`).
Value raise(Type* type, std::string_view message);
Value raise_no_args(Type* type);
// raise(type, ...) with the message built like printf.
Value raise_format(Type* type, const char* format, ...) __attribute__((format(printf, 2, 3)));

inline Value raise_type_error(std::string_view m) { return raise(type_error_type, m); }
inline Value raise_value_error(std::string_view m) { return raise(value_error_type, m); }
inline Value raise_index_error(std::string_view m) { return raise(index_error_type, m); }
inline Value raise_runtime_error(std::string_view m) { return raise(runtime_error_type, m); }
Value raise_key_error(const Value& key);            // KeyError(key): its str() is repr(key)
Value raise_stop_iteration(const Value& value);     // StopIteration(value)
// CPython's "'int' object has no attribute 'x'" (and the "Did you mean" hint is not attempted).
Value raise_attribute_error(const Value& obj, StrObject* name);
Value raise_memory_error();
// Whether a C++ exception is an allocation failure, which Python sees as MemoryError:
// std::bad_alloc, or std::length_error (a container asked for more than wasm32's size_t holds).
bool is_allocation_failure(const std::exception_ptr& error);

bool error_occurred();
// The current exception, without clearing it (nullptr when none).
BaseExceptionObject* current_error();
// Takes the current exception (the caller now owns it); nullptr when none.
Ref<BaseExceptionObject> fetch_error();
void clear_error();
// Whether the current exception is an instance of `type` (or a subclass).
bool error_matches(Type* type);

// The exception being handled (sys.exc_info()[1], and the implicit __context__ of a new raise),
// or nullptr. Implemented by the VM, which tracks it as `except` blocks are entered and left.
BaseExceptionObject* handled_exception();

}  // namespace py
