// From a unit's block graph to a CodeObject, as CPython 3.11's assemble(): dead blocks removed,
// the cell/free-variable prologue, line numbers for artificial instructions, the stack depth by
// flow analysis, handlers found for every instruction (the exception table), then layout.
#include <algorithm>

#include "python/compiler_internal.hpp"
#include "python/str_object.hpp"

namespace py::compiler {

namespace {

bool is_block_push(int o) { return o == kSetupFinally || o == kSetupCleanup || o == kSetupWith; }

bool is_jump(int o) {
  switch (o) {
    case op(Opcode::JUMP):
    case op(Opcode::POP_JUMP_IF_FALSE):
    case op(Opcode::POP_JUMP_IF_TRUE):
    case op(Opcode::POP_JUMP_IF_NONE):
    case op(Opcode::POP_JUMP_IF_NOT_NONE):
    case op(Opcode::JUMP_IF_FALSE_OR_POP):
    case op(Opcode::JUMP_IF_TRUE_OR_POP):
    case op(Opcode::FOR_ITER):
    case op(Opcode::SEND):
      return true;
    default:
      return false;
  }
}

// Nothing after these runs.
bool is_terminal(int o) {
  return o == op(Opcode::JUMP) || o == op(Opcode::RETURN_VALUE) || o == op(Opcode::RAISE_VARARGS) ||
         o == op(Opcode::RERAISE);
}

bool falls_through(const Block& b) { return b.instrs.empty() || !is_terminal(b.instrs.back().op); }

bool is_deref(int o) {
  switch (o) {
    case op(Opcode::LOAD_CLOSURE):
    case op(Opcode::LOAD_DEREF):
    case op(Opcode::LOAD_CLASSDEREF):
    case op(Opcode::STORE_DEREF):
    case op(Opcode::DELETE_DEREF):
    case op(Opcode::MAKE_CELL):
      return true;
    default:
      return false;
  }
}

// How an instruction changes the stack depth, on the fall-through path or (jump) when it jumps;
// for SETUP_*, what the handler finds. CPython's stack_effect().
int stack_effect(int o, std::uint32_t arg, bool jump) {
  int n = static_cast<int>(arg);
  switch (o) {
    case kSetupFinally: return jump ? 1 : 0;
    case kSetupCleanup: return jump ? 2 : 0;
    case kSetupWith: return jump ? 1 : 0;
    case kPopBlock: return 0;
  }
  switch (static_cast<Opcode>(o)) {
    case Opcode::NOP:
    case Opcode::SWAP:
    case Opcode::DELETE_FAST:
    case Opcode::MAKE_CELL:
    case Opcode::COPY_FREE_VARS:
    case Opcode::DELETE_DEREF:
    case Opcode::DELETE_NAME:
    case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_ATTR:
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_INVERT:
    case Opcode::UNARY_NOT:
    case Opcode::LIST_TO_TUPLE:
    case Opcode::JUMP:
    case Opcode::GET_ITER:
    case Opcode::GET_YIELD_FROM_ITER:
    case Opcode::GET_AWAITABLE:
    case Opcode::GET_AITER:
    case Opcode::YIELD_VALUE:
    case Opcode::KW_NAMES:
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::SETUP_ANNOTATIONS:
      return 0;
    case Opcode::POP_TOP:
    case Opcode::STORE_FAST:
    case Opcode::STORE_DEREF:
    case Opcode::STORE_NAME:
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_ATTR:
    case Opcode::BINARY_SUBSCR:
    case Opcode::BINARY_OP:
    case Opcode::COMPARE_OP:
    case Opcode::IS_OP:
    case Opcode::CONTAINS_OP:
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD:
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
    case Opcode::RETURN_VALUE:
    case Opcode::RERAISE:
    case Opcode::POP_EXCEPT:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_STAR:
    case Opcode::PRINT_EXPR:
      return -1;
    case Opcode::PUSH_NULL:
    case Opcode::COPY:
    case Opcode::LOAD_CONST:
    case Opcode::LOAD_FAST:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_DEREF:
    case Opcode::LOAD_CLASSDEREF:
    case Opcode::LOAD_NAME:
    case Opcode::LOAD_METHOD:
    case Opcode::GET_ANEXT:
    case Opcode::LOAD_BUILD_CLASS:
    case Opcode::PUSH_EXC_INFO:
    case Opcode::WITH_EXCEPT_START:
    case Opcode::BEFORE_WITH:
    case Opcode::BEFORE_ASYNC_WITH:
    case Opcode::LOAD_ASSERTION_ERROR:
    case Opcode::IMPORT_FROM:
    case Opcode::LOAD_LOCALS:
      return 1;
    case Opcode::LOAD_GLOBAL: return 1 + (n & 1);
    case Opcode::STORE_ATTR: return -2;
    case Opcode::STORE_SUBSCR: return -3;
    case Opcode::DELETE_SUBSCR: return -2;
    case Opcode::MAP_ADD: return -2;
    case Opcode::END_ASYNC_FOR: return -2;
    case Opcode::BUILD_SLICE: return n == 3 ? -2 : -1;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING:
      return 1 - n;
    case Opcode::BUILD_MAP: return 1 - 2 * n;
    case Opcode::BUILD_CONST_KEY_MAP: return -n;
    case Opcode::FORMAT_VALUE: return (n & 4) ? -1 : 0;
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Opcode::FOR_ITER: return jump ? -1 : 1;
    case Opcode::SEND: return jump ? -1 : 0;
    case Opcode::CALL: return -1 - n;
    case Opcode::CALL_FUNCTION_EX: return -2 - (n & 1);
    case Opcode::MAKE_FUNCTION:
      return -((n & 1) != 0) - ((n & 2) != 0) - ((n & 4) != 0) - ((n & 8) != 0);
    case Opcode::UNPACK_SEQUENCE: return n - 1;
    case Opcode::UNPACK_EX: return (n & 0xff) + (n >> 8);
    case Opcode::RAISE_VARARGS: return -n;
  }
  return 0;
}

// The blocks in layout order.
std::vector<int> layout(const CodeUnit& unit) {
  std::vector<int> order;
  for (int b = unit.entry; b != -1; b = unit.blocks[b].next) order.push_back(b);
  return order;
}

}  // namespace

// Everything below works on one unit; a class keeps the passes apart and their state together.
class Assembler {
 public:
  explicit Assembler(CodeUnit& unit) : unit_(unit), blocks_(unit.blocks) {}

