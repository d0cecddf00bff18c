#include "python/code.hpp"

#include <cstdio>

#include "python/init.hpp"
#include "python/str_object.hpp"

namespace py {

Type* code_type = nullptr;

CodeObject::CodeObject() : Object(code_type) {}

namespace {

// <code object f at 0x7f..., file "main.py", line 3>
Value code_repr(const Value& self) {
  const auto* code = static_cast<const CodeObject*>(self.object());
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(code));
  return make_str("<code object " + code->name->text() + " at " + address + ", file \"" + code->filename->text() +
                  "\", line " + std::to_string(code->firstlineno) + ">");
}

}  // namespace

void init_code_type() {
  code_type = make_immortal<Type>("code");
  code_type->base = object_type;
  code_type->bases = {object_type};
  code_type->repr = code_repr;
  code_type->inherit_slots();
}

}  // namespace py
