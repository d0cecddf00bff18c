#include "python/frame.hpp"

#include <new>

#include "python/dict_object.hpp"
#include "python/heap.hpp"
#include "python/str_object.hpp"

namespace py {

static_assert(sizeof(Frame) % alignof(Value) == 0, "localsplus follows the frame header");

Frame* Frame::create(Ref<CodeObject> code, Ref<FunctionObject> function, Value globals, Value builtins,
                     Value locals) {
  const std::size_t slots = static_cast<std::size_t>(code->nlocalsplus() + code->stacksize);
  const std::size_t bytes = sizeof(Frame) + slots * sizeof(Value);
  Heap* heap = Heap::current();
  void* memory = heap != nullptr ? heap->take_block(bytes) : nullptr;
  if (memory == nullptr) memory = ::operator new(bytes);
  auto* frame = new (memory) Frame();
  Value* values = frame->localsplus();
  for (std::size_t i = 0; i < slots; ++i) new (values + i) Value();
  frame->code = std::move(code);
  frame->function = std::move(function);
  frame->globals = std::move(globals);
  frame->builtins = std::move(builtins);
  frame->locals = std::move(locals);
  return frame;
}

void Frame::destroy(Frame* frame) {
  const int slots = frame->code->nlocalsplus() + frame->code->stacksize;
  const std::size_t bytes = sizeof(Frame) + static_cast<std::size_t>(slots) * sizeof(Value);
  Value* values = frame->localsplus();
  for (int i = 0; i < slots; ++i) values[i].~Value();
  frame->~Frame();
  Heap* heap = Heap::current();
  if (heap == nullptr || !heap->keep_block(frame, bytes)) ::operator delete(static_cast<void*>(frame));
}

namespace {

bool is_cell_slot(const Frame& frame, int i) {
  return (frame.code->localsplus_kinds[static_cast<std::size_t>(i)] & (kLocalCell | kLocalFree)) != 0;
}

// A slot's value, reading through the cell when the slot holds one.
Value slot_value(const Frame& frame, int i) {
  const Value& v = frame.localsplus()[i];
  if (v && is_cell_slot(frame, i) && v.is_object() && v.type() == cell_type) {
    return static_cast<CellObject*>(v.object())->contents;
  }
  return v;
}

}  // namespace

Value frame_first_argument(const Frame& frame) {
  if (frame.code->argcount == 0 && !(frame.code->flags & kCodeVarargs)) return Value();
  if (frame.code->nlocalsplus() == 0) return Value();
  return slot_value(frame, 0);
}

Value frame_class_cell(const Frame& frame) {
  const CodeObject& code = *frame.code;
  for (int i = code.nlocalsplus() - code.nfreevars; i < code.nlocalsplus(); ++i) {
    if (code.localsplus_names[static_cast<std::size_t>(i)]->view() == "__class__") return slot_value(frame, i);
  }
  return Value();
}

Value frame_locals(Frame& frame) {
  if (frame.locals) return frame.locals;
  Ref<DictObject> dict = make_dict();
  const CodeObject& code = *frame.code;
  for (int i = 0; i < code.nlocalsplus(); ++i) {
    // Free variables are the enclosing function's; CPython's locals() shows them too.
    Value v = slot_value(frame, i);
    if (v) dict->set_str(code.localsplus_names[static_cast<std::size_t>(i)].get(), std::move(v));
  }
  return dict;
}

}  // namespace py
