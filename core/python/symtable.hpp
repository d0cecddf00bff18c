// Symbol tables: which names each scope binds, and whether a name is local, global, free (from
// an enclosing function) or a cell (captured by a nested function). CPython 3.11's
// Python/symtable.c, pass for pass: a walk over the AST records each name's uses and definitions
// per block, then an analysis from the module down resolves every name's scope.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "python/ast.hpp"
#include "python/source.hpp"
#include "python/syntax_error.hpp"

namespace py {

// What a block of code is: module and class bodies run with a locals mapping, functions (including
// lambdas and comprehensions) with fast locals.
enum class BlockType : std::uint8_t { Module, Class, Function };

// How a block uses a name (CPython's DEF_* flags).
namespace symbol_flag {
inline constexpr std::uint32_t kGlobal = 1;      // `global x`
inline constexpr std::uint32_t kLocal = 2;       // assigned in this block
inline constexpr std::uint32_t kParam = 4;
inline constexpr std::uint32_t kNonlocal = 8;    // `nonlocal x`
inline constexpr std::uint32_t kUse = 16;        // read
inline constexpr std::uint32_t kFreeClass = 32;  // free in a method and bound in the class body
inline constexpr std::uint32_t kImport = 64;
inline constexpr std::uint32_t kAnnot = 128;     // `x: int` (a simple annotated name)
inline constexpr std::uint32_t kCompIter = 256;  // a comprehension's iteration variable
inline constexpr std::uint32_t kBound = kLocal | kParam | kImport;
}  // namespace symbol_flag

// Where a name lives once the analysis is done (CPython's scope values).
enum class NameScope : std::uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class ComprehensionKind : std::uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
  std::string name;  // mangled
  std::uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

// One block: CPython's PySTEntryObject.
struct SymbolScope {
  BlockType type = BlockType::Module;
  std::string name;  // "top", the function or class name, "lambda", "listcomp", ...
  ast::Location location;
  bool nested = false;      // inside a function
  bool generator = false;
  bool coroutine = false;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;  // a class whose methods use `__class__` or super()
  bool child_free = false;           // some child block has free variables
  bool has_free = false;             // this block has free variables
  ComprehensionKind comprehension = ComprehensionKind::None;
  std::vector<Symbol> symbols;       // in the order the walk first met them
  std::vector<std::string> varnames;  // parameters, in order
  std::vector<SymbolScope*> children;

  const Symbol* find(std::string_view name) const;
  NameScope scope_of(std::string_view name) const;  // Unknown when the block never saw the name
  std::uint32_t flags_of(std::string_view name) const;

  // Building state (symtable.cpp).
  Symbol& symbol(const std::string& name);  // finds or adds
  std::unordered_map<std::string, std::size_t> index;
  struct Directive {
    std::string name;
    ast::Location location;
  };
  std::vector<Directive> directives;  // global/nonlocal statements, for error locations
  int comp_iter_expr = 0;             // > 0 while visiting a comprehension's iterable
  bool comp_iter_target = false;      // while visiting a comprehension's target
};

class SymbolTable {
 public:
  // The module's scope; every other block is reachable through `children`.
  const SymbolScope& module() const { return *scopes_.front(); }
  // The block of a function or class statement, a lambda or a comprehension.
  const SymbolScope* lookup(const void* node) const;

 private:
  friend class SymbolTableBuilder;
  std::vector<std::unique_ptr<SymbolScope>> scopes_;
  std::unordered_map<const void*, SymbolScope*> by_node_;
};

struct SymbolTableResult {
  std::unique_ptr<SymbolTable> table;  // null when `error` is set
  std::optional<SyntaxErrorInfo> error;
};

// Builds the symbol table of a parsed module. Reports the scoping errors CPython's symtable.c
// reports ("no binding for nonlocal 'x' found", "name 'x' is used prior to global declaration",
// ...), located as CPython locates them.
SymbolTableResult build_symbol_table(const ast::Module& module, const SourceText& source);

// CPython's _Py_Mangle: `__x` inside class `C` is `_C__x` (not dunders, not dotted names).
std::string mangle(std::string_view class_name, std::string_view name);

}  // namespace py
