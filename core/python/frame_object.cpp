#include "python/frame_object.hpp"

#include <cstdio>
#include <string>

#include "python/code.hpp"
#include "python/descriptors.hpp"
#include "python/errors.hpp"
#include "python/frame.hpp"
#include "python/generator_object.hpp"
#include "python/module_support.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"

namespace py {

Type* frame_type = nullptr;

namespace {

struct FrameView : Object {
  explicit FrameView(Value gen) : Object(frame_type), generator(std::move(gen)) {}
  Value generator;
  // The frame while the generator has one; a finished generator's view keeps its last line.
  Frame* frame() const { return as_generator(generator)->frame; }
};

FrameView* as_view(const Value& v) { return static_cast<FrameView*>(v.object()); }
GeneratorObject* owner(const Value& self) { return as_generator(as_view(self)->generator); }

Value frame_code(const Value& self) { return Value(owner(self)->code); }

// A generator not started yet is at its `def` line, as in CPython.
Value frame_lineno(const Value& self) {
  Frame* f = as_view(self)->frame();
  if (f == nullptr) return none();
  return Value::small_int(f->next_instr == 0 ? owner(self)->code->firstlineno : f->line());
}

Value frame_globals(const Value& self) {
  Frame* f = as_view(self)->frame();
  return f != nullptr ? f->globals : none();
}

Value frame_back(const Value&) { return none(); }  // a suspended generator's frame has no caller

Value frame_repr(const Value& self) {
  const CodeObject& code = *owner(self)->code;
  Frame* f = as_view(self)->frame();
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(self.object()));
  return make_str(std::string("<frame at ") + address + ", file '" + code.filename->text() + "', line " +
                  std::to_string(f != nullptr ? f->line() : code.firstlineno) + ", code " + code.name->text() + ">");
}

}  // namespace

Value make_frame_view(const Value& generator) { return Value(make<FrameView>(generator)); }

void init_frame_type() {
  frame_type = new_module_type("frame", "builtins", 0);
  frame_type->repr = frame_repr;
  finish_module_type(frame_type);
  add_getset(frame_type, "f_code", frame_code);
  add_getset(frame_type, "f_lineno", frame_lineno);
  add_getset(frame_type, "f_globals", frame_globals);
  add_getset(frame_type, "f_back", frame_back);
}

}  // namespace py
