// The eval loop: runs instructions of the current frame, switching frames for Python calls,
// returns, and generator resumptions without recursing in C++.
#include <algorithm>
#include <new>
#include <stdexcept>
#include <vector>

#include "loop/clock.hpp"
#include "python/code.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/eval_internal.hpp"
#include "python/exception_object.hpp"
#include "python/function_object.hpp"
#include "python/generator_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/module_registry.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

using State = Interpreter::State;

// How execute() stopped.
enum class Exec : std::uint8_t {
  exit,     // LoopResult is filled
  error,    // an exception is set at the current frame's last instruction
  reraise,  // as error, but the frame is already in the traceback (RERAISE)
};

// Instructions between two looks at the host clock (backward jumps and calls count).
constexpr std::int32_t kTicksPerClockCheck = 1000;

// The periodic check on backward jumps and calls: 0 go on, 1 the slice is used up (outermost loop
// only), -1 KeyboardInterrupt raised.
int periodic_check(State& st, bool outermost) {
  if (st.interrupt_requested.load(std::memory_order_relaxed)) {
    st.interrupt_requested.store(false, std::memory_order_relaxed);
    raise_no_args(keyboard_interrupt_type);
    return -1;
  }
  if (--st.ticks_until_clock_check > 0) return 0;
  st.ticks_until_clock_check = kTicksPerClockCheck;
  if (st.options.interrupt_at >= 0 && st.clock->now() - st.clock_at_start >= st.options.interrupt_at) {
    st.options.interrupt_at = -1;
    raise_no_args(keyboard_interrupt_type);
    return -1;
  }
  return outermost && aio::monotonic_seconds() >= st.slice_deadline ? 1 : 0;
}

// Keyword names of a call as the contiguous array Args wants.
class KeywordNames {
 public:
  explicit KeywordNames(const TupleObject* names) {
    if (names == nullptr) return;
    names_.reserve(names->items.size());
    for (const Value& n : names->items) names_.push_back(as_str(n));
  }
  std::span<StrObject* const> span() const { return names_; }
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<StrObject*> names_;
};

// Clears the stack slots [from, to): the values the instruction consumed.
void clear_slots(Value* from, Value* to) {
  for (Value* p = from; p < to; ++p) *p = Value();
}

// Makes `exc` a RuntimeError when a generator lets StopIteration (an async generator also
// StopAsyncIteration) escape (PEP 479).
void convert_escaping_stop_iteration(GeneratorObject* gen) {
  const bool stop_async = gen->is_async_generator() && error_matches(stop_async_iteration_type);
  if (!stop_async && !error_matches(stop_iteration_type)) return;
  Ref<BaseExceptionObject> stop = fetch_error();
  raise_format(runtime_error_type, "%s raised %s", gen->kind_name(), stop_async ? "StopAsyncIteration" : "StopIteration");
  BaseExceptionObject* error = current_error();
  if (error == nullptr) return;
  error->cause = Value(stop);
  error->context = Value(std::move(stop));
  error->suppress_context = true;
}

// Detaches a generator from the thread when its frame finishes (return or exception); the frame
// is then an ordinary one that pop_frame destroys.
void finish_generator(State& st, GeneratorObject* gen) {
  gen->running = false;
  st.exc_info = gen->exc_info.previous;
  gen->exc_info.previous = nullptr;
  gen->exc_info.exception = Value();
  gen->frame->generator = nullptr;
  gen->frame = nullptr;
}

// Unwinds the current exception from the current frame: true when a handler in some frame takes
// it (that frame is current and ready to run), false when it escaped the entry frame.
bool unwind(State& st, bool add_entry) {
  // Building traceback entries must not fail for lack of memory.
  st.heap.set_enforcing(false);
  Frame* f = st.current_frame;
  for (;;) {
    if (add_entry) add_traceback_entry(f);
    add_entry = true;
    const CodeObject& code = *f->code;
    const ExceptionTableEntry* handler = nullptr;
    for (const ExceptionTableEntry& row : code.exception_table) {
      if (row.start <= f->last_instr && f->last_instr < row.end) {
        handler = &row;
        break;
      }
    }
    Value* base = f->stack_base();
    if (handler != nullptr) {
      clear_slots(base + handler->depth, base + code.stacksize);
      std::uint32_t depth = handler->depth;
      if (handler->push_lasti) base[depth++] = Value::small_int(f->last_instr);
      base[depth++] = Value(fetch_error());
      f->stack_depth = depth;
      f->next_instr = handler->handler;
      st.heap.set_enforcing(true);
      return true;
    }
    const bool entry = f->is_entry;
    if (f->generator != nullptr) {
      GeneratorObject* gen = f->generator;
      convert_escaping_stop_iteration(gen);
      finish_generator(st, gen);
    }
    pop_frame(st, f);
    if (entry || st.current_frame == nullptr) {
      st.heap.set_enforcing(true);
      return false;
    }
    f = st.current_frame;
  }
}