  void run(CodeObject& code) {
    fold_push_null_into_load_global();
    remove_unreachable_blocks();
    std::vector<int> cell_slots = localsplus_layout(code);
    insert_prologue(code, cell_slots);
    for (int b : order_) remove_nops(b);
    propagate_line_numbers();
    guarantee_lines_for_exits();
    code.stacksize = stack_depth();
    label_exception_targets();
    for (int b : order_) convert_pseudo_instructions(b);
    for (int b : order_) remove_nops(b);
    emit(code, cell_slots);
  }

 private:
  // PUSH_NULL; LOAD_GLOBAL x  ->  LOAD_GLOBAL (NULL + x)
  void fold_push_null_into_load_global() {
    for (Block& b : blocks_) {
      for (std::size_t i = 0; i + 1 < b.instrs.size(); i++) {
        Instruction& next = b.instrs[i + 1];
        if (b.instrs[i].op == op(Opcode::PUSH_NULL) && next.op == op(Opcode::LOAD_GLOBAL) && !(next.arg & 1)) {
          b.instrs[i].op = op(Opcode::NOP);
          next.arg |= 1;
        }
      }
    }
  }

  // Keeps the blocks reachable from the entry (by falling through, jumping or handling), in
  // layout order, and skips empty ones: jumps to an empty block go to the next non-empty one.
  void remove_unreachable_blocks() {
    std::vector<int> all = layout(unit_);
    std::vector<int> todo = {unit_.entry};
    blocks_[unit_.entry].reachable = true;
    auto reach = [&](int b) {
      if (!blocks_[b].reachable) {
        blocks_[b].reachable = true;
        todo.push_back(b);
      }
    };
    while (!todo.empty()) {
      int b = todo.back();
      todo.pop_back();
      for (const Instruction& i : blocks_[b].instrs) {
        if (i.target >= 0) reach(i.target);
      }
      if (falls_through(blocks_[b]) && blocks_[b].next >= 0) reach(blocks_[b].next);
    }
    // The first non-empty reachable block at or after each position of the layout.
    std::vector<int> resolved(blocks_.size(), -1);
    int following = -1;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
      Block& b = blocks_[*it];
      if (!b.reachable) b.instrs.clear();
      if (!b.instrs.empty()) following = *it;
      resolved[*it] = following;
    }
    for (int b : all) {
      for (Instruction& i : blocks_[b].instrs) {
        if (i.target >= 0) i.target = resolved[i.target];
      }
      if (!blocks_[b].instrs.empty()) order_.push_back(b);
    }
    for (std::size_t k = 0; k < order_.size(); k++) {
      blocks_[order_[k]].next = k + 1 < order_.size() ? order_[k + 1] : -1;
    }
    unit_.entry = order_.empty() ? unit_.entry : order_.front();
  }

