// The bytecode the compiler emits and the VM runs: CPython 3.11's instruction set, simplified.
//
// Unless noted, an opcode does what CPython 3.11's opcode of the same name does (see
// https://docs.python.org/3.11/library/dis.html), so CPython's compile.c and ceval.c are the
// reference for both sides. Differences, all for simplicity:
// - One instruction is one 32-bit word: opcode in the low 8 bits, argument in the high 24
//   (no EXTENDED_ARG, no inline caches, no CACHE entries, no PRECALL/RESUME/specialised forms).
// - Jump arguments are absolute instruction indices (not relative, not in bytes); there are no
//   *_BACKWARD_* variants: the VM checks its time budget on every jump to a lower index.
// - BINARY_OP's argument is a BinaryOp (object.hpp), plus kInplaceFlag for `+=` and friends.
// - COMPARE_OP's argument is a CompareOp (object.hpp).
// - Generators and coroutines are made by the call itself (the code's kGenerator/kCoroutine
//   flag), so there is no RETURN_GENERATOR, and a generator frame starts at instruction 0 with
//   the first send (which must be None).
// - Exception handling uses CPython 3.11's zero-cost design: an exception table on the code object
//   (ExceptionTableEntry in code.hpp), PUSH_EXC_INFO / POP_EXCEPT / RERAISE / CHECK_EXC_MATCH.
#pragma once

#include <cstdint>