// Links a generator's frame on top of the current one to run in this loop, with `sent` as the
// value of its suspended yield. False with an exception set when it cannot run.
bool resume_inline(State& st, GeneratorObject* gen, Value sent) {
  if (gen->running) {
    raise_format(value_error_type, "%s already executing", gen->kind_name());
    return false;
  }
  Frame* frame = gen->frame;
  if (frame->next_instr > 0) {
    frame->stack_base()[frame->stack_depth++] = std::move(sent);
  } else if (!is_none(sent)) {
    raise_format(type_error_type, "can't send non-None value to a just-started %s", gen->kind_name());
    return false;
  }
  frame->is_entry = false;
  if (!push_frame(st, frame)) {
    if (frame->next_instr > 0) frame->stack_base()[--frame->stack_depth] = Value();
    return false;
  }
  gen->running = true;
  gen->exc_info.previous = st.exc_info;
  st.exc_info = &gen->exc_info;
  return true;
}

Exec execute(State& st, bool outermost, LoopResult& result) {
  Frame* f;
  CodeObject* code;
  const Instr* instrs;
  Value* locals;
  Value* sp;
  std::uint32_t ip;
  const TupleObject* kwnames = nullptr;

#define LOAD_FRAME()                                 \
  do {                                               \
    f = st.current_frame;                            \
    code = f->code.get();                            \
    instrs = code->instructions.data();              \
    locals = f->localsplus();                        \
    sp = f->stack_base() + f->stack_depth;           \
    ip = f->next_instr;                              \
  } while (0)
#define SAVE_FRAME()                                                          \
  do {                                                                        \
    f->next_instr = ip;                                                       \
    f->stack_depth = static_cast<std::uint32_t>(sp - f->stack_base());        \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() std::move(*--sp)
#define DROP() (*--sp = Value())
#define TOP() sp[-1]
#define ERROR() goto error
#define CHECK(ok) \
  if (!(ok)) goto error
#define PERIODIC_CHECK()                                     \
  do {                                                       \
    int check = periodic_check(st, outermost);               \
    if (check < 0) goto error;                               \
    if (check > 0) {                                         \
      SAVE_FRAME();                                          \
      result.exit = LoopExit::out_of_budget;                 \
      return Exec::exit;                                     \
    }                                                        \
  } while (0)
#define JUMP_TO(target)                \
  do {                                 \
    std::uint32_t to = (target);       \
    bool backward = to <= ip - 1;      \
    ip = to;                           \
    if (backward) PERIODIC_CHECK();    \
  } while (0)

  LOAD_FRAME();
  for (;;) {
    const Instr instr = instrs[ip];
    f->last_instr = ip++;
    const std::uint32_t arg = instr.arg();
    switch (instr.op()) {
      case Opcode::NOP:
        break;
      case Opcode::POP_TOP:
        DROP();
        break;
      case Opcode::PUSH_NULL:
        ++sp;
        break;
      case Opcode::COPY: {
        Value v = sp[-static_cast<int>(arg)];
        PUSH(std::move(v));
        break;
      }
      case Opcode::SWAP:
        sp[-1].swap(sp[-static_cast<int>(arg)]);
        break;
      case Opcode::LOAD_CONST:
        PUSH(code->consts[arg]);
        break;
      case Opcode::LOAD_FAST: {
        const Value& v = locals[arg];
        if (!v) {
          raise_unbound_local(*code, static_cast<int>(arg));
          ERROR();
        }
        PUSH(v);
        break;
      }
      case Opcode::STORE_FAST:
        locals[arg] = POP();
        break;
      case Opcode::DELETE_FAST:
        if (!locals[arg]) {
          raise_unbound_local(*code, static_cast<int>(arg));
          ERROR();
        }
        locals[arg] = Value();
        break;
      case Opcode::MAKE_CELL: {
        Value contents = std::move(locals[arg]);
        locals[arg] = contents ? Value(make<CellObject>(std::move(contents))) : Value(make<CellObject>());
        break;
      }
      case Opcode::COPY_FREE_VARS: {
        const auto& cells = f->function->closure->items;
        const int first = code->nlocalsplus() - static_cast<int>(arg);
        for (std::uint32_t i = 0; i < arg; ++i) locals[first + static_cast<int>(i)] = cells[i];
        break;
      }
      case Opcode::LOAD_CLOSURE:
        PUSH(locals[arg]);
        break;
      case Opcode::LOAD_DEREF: {
        const Value& v = static_cast<CellObject*>(locals[arg].object())->contents;
        if (!v) {
          if (static_cast<int>(arg) < code->nlocalsplus() - code->nfreevars) {
            raise_unbound_local(*code, static_cast<int>(arg));
          } else {
            raise_unbound_free(*code, static_cast<int>(arg));
          }
          ERROR();
        }
        PUSH(v);
        break;
      }
      case Opcode::LOAD_CLASSDEREF: {
        Value v = load_class_deref(f, static_cast<int>(arg));
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::STORE_DEREF:
        static_cast<CellObject*>(locals[arg].object())->contents = POP();
        break;
      case Opcode::DELETE_DEREF: {
        Value& contents = static_cast<CellObject*>(locals[arg].object())->contents;
        if (!contents) {
          raise_unbound_local(*code, static_cast<int>(arg));
          ERROR();
        }
        contents = Value();
        break;
      }
      case Opcode::LOAD_NAME: {
        Value v = load_name(f, code->names[arg].get());
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::STORE_NAME:
        CHECK(store_name(f, code->names[arg].get(), TOP()));
        DROP();
        break;
      case Opcode::DELETE_NAME:
        CHECK(delete_name(f, code->names[arg].get()));
        break;
      case Opcode::LOAD_GLOBAL: {
        if (arg & 1) ++sp;
        Value v = load_global_cached(f, arg >> 1);
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::STORE_GLOBAL:
        as_dict(f->globals)->set_str(code->names[arg].get(), POP());
        break;
      case Opcode::DELETE_GLOBAL:
        if (!as_dict(f->globals)->remove_str(code->names[arg].get())) {
          raise_name_error(code->names[arg].get());
          ERROR();
        }
        break;
      case Opcode::LOAD_ATTR: {
        Value v = getattr(TOP(), code->names[arg].get());
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::STORE_ATTR:
        CHECK(setattr(sp[-1], code->names[arg].get(), sp[-2]));
        DROP();
        DROP();
        break;
      case Opcode::DELETE_ATTR:
        CHECK(setattr(TOP(), code->names[arg].get(), Value()));
        DROP();
        break;
      case Opcode::LOAD_METHOD: {
        Value method, self;
        CHECK(load_method(TOP(), code->names[arg].get(), method, self));
        TOP() = std::move(method);
        PUSH(std::move(self));
        break;
      }
      case Opcode::BINARY_SUBSCR: {
        Value v = get_item(sp[-2], sp[-1]);
        CHECK(v);
        DROP();
        TOP() = std::move(v);
        break;
      }
      case Opcode::STORE_SUBSCR:
        CHECK(set_item(sp[-2], sp[-1], sp[-3]));
        DROP();
        DROP();
        DROP();
        break;
      case Opcode::DELETE_SUBSCR:
        CHECK(del_item(sp[-2], sp[-1]));
        DROP();
        DROP();
        break;
      case Opcode::BUILD_SLICE: {
        Value step = arg == 3 ? POP() : none();
        Value v = build_slice(sp[-2], sp[-1], step);
        CHECK(v);
        DROP();
        TOP() = std::move(v);
        break;
      }
      case Opcode::BINARY_OP: {
        const Value& a = sp[-2];
        const Value& b = sp[-1];
        const auto op = static_cast<BinaryOp>(arg & ~kInplaceFlag);
        Value v;
        if (a.is_small_int() && b.is_small_int() && (op == BinaryOp::Add || op == BinaryOp::Sub)) {
          // Two small ints never overflow int64, only the small range.
          const std::int64_t x = a.small_int_value(), y = b.small_int_value();
          const std::int64_t r = op == BinaryOp::Add ? x + y : x - y;
          v = Value::fits_small(r) ? Value::small_int(r) : int_from_int64(r);
        } else {
          v = (arg & kInplaceFlag) ? inplace_op(a, b, op) : binary_op(a, b, op);
          CHECK(v);
        }
        DROP();
        TOP() = std::move(v);
        break;
      }
      case Opcode::UNARY_NEGATIVE:
      case Opcode::UNARY_POSITIVE:
      case Opcode::UNARY_INVERT: {
        const UnaryOp op = instr.op() == Opcode::UNARY_NEGATIVE   ? UnaryOp::Neg
                           : instr.op() == Opcode::UNARY_POSITIVE ? UnaryOp::Pos
                                                                  : UnaryOp::Invert;
        Value v = unary_op(TOP(), op);
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::UNARY_NOT: {
        const int t = truthy(TOP());
        CHECK(t >= 0);
        TOP() = py_bool(t == 0);
        break;
      }
      case Opcode::COMPARE_OP: {
        const Value& a = sp[-2];
        const Value& b = sp[-1];
        const auto op = static_cast<CompareOp>(arg);
        Value v;
        if (a.is_small_int() && b.is_small_int()) {
          const std::int64_t x = a.small_int_value(), y = b.small_int_value();
          bool r = false;
          switch (op) {
            case CompareOp::Lt: r = x < y; break;
            case CompareOp::Le: r = x <= y; break;
            case CompareOp::Eq: r = x == y; break;
            case CompareOp::Ne: r = x != y; break;
            case CompareOp::Gt: r = x > y; break;
            case CompareOp::Ge: r = x >= y; break;
          }
          v = py_bool(r);
        } else {
          v = compare(a, b, op);
          CHECK(v);
        }
        DROP();
        TOP() = std::move(v);
        break;
      }
      case Opcode::IS_OP: {
        const bool same = sp[-2].is(sp[-1]);
        DROP();
        TOP() = py_bool(same != (arg != 0));
        break;
      }
      case Opcode::CONTAINS_OP: {
        const int found = contains(sp[-1], sp[-2]);
        CHECK(found >= 0);
        DROP();
        TOP() = py_bool((found == 1) != (arg != 0));
        break;
      }
      case Opcode::BUILD_TUPLE:
      case Opcode::BUILD_LIST: {
        std::vector<Value> items(std::make_move_iterator(sp - arg), std::make_move_iterator(sp));
        sp -= arg;
        if (instr.op() == Opcode::BUILD_TUPLE) {
          PUSH(Value(make_tuple(std::move(items))));
        } else {
          PUSH(Value(make_list(std::move(items))));
        }
        break;
      }
      case Opcode::BUILD_SET: {
        Value v = build_set(sp - arg, static_cast<int>(arg));
        CHECK(v);
        clear_slots(sp - arg, sp);
        sp -= arg;
        PUSH(std::move(v));
        break;
      }
      case Opcode::BUILD_MAP: {
        Ref<DictObject> dict = make_dict();
        for (std::uint32_t i = 0; i < arg; ++i) {
          Value* pair = sp - 2 * arg + 2 * i;
          CHECK(dict->set(pair[0], pair[1]));
        }
        clear_slots(sp - 2 * arg, sp);
        sp -= 2 * arg;
        PUSH(Value(std::move(dict)));
        break;
      }
      case Opcode::BUILD_CONST_KEY_MAP: {
        Ref<DictObject> dict = make_dict();
        const auto& keys = as_tuple(TOP())->items;
        for (std::uint32_t i = 0; i < arg; ++i) CHECK(dict->set(keys[i], sp[-1 - static_cast<int>(arg) + static_cast<int>(i)]));
        clear_slots(sp - arg - 1, sp);
        sp -= arg + 1;
        PUSH(Value(std::move(dict)));
        break;
      }
      case Opcode::BUILD_STRING: {
        Value v = build_string(sp - arg, static_cast<int>(arg));
        CHECK(v);
        clear_slots(sp - arg, sp);
        sp -= arg;
        PUSH(std::move(v));
        break;
      }
      case Opcode::LIST_APPEND: {
        Value v = POP();
        as_list(sp[-static_cast<int>(arg)])->items.push_back(std::move(v));
        break;
      }
      case Opcode::SET_ADD: {
        Value v = POP();
        CHECK(set_add(sp[-static_cast<int>(arg)], v));
        break;
      }
      case Opcode::MAP_ADD: {
        Value value = POP();
        Value key = POP();
        CHECK(as_dict(sp[-static_cast<int>(arg)])->set(key, std::move(value)));
        break;
      }
      case Opcode::LIST_EXTEND:
        CHECK(list_extend(sp[-1 - static_cast<int>(arg)], TOP()));
        DROP();
        break;
      case Opcode::SET_UPDATE:
        CHECK(set_update(sp[-1 - static_cast<int>(arg)], TOP()));
        DROP();
        break;
      case Opcode::DICT_UPDATE:
        CHECK(dict_update(sp[-1 - static_cast<int>(arg)], TOP()));
        DROP();
        break;
      case Opcode::DICT_MERGE:
        // 3.11's layout: [NULL, callee, args tuple, kwargs dict, mapping].
        CHECK(dict_merge(sp[-1 - static_cast<int>(arg)], TOP(), sp[-3 - static_cast<int>(arg)]));
        DROP();
        break;
      case Opcode::LIST_TO_TUPLE: {
        Value v = make_tuple(std::move(as_list(TOP())->items));
        TOP() = std::move(v);
        break;
      }
      case Opcode::FORMAT_VALUE: {
        Value spec = (arg & 4) ? POP() : Value();
        Value v = format_value(TOP(), static_cast<int>(arg & 3), spec);
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::JUMP:
        JUMP_TO(arg);
        break;
      case Opcode::POP_JUMP_IF_FALSE:
      case Opcode::POP_JUMP_IF_TRUE: {
        Value v = POP();
        int t;
        if (v.is(true_object)) {
          t = 1;
        } else if (v.is(false_object)) {
          t = 0;
        } else {
          t = truthy(v);
          CHECK(t >= 0);
        }
        if ((t == 1) == (instr.op() == Opcode::POP_JUMP_IF_TRUE)) JUMP_TO(arg);
        break;
      }
      case Opcode::POP_JUMP_IF_NONE:
      case Opcode::POP_JUMP_IF_NOT_NONE: {
        Value v = POP();
        if (is_none(v) == (instr.op() == Opcode::POP_JUMP_IF_NONE)) JUMP_TO(arg);
        break;
      }
      case Opcode::JUMP_IF_FALSE_OR_POP:
      case Opcode::JUMP_IF_TRUE_OR_POP: {
        const int t = truthy(TOP());
        CHECK(t >= 0);
        if ((t == 1) == (instr.op() == Opcode::JUMP_IF_TRUE_OR_POP)) {
          JUMP_TO(arg);
        } else {
          DROP();
        }
        break;
      }
      case Opcode::GET_ITER: {
        if (is_generator_object(TOP()) && TOP().type() == generator_type) break;
        Value v = get_iter(TOP());
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::FOR_ITER: {
        const Value& it = TOP();
        if (it.type() == generator_type) {
          GeneratorObject* gen = as_generator(it);
          if (gen->finished()) {
            DROP();
            JUMP_TO(arg);
            break;
          }
          SAVE_FRAME();
          CHECK(resume_inline(st, gen, none()));
          LOAD_FRAME();
          PERIODIC_CHECK();
          break;
        }
        Value v = iter_next(it);
        if (!v) {
          if (error_occurred()) {
            if (!error_matches(stop_iteration_type)) ERROR();
            clear_error();
          }
          DROP();
          JUMP_TO(arg);
          break;
        }
        PUSH(std::move(v));
        break;
      }
      case Opcode::GET_YIELD_FROM_ITER: {
        Value v = get_yield_from_iter(f, TOP());
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::GET_AWAITABLE: {
        Value v = get_awaitable(TOP(), static_cast<int>(arg));
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::GET_AITER: {
        Value v = get_aiter(TOP());
        CHECK(v);
        TOP() = std::move(v);
        break;
      }
      case Opcode::GET_ANEXT: {
        Value v = get_anext(TOP());
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::END_ASYNC_FOR: {
        if (is_exception_instance(TOP()) && TOP().type()->is_subtype_of(stop_async_iteration_type)) {
          DROP();
          DROP();
          break;
        }
        restore_error(Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(POP().release_object())));
        goto reraise;
      }
      case Opcode::SEND: {
        Value sent = POP();
        const Value& receiver = TOP();
        if (is_generator_object(receiver) && !as_generator(receiver)->finished()) {
          SAVE_FRAME();
          CHECK(resume_inline(st, as_generator(receiver), std::move(sent)));
          LOAD_FRAME();
          PERIODIC_CHECK();
          break;
        }
        Value v;
        if (is_generator_object(receiver)) {
          GeneratorObject* gen = as_generator(receiver);
          if (gen->is_coroutine()) {
            raise_runtime_error("cannot reuse already awaited coroutine");
            ERROR();
          }
          v = Value();  // a finished generator returns None at once
        } else if (is_none(sent)) {
          // The slot itself: its StopIteration carries the delegate's return value.
          UnarySlot next = receiver.type()->next;
          v = next != nullptr ? next(receiver)
                              : raise_format(type_error_type, "'%s' object is not an iterator",
                                             receiver.type()->name.c_str());
        } else {
          v = call_method(receiver, "send", {sent});
        }
        if (v) {
          PUSH(std::move(v));
          break;
        }
        Value returned = none();
        if (error_occurred()) {
          if (!error_matches(stop_iteration_type)) ERROR();
          Ref<BaseExceptionObject> stop = fetch_error();
          returned = stop->value ? stop->value : none();
        }
        TOP() = std::move(returned);
        JUMP_TO(arg);
        break;
      }
      case Opcode::YIELD_VALUE: {
        Value v = POP();
        GeneratorObject* gen = f->generator;
        gen->yielded_own_value = arg != 0;
        SAVE_FRAME();
        gen->running = false;
        st.exc_info = gen->exc_info.previous;
        gen->exc_info.previous = nullptr;
        const bool entry = f->is_entry;
        pop_frame(st, f);
        if (entry) {
          result.exit = LoopExit::yielded;
          result.value = std::move(v);
          return Exec::exit;
        }
        LOAD_FRAME();
        PUSH(std::move(v));
        break;
      }
      case Opcode::RETURN_VALUE: {
        Value v = POP();
        SAVE_FRAME();
        const bool from_generator = f->generator != nullptr;
        if (from_generator) finish_generator(st, f->generator);
        const bool entry = f->is_entry;
        pop_frame(st, f);
        if (entry) {
          result.exit = LoopExit::returned;
          result.value = std::move(v);
          return Exec::exit;
        }
        LOAD_FRAME();
        if (!from_generator) {
          PUSH(std::move(v));
          break;
        }
        // The generator was resumed by this frame's FOR_ITER (exhausted: drop the iterator) or
        // SEND (the delegate's return value replaces the receiver).
        const Instr resumer = instrs[ip - 1];
        if (resumer.op() == Opcode::FOR_ITER) {
          DROP();
        } else {
          TOP() = std::move(v);
        }
        ip = resumer.arg();
        break;
      }
      case Opcode::KW_NAMES:
        kwnames = as_tuple(code->consts[arg]);
        break;
      case Opcode::CALL: {
        KeywordNames names(kwnames);
        kwnames = nullptr;
        Value* args = sp - arg;
        Value* base = args - 2;  // [NULL | method, callable | self, args...]
        if (!base[0] && base[1].type() == method_type) {
          auto* bound = static_cast<MethodObject*>(base[1].object());
          Value function = bound->function;
          Value self = bound->self;
          base[0] = std::move(function);
          base[1] = std::move(self);
        }
        const bool has_self = static_cast<bool>(base[0]);
        const Value& callee = has_self ? base[0] : base[1];
        Value* first = has_self ? base + 1 : args;
        const std::size_t total = arg + (has_self ? 1 : 0);
        const std::size_t npos = total - names.size();
        const Args call_args{std::span<const Value>(first, npos), std::span<const Value>(first + npos, names.size()),
                             names.span()};
        if (callee.type() == function_type) {
          auto* function = static_cast<FunctionObject*>(callee.object());
          Frame* callee_frame;
          if (names.size() == 0 && takes_exactly(*function->code, npos)) {
            callee_frame = make_positional_frame(function, first, npos);
            clear_slots(base, first);  // the arguments have moved into the frame
          } else {
            callee_frame = make_call_frame(function, call_args);
            clear_slots(base, sp);
          }
          sp = base;
          CHECK(callee_frame);
          if (is_generator_code(*callee_frame->code)) {
            PUSH(make_generator(callee_frame));
            break;
          }
          SAVE_FRAME();
          CHECK(push_frame(st, callee_frame));
          LOAD_FRAME();
          PERIODIC_CHECK();
          break;
        }
        Value v;
        if (has_self && callee.type() == method_descriptor_type) {
          auto* descr = static_cast<MethodDescriptorObject*>(callee.object());
          v = descr->fn(base[1], Args{std::span<const Value>(args, arg - names.size()),
                                      std::span<const Value>(args + arg - names.size(), names.size()), names.span()});
        } else {
          v = call(callee, call_args);
        }
        clear_slots(base, sp);
        sp = base;
        CHECK(v);
        if (is_suspend_marker(v)) {
          SAVE_FRAME();
          result.exit = LoopExit::suspended;
          return Exec::exit;
        }
        PUSH(std::move(v));
        break;
      }
      case Opcode::CALL_FUNCTION_EX: {
        Value* base = sp - 3 - (arg & 1);  // [NULL, callee, args, (kwargs)]
        const Value& callee = base[1];
        Value positional = call_args_tuple(callee, base[2]);
        CHECK(positional);
        std::vector<Value> kw_values;
        std::vector<StrObject*> kw_names;
        if (arg & 1) {
          for (const DictObject::Entry& e : as_dict(base[3])->entries()) {
            if (!e.key) continue;
            if (!is_str(e.key)) {
              raise_type_error("keywords must be strings");
              ERROR();
            }
            kw_names.push_back(as_str(e.key));
            kw_values.push_back(e.value);
          }
        }
        const auto& pos = as_tuple(positional)->items;
        const Args call_args{pos, kw_values, kw_names};
        if (callee.type() == function_type) {
          Frame* callee_frame = make_call_frame(static_cast<FunctionObject*>(callee.object()), call_args);
          clear_slots(base, sp);
          sp = base;
          CHECK(callee_frame);
          if (is_generator_code(*callee_frame->code)) {
            PUSH(make_generator(callee_frame));
            break;
          }
          SAVE_FRAME();
          CHECK(push_frame(st, callee_frame));
          LOAD_FRAME();
          PERIODIC_CHECK();
          break;
        }
        Value v = call(callee, call_args);
        clear_slots(base, sp);
        sp = base;
        CHECK(v);
        if (is_suspend_marker(v)) {
          SAVE_FRAME();
          result.exit = LoopExit::suspended;
          return Exec::exit;
        }
        PUSH(std::move(v));
        break;
      }
      case Opcode::MAKE_FUNCTION: {
        Value function_code = POP();
        const int operands = __builtin_popcount(arg & 15);
        Value v = make_function(f, std::move(function_code), arg, sp - operands);
        CHECK(v);
        clear_slots(sp - operands, sp);
        sp -= operands;
        PUSH(std::move(v));
        break;
      }
      case Opcode::LOAD_BUILD_CLASS: {
        Value v = as_dict(f->builtins)->get_str(intern("__build_class__"));
        if (!v) {
          raise(name_error_type, "__build_class__ not found");
          ERROR();
        }
        PUSH(std::move(v));
        break;
      }
      case Opcode::UNPACK_SEQUENCE: {
        Value seq = POP();
        CHECK(unpack_sequence(seq, static_cast<int>(arg), sp));
        sp += arg;
        break;
      }
      case Opcode::UNPACK_EX: {
        Value seq = POP();
        const int before = static_cast<int>(arg & 0xff), after = static_cast<int>(arg >> 8);
        CHECK(unpack_ex(seq, before, after, sp));
        sp += before + after + 1;
        break;
      }
      case Opcode::RAISE_VARARGS: {
        if (arg == 0) {
          BaseExceptionObject* handled = top_handled_exception(st.exc_info);
          if (handled == nullptr) {
            raise_runtime_error("No active exception to reraise");
            ERROR();
          }
          restore_error(Ref<BaseExceptionObject>::borrow(handled));
          goto reraise;
        }
        Value cause = arg == 2 ? POP() : Value();
        Value exc = POP();
        do_raise(exc, cause);
        ERROR();
      }
      case Opcode::RERAISE: {
        // CPython also restores f_lasti from the value `arg` below, for the frame's line; here the
        // traceback already holds this frame's entry, and the handler search must start from the
        // RERAISE itself, so the value is left alone.
        Value exc = POP();
        restore_error(Ref<BaseExceptionObject>::steal(static_cast<BaseExceptionObject*>(exc.release_object())));
        goto reraise;
      }
      case Opcode::PUSH_EXC_INFO: {
        Value exc = POP();
        Value previous = st.exc_info->exception ? st.exc_info->exception : none();
        st.exc_info->exception = exc;
        PUSH(std::move(previous));
        PUSH(std::move(exc));
        break;
      }
      case Opcode::POP_EXCEPT:
        st.exc_info->exception = POP();
        break;
      case Opcode::CHECK_EXC_MATCH: {
        const int match = exception_matches(sp[-2], sp[-1]);
        CHECK(match >= 0);
        TOP() = py_bool(match == 1);
        break;
      }
      case Opcode::WITH_EXCEPT_START: {
        // [exit, lasti, previous exception, exception]
        const Value& exc = sp[-1];
        Value tb = as_exception(exc)->traceback ? Value(as_exception(exc)->traceback) : none();
        Value v = call(sp[-4], {Value::borrow(exc.type()), exc, tb});
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::BEFORE_WITH:
      case Opcode::BEFORE_ASYNC_WITH: {
        Value exit, enter;
        CHECK(lookup_context_manager(TOP(), instr.op() == Opcode::BEFORE_ASYNC_WITH, exit, enter));
        TOP() = std::move(exit);
        Value v = call(enter, {});
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::LOAD_ASSERTION_ERROR:
        PUSH(Value::borrow(assertion_error_type));
        break;
      case Opcode::IMPORT_NAME: {
        Value module = import_name(code->names[arg].get(), TOP());
        CHECK(module);
        DROP();  // fromlist
        TOP() = std::move(module);  // replaces the level
        break;
      }
      case Opcode::IMPORT_FROM: {
        Value v = import_from(TOP(), code->names[arg].get());
        CHECK(v);
        PUSH(std::move(v));
        break;
      }
      case Opcode::IMPORT_STAR:
        CHECK(import_star(f, TOP()));
        DROP();
        break;
      case Opcode::SETUP_ANNOTATIONS: {
        StrObject* name = intern("__annotations__");
        if (is_dict(f->locals)) {
          if (!as_dict(f->locals)->get_str(name)) as_dict(f->locals)->set_str(name, make_dict());
        }
        break;
      }
      case Opcode::LOAD_LOCALS:
        PUSH(f->locals);
        break;
      case Opcode::PRINT_EXPR: {
        Value v = POP();
        if (!is_none(v)) {
          std::string text;
          CHECK(repr_string(v, text));
          vm_write_stdout(text + "\n");
        }
        break;
      }
    }
    continue;
  error:
    SAVE_FRAME();
    return Exec::error;
  reraise:
    SAVE_FRAME();
    return Exec::reraise;
  }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef DROP
#undef TOP
#undef ERROR
#undef CHECK
#undef PERIODIC_CHECK
#undef JUMP_TO
}

}  // namespace

bool push_frame(State& st, Frame* frame) {
  if (st.frame_depth >= st.recursion_limit) {
    raise(recursion_error_type, "maximum recursion depth exceeded");
    if (frame->generator == nullptr) Frame::destroy(frame);
    return false;
  }
  ++st.frame_depth;
  frame->previous = st.current_frame;
  st.current_frame = frame;
  return true;
}

void pop_frame(State& st, Frame* frame) {
  st.current_frame = frame->previous;
  frame->previous = nullptr;
  --st.frame_depth;
  if (frame->generator == nullptr) Frame::destroy(frame);
}

LoopResult run_loop(State& st, bool outermost, bool start_with_error) {
  bool pending_error = start_with_error;
  bool add_entry = true;
  for (;;) {
    LoopResult result;
    try {
      if (!pending_error) {
        const Exec exec = execute(st, outermost, result);
        if (exec == Exec::exit) return result;
        add_entry = exec == Exec::error;
      }
      pending_error = false;
      if (!unwind(st, add_entry)) {
        result.exit = LoopExit::raised;
        return result;
      }
      add_entry = true;
    } catch (const std::exception&) {
      if (!is_allocation_failure(std::current_exception())) throw;
      raise_memory_error();
      pending_error = true;
      add_entry = true;
    }
  }
}

}  // namespace py