  // localsplus: varnames, then the cells that are not also arguments, then free variables.
  // Returns each cell's or free variable's slot, indexed as DEREF arguments are (cells first).
  std::vector<int> localsplus_layout(CodeObject& code) {
    int nlocals = unit_.varnames.size();
    int nargs = unit_.argcount + unit_.posonlyargcount + unit_.kwonlyargcount +
                (unit_.scope->varargs ? 1 : 0) + (unit_.scope->varkeywords ? 1 : 0);
    for (int i = 0; i < nlocals; i++) {
      const std::string& name = unit_.varnames.items[i];
      std::uint8_t kind = unit_.cellvars.find(name) >= 0 ? kLocalCell : kLocalPlain;
      if (i < nargs) kind |= kLocalArg;
      code.localsplus_names.push_back(Ref<StrObject>::borrow(intern(name)));
      code.localsplus_kinds.push_back(kind);
    }
    std::vector<int> slots;
    for (const std::string& name : unit_.cellvars.items) {
      int arg_slot = unit_.varnames.find(name);
      if (arg_slot >= 0) {
        slots.push_back(arg_slot);
        continue;
      }
      slots.push_back(code.nlocalsplus());
      code.localsplus_names.push_back(Ref<StrObject>::borrow(intern(name)));
      code.localsplus_kinds.push_back(kLocalCell);
    }
    for (const std::string& name : unit_.freevars.items) {
      slots.push_back(code.nlocalsplus());
      code.localsplus_names.push_back(Ref<StrObject>::borrow(intern(name)));
      code.localsplus_kinds.push_back(kLocalFree);
    }
    code.nlocals = nlocals;
    code.ncells = unit_.cellvars.size();
    code.nfreevars = unit_.freevars.size();
    return slots;
  }