namespace py {

#define PY_OPCODES(X)                                                                                  \
  X(NOP)                                                                                               \
  X(POP_TOP)                                                                                           \
  X(PUSH_NULL)                                                                                         \
  X(COPY)               /* arg n >= 1: push a copy of the n-th item from the top */                    \
  X(SWAP)               /* arg n >= 2: swap TOS with the n-th item */                                  \
  X(LOAD_CONST)         /* consts[arg] */                                                              \
  X(LOAD_FAST)          /* localsplus[arg]; UnboundLocalError when unset */                            \
  X(STORE_FAST)                                                                                        \
  X(DELETE_FAST)                                                                                       \
  X(MAKE_CELL)          /* localsplus[arg] = cell(localsplus[arg]) */                                  \
  X(COPY_FREE_VARS)     /* arg n: the last n localsplus slots = the function's closure cells */        \
  X(LOAD_CLOSURE)       /* push the cell in localsplus[arg] itself */                                  \
  X(LOAD_DEREF)         /* the cell's contents; NameError "free variable ..." when empty */            \
  X(LOAD_CLASSDEREF)    /* class bodies: locals mapping first, then the cell */                        \
  X(STORE_DEREF)                                                                                       \
  X(DELETE_DEREF)                                                                                      \
  X(LOAD_NAME)          /* names[arg]: locals, globals, builtins */                                    \
  X(STORE_NAME)                                                                                        \
  X(DELETE_NAME)                                                                                       \
  X(LOAD_GLOBAL)        /* arg = (names index << 1) | push_null, as in 3.11 */                         \
  X(STORE_GLOBAL)                                                                                      \
  X(DELETE_GLOBAL)                                                                                     \
  X(LOAD_ATTR)          /* names[arg] */                                                               \
  X(STORE_ATTR)         /* TOS.name = TOS1 */                                                          \
  X(DELETE_ATTR)                                                                                       \
  X(LOAD_METHOD)        /* names[arg]: pushes [method, self] or [NULL, attribute] */                   \
  X(BINARY_SUBSCR)                                                                                     \
  X(STORE_SUBSCR)       /* TOS1[TOS] = TOS2 */                                                         \
  X(DELETE_SUBSCR)                                                                                     \
  X(BUILD_SLICE)        /* arg 2 or 3 */                                                               \
  X(BINARY_OP)          /* arg: BinaryOp | kInplaceFlag */                                             \
  X(UNARY_NEGATIVE)                                                                                    \
  X(UNARY_POSITIVE)                                                                                    \
  X(UNARY_INVERT)                                                                                      \
  X(UNARY_NOT)                                                                                         \
  X(COMPARE_OP)         /* arg: CompareOp */                                                           \
  X(IS_OP)              /* arg 1: `is not` */                                                          \
  X(CONTAINS_OP)        /* arg 1: `not in` */                                                          \
  X(BUILD_TUPLE)                                                                                       \
  X(BUILD_LIST)                                                                                        \
  X(BUILD_SET)                                                                                         \
  X(BUILD_MAP)          /* arg pairs: key, value, key, value ... */                                    \
  X(BUILD_CONST_KEY_MAP) /* arg values, then a tuple of keys */                                        \
  X(BUILD_STRING)       /* arg: concatenate that many str */                                           \
  X(LIST_APPEND)        /* arg i: STACK[-i].append(TOS), pops TOS (comprehensions) */                  \
  X(SET_ADD)                                                                                           \
  X(MAP_ADD)            /* STACK[-i][TOS1] = TOS */                                                    \
  X(LIST_EXTEND)                                                                                       \
  X(SET_UPDATE)                                                                                        \
  X(DICT_UPDATE)                                                                                       \
  X(DICT_MERGE)         /* like DICT_UPDATE but duplicate keys are a TypeError (f(**a, **b)) */       \
  X(LIST_TO_TUPLE)                                                                                     \
  X(FORMAT_VALUE)       /* arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on TOS */ \
  X(JUMP)               /* arg: target index */                                                        \
  X(POP_JUMP_IF_FALSE)                                                                                 \
  X(POP_JUMP_IF_TRUE)                                                                                  \
  X(POP_JUMP_IF_NONE)                                                                                  \
  X(POP_JUMP_IF_NOT_NONE)                                                                              \
  X(JUMP_IF_FALSE_OR_POP)                                                                              \
  X(JUMP_IF_TRUE_OR_POP)                                                                               \
  X(GET_ITER)                                                                                          \
  X(FOR_ITER)           /* push next(TOS); at exhaustion pop TOS and jump to arg */                    \
  X(GET_YIELD_FROM_ITER)                                                                               \
  X(GET_AWAITABLE)      /* arg: 0, or 1 after __aenter__, 2 after __aexit__ (error messages) */        \
  X(GET_AITER)                                                                                         \
  X(GET_ANEXT)                                                                                         \
  X(END_ASYNC_FOR)                                                                                     \
  X(SEND)               /* TOS1.send(TOS); yields on; when the delegate returns, jump to arg with */   \
                        /* its return value on TOS (TOS1 popped) */                                    \
  X(YIELD_VALUE)        /* arg 1: a `yield` of an async generator (CPython's ASYNC_GEN_WRAP), else 0 */ \
  X(RETURN_VALUE)                                                                                      \
  X(KW_NAMES)           /* consts[arg] is the tuple of keyword names of the next CALL */               \
  X(CALL)               /* arg n: [NULL|method, callable|self, n args] (3.11's layout) */              \
  X(CALL_FUNCTION_EX)   /* arg 1: a kwargs dict on TOS; stack [NULL, callable, args tuple, (dict)] */  \
  X(MAKE_FUNCTION)      /* arg flags: 1 defaults, 2 kwdefaults, 4 annotations (a dict), 8 closure */  \
  X(LOAD_BUILD_CLASS)                                                                                  \
  X(UNPACK_SEQUENCE)                                                                                   \
  X(UNPACK_EX)          /* arg: before | (after << 8) */                                               \
  X(RAISE_VARARGS)      /* arg 0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS */                    \
  X(RERAISE)            /* arg 1: restore f_lasti from the value below TOS first (3.11) */             \
  X(PUSH_EXC_INFO)                                                                                     \
  X(POP_EXCEPT)                                                                                        \
  X(CHECK_EXC_MATCH)                                                                                   \
  X(WITH_EXCEPT_START)                                                                                 \
  X(BEFORE_WITH)                                                                                       \
  X(BEFORE_ASYNC_WITH)                                                                                 \
  X(LOAD_ASSERTION_ERROR)                                                                              \
  X(IMPORT_NAME)        /* names[arg]; TOS fromlist, TOS1 level */                                    \
  X(IMPORT_FROM)                                                                                       \
  X(IMPORT_STAR)                                                                                       \
  X(SETUP_ANNOTATIONS)                                                                                 \
  X(LOAD_LOCALS)                                                                                       \
  X(PRINT_EXPR)

enum class Opcode : std::uint8_t {
#define PY_OPCODE_ENUM(name) name,
  PY_OPCODES(PY_OPCODE_ENUM)
#undef PY_OPCODE_ENUM
};

const char* opcode_name(Opcode op);

inline constexpr std::uint32_t kInplaceFlag = 16;  // BINARY_OP: the in-place form (`+=`)
inline constexpr std::uint32_t kMaxOparg = (1u << 24) - 1;

struct Instr {
  std::uint32_t word;
  Opcode op() const { return static_cast<Opcode>(word & 0xff); }
  std::uint32_t arg() const { return word >> 8; }
  static Instr make(Opcode op, std::uint32_t arg = 0) {
    return Instr{static_cast<std::uint32_t>(op) | (arg << 8)};
  }
};

}  // namespace py