  // COPY_FREE_VARS, then MAKE_CELL for each cell in slot order, before anything else runs.
  void insert_prologue(const CodeObject& code, const std::vector<int>& cell_slots) {
    std::vector<Instruction> prologue;
    if (code.nfreevars) prologue.push_back(Instruction::artificial(Opcode::COPY_FREE_VARS, code.nfreevars));
    std::vector<int> cells(cell_slots.begin(), cell_slots.begin() + code.ncells);
    std::vector<int> order(cells.size());
    for (std::size_t i = 0; i < order.size(); i++) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return cells[a] < cells[b]; });
    for (int cell : order) prologue.push_back(Instruction::artificial(Opcode::MAKE_CELL, cells[cell]));
    auto& entry = blocks_[unit_.entry].instrs;
    entry.insert(entry.begin(), prologue.begin(), prologue.end());
  }

  // A NOP stays only when it carries a line no neighbouring instruction has (CPython's
  // clean_basic_block), so that tracebacks and the line table see `pass` and friends.
  void remove_nops(int block) {
    auto& instrs = blocks_[block].instrs;
    std::vector<Instruction> kept;
    int prev_line = -1;
    for (std::size_t i = 0; i < instrs.size(); i++) {
      const Instruction& in = instrs[i];
      int line = in.loc.line;
      if (in.op == op(Opcode::NOP)) {
        if (line < 0 || line == prev_line) continue;
        if (i + 1 < instrs.size()) {
          Instruction& next = instrs[i + 1];
          if (next.loc.line < 0) {
            next.loc = in.loc;
            continue;
          }
          if (next.loc.line == line) continue;
        } else {
          int next_block = blocks_[block].next;
          while (next_block >= 0 && blocks_[next_block].instrs.empty()) next_block = blocks_[next_block].next;
          if (next_block >= 0 && blocks_[next_block].instrs.front().loc.line == line) continue;
        }
      }
      kept.push_back(in);
      prev_line = line;
    }
    instrs = std::move(kept);
  }

  void count_predecessors() {
    for (int b : order_) blocks_[b].predecessors = 0;
    for (int b : order_) {
      const Block& block = blocks_[b];
      for (const Instruction& i : block.instrs) {
        if (i.target >= 0) blocks_[i.target].predecessors++;
      }
      if (falls_through(block) && block.next >= 0) blocks_[block.next].predecessors++;
    }
  }

  // Artificial instructions take the location of the instruction before them, within a block
  // and into a successor that has no other way in.
  void propagate_line_numbers() {
    count_predecessors();
    for (int b : order_) {
      Block& block = blocks_[b];
      if (block.instrs.empty()) continue;
      const Loc* prev = nullptr;
      for (Instruction& i : block.instrs) {
        if (i.loc.line < 0 && prev) i.loc = *prev;
        prev = &i.loc;
      }
      const Instruction& last = block.instrs.back();
      if (falls_through(block) && block.next >= 0) {
        Block& next = blocks_[block.next];
        if (next.predecessors == 1 && !next.instrs.empty() && next.instrs[0].loc.line < 0) next.instrs[0].loc = last.loc;
      }
      if (is_jump(last.op)) {
        Block& target = blocks_[last.target];
        if (target.predecessors == 1 && !target.instrs.empty() && target.instrs[0].loc.line < 0) {
          target.instrs[0].loc = last.loc;
        }
      }
    }
  }

  // A return without a line (the implicit `return None`) gets the line of the code before it.
  void guarantee_lines_for_exits() {
    int line = unit_.firstlineno;
    for (int b : order_) {
      Block& block = blocks_[b];
      if (block.instrs.empty()) continue;
      const Instruction& last = block.instrs.back();
      if (last.loc.line >= 0) {
        line = last.loc.line;
        continue;
      }
      if (last.op != op(Opcode::RETURN_VALUE)) continue;
      for (Instruction& i : block.instrs) {
        if (i.loc.line < 0) i.loc = Loc{line, line, -1, -1};
      }
    }
  }

  // The largest stack depth on any path, and each block's depth on entry (for handlers: the
  // depth they see, exception included).
  int stack_depth() {
    std::vector<int> todo;
    int max_depth = 0;
    auto push = [&](int b, int depth) {
      Block& block = blocks_[b];
      if (block.start_depth < depth) {
        block.start_depth = depth;
        todo.push_back(b);
      }
    };
    push(unit_.entry, 0);
    while (!todo.empty()) {
      int b = todo.back();
      todo.pop_back();
      const Block& block = blocks_[b];
      int depth = block.start_depth;
      bool falls = true;
      for (const Instruction& i : block.instrs) {
        int next_depth = depth + stack_effect(i.op, i.arg, false);
        max_depth = std::max(max_depth, next_depth);
        if (is_jump(i.op) || is_block_push(i.op)) {
          int target_depth = depth + stack_effect(i.op, i.arg, true);
          max_depth = std::max(max_depth, target_depth);
          push(i.target, target_depth);
        }
        depth = next_depth;
        if (is_terminal(i.op)) {
          falls = false;
          break;
        }
      }
      if (falls && block.next >= 0) push(block.next, depth);
    }
    return max_depth;
  }

  // Walks the graph with a stack of active handlers (pushed by SETUP_*, popped by POP_BLOCK) and
  // records each instruction's innermost handler.
  void label_exception_targets() {
    struct Todo {
      int block;
      std::vector<int> handlers;
    };
    for (int b : order_) blocks_[b].reachable = false;
    std::vector<Todo> todo;
    todo.push_back({unit_.entry, {}});
    blocks_[unit_.entry].reachable = true;
    while (!todo.empty()) {
      Todo item = std::move(todo.back());
      todo.pop_back();
      std::vector<int>& handlers = item.handlers;
      Block& block = blocks_[item.block];
      for (Instruction& i : block.instrs) {
        if (is_block_push(i.op)) {
          Block& handler = blocks_[i.target];
          if (!handler.reachable) {
            handler.reachable = true;
            todo.push_back({i.target, handlers});
          }
          if (i.op != kSetupFinally) handler.preserve_lasti = true;
          handlers.push_back(i.target);
          continue;
        }
        if (i.op == kPopBlock) {
          if (!handlers.empty()) handlers.pop_back();
          continue;
        }
        i.handler = handlers.empty() ? -1 : handlers.back();
        if (is_jump(i.op) && !blocks_[i.target].reachable) {
          blocks_[i.target].reachable = true;
          todo.push_back({i.target, handlers});
        }
      }
      if (falls_through(block) && block.next >= 0 && !blocks_[block.next].reachable) {
        blocks_[block.next].reachable = true;
        todo.push_back({block.next, std::move(handlers)});
      }
    }
  }

  // SETUP_* and POP_BLOCK become NOPs, which stay where a line would otherwise have no instruction
  // (the `try:` line).
  void convert_pseudo_instructions(int block) {
    for (Instruction& i : blocks_[block].instrs) {
      if (i.op < kSetupFinally) continue;
      i.op = op(Opcode::NOP);
      i.arg = 0;
      i.target = -1;
      i.handler = -1;
    }
  }

  void emit(CodeObject& code, const std::vector<int>& cell_slots) {
    // A jump to a block the last passes emptied goes where that block would have started.
    std::uint32_t offset = 0;
    for (int b : order_) {
      blocks_[b].offset = static_cast<int>(offset);
      offset += static_cast<std::uint32_t>(blocks_[b].instrs.size());
    }
    int previous_handler = -1;
    std::uint32_t index = 0, run_start = 0;
    auto close_run = [&](std::uint32_t end) {
      if (previous_handler < 0 || end == run_start) return;
      const Block& h = blocks_[previous_handler];
      ExceptionTableEntry row;
      row.start = run_start;
      row.end = end;
      row.handler = static_cast<std::uint32_t>(h.offset);
      row.depth = static_cast<std::uint32_t>(h.start_depth - 1 - (h.preserve_lasti ? 1 : 0));
      row.push_lasti = h.preserve_lasti;
      code.exception_table.push_back(row);
    };
    for (int b : order_) {
      for (const Instruction& i : blocks_[b].instrs) {
        if (i.handler != previous_handler) {
          close_run(index);
          previous_handler = i.handler;
          run_start = index;
        }
        std::uint32_t arg = i.arg;
        if (i.target >= 0) arg = static_cast<std::uint32_t>(blocks_[i.target].offset);
        if (is_deref(i.op) && i.op != op(Opcode::MAKE_CELL)) arg = static_cast<std::uint32_t>(cell_slots[arg]);
        code.instructions.push_back(Instr::make(static_cast<Opcode>(i.op), arg));
        Position p;
        if (i.loc.line >= 0) p = Position{i.loc.line, i.loc.end_line, i.loc.col, i.loc.end_col};
        code.positions.push_back(p);
        index++;
      }
    }
    close_run(index);
  }

  CodeUnit& unit_;
  std::vector<Block>& blocks_;
  std::vector<int> order_;
};

Ref<CodeObject> Compiler::assemble(CodeUnit& unit) {
  Ref<CodeObject> code = make<CodeObject>();
  Assembler(unit).run(*code);
  code->consts = std::move(unit.consts);
  for (const std::string& n : unit.names.items) code->names.push_back(Ref<StrObject>::borrow(intern(n)));
  code->argcount = unit.argcount + unit.posonlyargcount;
  code->posonlyargcount = unit.posonlyargcount;
  code->kwonlyargcount = unit.kwonlyargcount;
  const SymbolScope& scope = *unit.scope;
  if (scope.type == BlockType::Function) {
    code->flags |= kCodeOptimized | kCodeNewLocals;
    if (scope.nested) code->flags |= kCodeNested;
    if (scope.generator && !scope.coroutine) code->flags |= kCodeGenerator;
    if (!scope.generator && scope.coroutine) code->flags |= kCodeCoroutine;
    if (scope.generator && scope.coroutine) code->flags |= kCodeAsyncGenerator;
    if (scope.varargs) code->flags |= kCodeVarargs;
    if (scope.varkeywords) code->flags |= kCodeVarKeywords;
  }
  code->firstlineno = unit.firstlineno;
  code->name = Ref<StrObject>::borrow(intern(unit.name));
  code->qualname = unit.kind == UnitKind::Module ? code->name : make_str(unit.qualname);
  code->filename = make_str(filename_);
  code->source = source_;
  return code;
}

}  // namespace py::compiler
