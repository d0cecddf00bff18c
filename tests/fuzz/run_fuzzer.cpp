// run_fuzzer: the VM on generated programs.
//
// The bytes drive a small grammar of Python statements and expressions (program_writer below): a
// fixed prelude (globals of every built-in type, a class with dunders, an exception class), then
// statements, each wrapped in `try: ... except Exception` so that one error does not end the run
// early. Functions with defaults, closures and nonlocal, generators, classes with generated
// dunders (__repr__, __eq__, __hash__, __del__, __getattr__, ...), comprehensions, f-strings, the
// modules' functions. Every input is a valid program (a SyntaxError is a bug of the writer, and
// traps). It runs as exec_fuzzer's programs do: virtual time, 16 MB heap cap, recursion limit 200,
// a step budget, then an interrupt.
//
// Invariants (besides the sanitizers and run_program's): a run that ends by itself prints the
// "--end--" marker last and exits 0, unless memory ran out or the program raised its saved
// exception on purpose; the only uncaught exceptions are MemoryError, the host's
// KeyboardInterrupt, and that saved exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

namespace {

const char* const kPrelude = R"py(import math, functools, itertools, collections, random, sys
random.seed(7)
class K:
    def __init__(self, v=0):
        self.v = v
    def __repr__(self):
        return f"K({self.v!r})"
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, K) else other)
    def __add__(self, other):
        return K(self.v + (other.v if isinstance(other, K) else other))
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i
    def __call__(self, *args, **kwargs):
        return (self.v, args, kwargs)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
class E(Exception):
    pass
a, b, c, d, e, f, g, h = 1, 'ab', [1, 2, 3], {'k': 1}, K(2), 1.5, (1, 'x'), {1, 2}
last_exc = None
)py";

const char* const kNames[] = {"a", "b", "c", "d", "e", "f", "g", "h", "x", "y"};
const char* const kInts[] = {"0", "1", "-1", "2", "3", "7", "255", "256", "-5", "2**31", "2**63", "-2**63",
                             "2**64 + 1", "10**20", "12345678901234567890", "0x7f", "0o17", "0b101", "1_000"};
const char* const kFloats[] = {"0.0", "-0.0", "1.5", "1e308", "-1e-308", "float('nan')", "float('inf')", "0.1", "3.0",
                               "2.5e-3", "1e16"};
const char* const kStrings[] = {"''", "'a'", "'abc'", "'a,b,c'", "'h\\xe9llo'", "'\\u2603'", "'%s'", "'{}'",
                                "'{0}{1}'", "'  x  '", "'\\n'", "'0x1f'", "'123'", "'-4.5'", "'\\t\\x00'", "'AbC'",
                                "'k'", "r'\\d'", "'''tri\nple'''"};
const char* const kConstants[] = {"None", "True", "False", "...", "NotImplemented"};
const char* const kBinaryOps[] = {"+",  "-",  "*",  "/",  "//", "%",  "**", "<<",     ">>", "&",      "|",     "^",   "==",
                                  "!=", "<",  "<=", ">",  ">=", "is", "in", "not in", "and", "or", "is not", "@"};
const char* const kAugOps[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};
const char* const kUnaryOps[] = {"-", "+", "~", "not "};
const char* const kBuiltins1[] = {"len", "str", "repr", "int", "float", "bool", "list", "tuple", "set", "frozenset",
                                  "dict", "sorted", "reversed", "enumerate", "range", "min", "max", "sum", "abs",
                                  "hash", "round", "hex", "oct", "bin", "chr", "ord", "any", "all", "iter", "next",
                                  "type", "callable", "ascii", "format", "vars", "dir", "id", "sorted", "print"};
const char* const kBuiltins2[] = {"divmod", "pow", "isinstance", "zip", "range", "min", "max", "round", "getattr",
                                  "hasattr", "format", "map", "filter", "issubclass", "int", "slice", "sorted"};
const char* const kTypes[] = {"int", "str", "list", "tuple", "dict", "set", "float", "bool", "K", "E", "Exception",
                              "object", "type", "(int, str)", "BaseException"};
const char* const kMethods0[] = {"pop", "copy", "clear", "keys", "values", "items", "popitem", "reverse", "sort",
                                 "strip", "upper", "lower", "split", "title", "isdigit", "bit_length", "is_integer",
                                 "as_integer_ratio", "hex", "conjugate", "__len__", "__repr__", "__hash__",
                                 "__iter__", "splitlines", "casefold", "isidentifier", "swapcase"};
const char* const kMethods1[] = {"append", "pop", "extend", "insert", "remove", "index", "count", "get",
                                 "setdefault", "update", "add", "discard", "union", "intersection", "difference",
                                 "issubset", "split", "join", "strip", "replace", "find", "rfind", "startswith",
                                 "endswith", "format", "zfill", "center", "partition", "__getitem__", "__eq__",
                                 "__contains__", "__add__", "__mul__", "fromkeys", "ljust", "rsplit", "expandtabs"};
const char* const kModuleCalls1[] = {"math.floor", "math.ceil", "math.sqrt", "math.factorial", "math.log",
                                     "math.isqrt", "math.fsum", "math.prod", "math.trunc", "math.isfinite",
                                     "math.exp", "math.fabs", "collections.Counter", "collections.deque",
                                     "collections.OrderedDict", "itertools.chain.from_iterable", "itertools.cycle",
                                     "itertools.accumulate", "itertools.permutations", "random.choice",
                                     "random.shuffle", "random.randrange", "sys.setrecursionlimit", "sys.intern",
                                     "functools.cmp_to_key", "itertools.pairwise", "math.degrees"};
const char* const kModuleCalls2[] = {"math.gcd", "math.comb", "math.perm", "math.copysign", "math.pow",
                                     "math.atan2", "math.fmod", "math.isclose", "math.log", "itertools.islice",
                                     "itertools.product", "itertools.combinations", "itertools.repeat",
                                     "itertools.zip_longest", "itertools.starmap", "itertools.takewhile",
                                     "itertools.dropwhile", "itertools.groupby", "functools.reduce",
                                     "functools.partial", "random.randint", "random.sample", "collections.deque",
                                     "collections.namedtuple", "itertools.compress", "itertools.tee"};
const char* const kAttributes[] = {"v", "real", "imag", "__class__", "__name__", "__dict__", "__doc__", "args",
                                   "numerator", "denominator", "__mro__", "__bases__", "maxlen", "start", "stop",
                                   "step", "gi_frame", "__qualname__", "__module__", "__traceback__", "__cause__",
                                   "__context__", "default_factory"};
const char* const kExceptions[] = {"E", "ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError",
                                   "RuntimeError", "AttributeError", "StopIteration", "ArithmeticError",
                                   "LookupError", "NameError", "OverflowError", "RecursionError", "Exception",
                                   "AssertionError", "NotImplementedError", "UnicodeError"};
const char* const kFormatSpecs[] = {"", "!r", "!s", "!a", ":>8", ":<5", ":^9", ":.3", ":,", ":x", ":08.2f", ":e",
                                    ":%", ":+", ":_", ":#o", ":c", ":=10", ":.0f", ":g", ":{a}", ":b", ":n"};
const char* const kDunders[] = {"__repr__",  "__str__",  "__eq__",     "__lt__",    "__hash__",     "__len__",
                                "__bool__",  "__iter__", "__next__",   "__getitem__", "__contains__", "__add__",
                                "__radd__",  "__call__", "__getattr__", "__setattr__", "__enter__",   "__exit__",
                                "__index__", "__int__",  "__float__",  "__format__",  "__del__",     "__neg__",
                                "__mul__",   "__iadd__", "__setitem__", "__delitem__", "__gt__",     "__ne__",
                                "__init_subclass__", "__getattribute__", "__set_name__", "__get__", "__abs__"};

class ProgramWriter {
 public:
  explicit ProgramWriter(fuzz::Choices& choices) : c_(choices) {}

  // The program, and whether it ends by raising its saved exception on purpose.
  std::string write(bool& raises_on_purpose) {
    out_ = kPrelude;
    raises_on_purpose = c_.chance(24);
    int statements = 0;
    while (!c_.exhausted() && statements < 40 && budget_ > 0) {
      line("try:");
      ++indent_;
      statement(0);
      --indent_;
      line("except Exception as exc_:");
      line("    last_exc = exc_");
      line("    print('!', type(exc_).__name__)");
      ++statements;
    }
    if (raises_on_purpose) line("if last_exc is not None: raise last_exc");
    line("print('--end--')");
    return out_;
  }

 private:
  void line(const std::string& text) {
    out_.append(static_cast<std::size_t>(indent_) * 4, ' ');
    out_ += text;
    out_ += '\n';
  }

  // ---- expressions ----
  std::string name() {
    if (in_method_ && c_.chance(64)) return "self";
    if (in_function_ && c_.chance(64)) return c_.flag() ? "p" : "q";
    return c_.pick(kNames);
  }

  std::string atom() {
    switch (c_.below(8)) {
      case 0: case 1: return name();
      case 2: return c_.pick(kInts);
      case 3: return c_.pick(kFloats);
      case 4: return string_literal();
      case 5: return c_.pick(kConstants);
      case 6: return functions_ > 0 ? "f" + std::to_string(c_.below(functions_)) : "K";
      default: return classes_ > 0 ? "C" + std::to_string(c_.below(classes_)) : "E";
    }
  }

  std::string string_literal() {
    // In an f-string's replacement field, 3.11 allows no backslash and no newline.
    for (;;) {
      const std::string s = c_.pick(kStrings);
      if (!in_fstring_ || s.find_first_of("\\\n") == std::string::npos) return s;
    }
  }

  // A call's arguments in an order the grammar allows: positional and *iterable, then keywords
  // (each name once), then **mapping.
  std::string args(int depth, unsigned max) {
    std::string s;
    const unsigned n = c_.below(max + 1);
    int stage = 0;  // 0 positional, 1 keywords, 2 after **
    bool used_key = false, used_p = false;
    for (unsigned i = 0; i < n; ++i) {
      if (i > 0) s += ", ";
      unsigned kind = c_.below(10);
      if (kind >= 3 && stage > 0) kind = stage == 1 ? 2 : 1;
      if (kind == 0 && stage == 2) kind = 1;
      if (kind == 2 && (stage == 2 || (used_key && used_p))) kind = 1;
      switch (kind) {
        case 0: s += "*" + expr(depth); break;
        case 1: s += "**" + expr(depth); stage = 2; break;
        case 2: {
          const bool key = !used_key && (used_p || c_.flag());
          (key ? used_key : used_p) = true;
          s += std::string(key ? "key" : "p") + "=" + expr(depth);
          stage = 1;
          break;
        }
        default: s += expr(depth);
      }
    }
    return s;
  }

  // The elements of a list display.
  std::string elements(int depth, unsigned max) {
    std::string s;
    const unsigned n = c_.below(max + 1);
    for (unsigned i = 0; i < n; ++i) {
      if (i > 0) s += ", ";
      if (c_.chance(30)) s += "*";
      s += expr(depth);
    }
    return s;
  }

  std::string comprehension(int depth) {
    const bool saved = in_comprehension_;
    in_comprehension_ = true;
    const std::string iterable = expr(depth);
    const std::string value = expr(depth);
    std::string clauses = " for x in " + iterable;
    if (c_.flag()) clauses += " if " + expr(depth);
    if (c_.chance(40)) clauses += " for y in " + expr(depth);
    std::string result;
    switch (c_.below(4)) {
      case 0: result = "[" + value + clauses + "]"; break;
      case 1: result = "{" + value + clauses + "}"; break;
      case 2: result = "{" + value + ": " + expr(depth) + clauses + "}"; break;
      default: result = "(" + value + clauses + ")"; break;
    }
    in_comprehension_ = saved;
    return result;
  }

  std::string fstring(int depth) {
    if (in_fstring_) return atom();
    in_fstring_ = true;
    std::string s = "f\"";
    const unsigned n = 1 + c_.below(3);
    for (unsigned i = 0; i < n; ++i) {
      if (c_.flag()) s += "<";
      const std::string value = expr(depth);
      s += "{ " + value + c_.pick(kFormatSpecs) + "}";
    }
    in_fstring_ = false;
    return s + "\"";
  }

  std::string expr(int depth) {
    if (--budget_ < 0 || depth >= 4) return atom();
    const int d = depth + 1;
    switch (c_.below(30)) {
      case 0: case 1: case 2: return atom();
      case 3: return "[" + elements(d, 3) + "]";
      case 4: return "(" + expr(d) + ", " + (c_.flag() ? expr(d) : "") + ")";
      case 5: return "{" + expr(d) + ": " + expr(d) + (c_.flag() ? ", **" + expr(d) : "") + "}";
      case 6: return "{" + expr(d) + (c_.flag() ? ", *" + expr(d) : "") + "}";
      case 7: return comprehension(d);
      case 8: case 9: case 10: return "(" + expr(d) + " " + c_.pick(kBinaryOps) + " " + expr(d) + ")";
      case 11: return "(" + std::string(c_.pick(kUnaryOps)) + expr(d) + ")";
      case 12: case 13: return std::string(c_.pick(kBuiltins1)) + "(" + expr(d) + ")";
      case 14: {
        const std::string fn = c_.pick(kBuiltins2);
        if (fn == "isinstance" || fn == "issubclass") return fn + "(" + expr(d) + ", " + c_.pick(kTypes) + ")";
        return fn + "(" + expr(d) + ", " + expr(d) + ")";
      }
      case 15: return "(" + expr(d) + ")." + c_.pick(kMethods0) + "()";
      case 16: return "(" + expr(d) + ")." + c_.pick(kMethods1) + "(" + expr(d) + ")";
      case 17: return std::string(c_.pick(kModuleCalls1)) + "(" + expr(d) + ")";
      case 18: return std::string(c_.pick(kModuleCalls2)) + "(" + expr(d) + ", " + expr(d) + ")";
      case 19: return "(" + expr(d) + ")[" + expr(d) + "]";
      case 20: {
        std::string s = "(" + expr(d) + ")[";
        if (c_.flag()) s += expr(d);
        s += ":";
        if (c_.flag()) s += expr(d);
        if (c_.flag()) s += ":" + expr(d);
        return s + "]";
      }
      case 21: return "(" + expr(d) + ")." + c_.pick(kAttributes);
      case 22: return "(" + expr(d) + " if " + expr(d) + " else " + expr(d) + ")";
      case 23: return "(lambda x, y=" + expr(d) + ": " + expr(d) + ")";
      case 24: return fstring(d);
      case 25: return "(" + string_literal() + " % " + expr(d) + ")";
      case 26:
        if (in_comprehension_ || in_class_body_) return atom();
        return "(y := " + expr(d) + ")";
      case 27: {
        const std::string callee = functions_ > 0 && c_.flag() ? "f" + std::to_string(c_.below(functions_))
                                   : classes_ > 0 && c_.flag() ? "C" + std::to_string(c_.below(classes_))
                                   : generators_ > 0           ? "list(g" + std::to_string(c_.below(generators_)) + "("
                                                               : "K(";
        if (callee.back() == '(') return callee + args(d, 2) + ")" + (callee.starts_with("list") ? ")" : "");
        return callee + "(" + args(d, 3) + ")";
      }
      case 28: return "sorted(" + expr(d) + ", key=lambda x: " + expr(d) + (c_.flag() ? ", reverse=True" : "") + ")";
      default: return "(" + expr(d) + " " + c_.pick(kBinaryOps) + " " + expr(d) + " " + c_.pick(kBinaryOps) + " " +
                      expr(d) + ")";
    }
  }

  // ---- statements ----
  void block(int depth) {
    ++indent_;
    const unsigned n = 1 + c_.below(3);
    for (unsigned i = 0; i < n; ++i) statement(depth + 1);
    --indent_;
  }

  std::string target() {
    switch (c_.below(6)) {
      case 0: return "(" + expr(2) + ")[" + expr(2) + "]";
      case 1: return "(" + expr(2) + ").v";
      case 2: return "x, y";
      case 3: return "x, *y";
      default: return name();
    }
  }

  void function_def(int depth) {
    const int index = functions_;
    std::string params = "p";
    switch (c_.below(5)) {
      case 0: params += ", q=" + expr(2); break;
      case 1: params += ", *q"; break;
      case 2: params += ", **q"; break;
      case 3: params += ", /, q=" + expr(2) + ", *, r=0"; break;
      default: params += ", q=None"; break;
    }
    if (c_.chance(50)) line("@functools.lru_cache(maxsize=" + std::string(c_.flag() ? "None" : "4") + ")");
    line("def f" + std::to_string(index) + "(" + params + "):");
    const bool saved_function = in_function_, saved_loop = in_loop_;
    in_function_ = true;
    in_loop_ = false;
    ++indent_;
    if (c_.chance(60)) line("global " + std::string(c_.pick(kNames)));
    if (c_.chance(80)) {
      // A closure that rebinds its enclosing function's variable.
      line("z = " + expr(2));
      line("def inner(r):");
      line("    nonlocal z");
      line("    z = " + expr(2));
      line("    return z");
      line("p = inner(" + expr(2) + ")");
    }
    --indent_;
    block(depth);
    ++indent_;
    line("return " + expr(1));
    --indent_;
    in_function_ = saved_function;
    in_loop_ = saved_loop;
    functions_ = index + 1;  // callable from here on (recursion included, once defined)
  }

  void generator_def(int depth) {
    const int index = generators_;
    line("def g" + std::to_string(index) + "(p, q=3):");
    const bool saved_function = in_function_, saved_loop = in_loop_, saved_generator = in_generator_;
    in_function_ = in_generator_ = true;
    in_loop_ = false;
    ++indent_;
    line("yield " + expr(2));
    --indent_;
    block(depth);
    ++indent_;
    if (c_.flag()) line("yield from " + expr(2));
    --indent_;
    in_function_ = saved_function;
    in_loop_ = saved_loop;
    in_generator_ = saved_generator;
    generators_ = index + 1;
  }

  void class_def(int depth) {
    const int index = classes_;
    std::string base = c_.pick(kTypes);
    if (base.front() == '(' || base == "type" || base == "bool") base = "K";
    if (classes_ > 0 && c_.flag()) base = "C" + std::to_string(c_.below(classes_));
    line("class C" + std::to_string(index) + "(" + base + "):");
    ++indent_;
    const bool saved_class = in_class_body_;
    in_class_body_ = true;
    line("w = " + expr(2));
    in_class_body_ = saved_class;
    const unsigned methods = 1 + c_.below(3);
    for (unsigned i = 0; i < methods; ++i) {
      const std::string dunder = c_.pick(kDunders);
      if (dunder == "__init_subclass__") line("@classmethod");
      line("def " + dunder + "(self, *p, **q):");
      const bool saved_function = in_function_, saved_method = in_method_, saved_loop = in_loop_;
      in_function_ = in_method_ = true;
      in_loop_ = false;
      block(depth + 1);
      ++indent_;
      line("return " + expr(2));
      --indent_;
      in_function_ = saved_function;
      in_method_ = saved_method;
      in_loop_ = saved_loop;
    }
    --indent_;
    classes_ = index + 1;
  }

  void statement(int depth) {
    --budget_;
    if (depth >= 4 || budget_ < 0) {
      line(name() + " = " + atom());
      return;
    }
    switch (c_.below(26)) {
      case 0: case 1: line(target() + " = " + expr(0)); return;
      case 2: line(name() + " " + c_.pick(kAugOps) + " " + expr(0)); return;
      case 3: case 4: line("print(" + expr(0) + ")"); return;
      case 5:
        line("if " + expr(1) + ":");
        block(depth);
        if (c_.flag()) {
          line("elif " + expr(1) + ":");
          block(depth);
        }
        if (c_.flag()) {
          line("else:");
          block(depth);
        }
        return;
      case 6: case 7: {
        line("for " + std::string(c_.flag() ? "x" : "x, y") + " in " + expr(1) + ":");
        const bool saved = in_loop_;
        in_loop_ = true;
        block(depth);
        in_loop_ = saved;
        if (c_.flag()) {
          line("else:");
          block(depth);
        }
        return;
      }
      case 8: {
        // Mostly bounded; the step budget cuts the rest.
        const bool bounded = c_.chance(200);
        line(bounded ? "i = 0" : "pass");
        line(bounded ? "while i < " + std::to_string(c_.below(50)) + " and " + expr(1) + ":" : "while " + expr(1) + ":");
        const bool saved = in_loop_;
        in_loop_ = true;
        if (bounded) line("    i += 1");
        block(depth);
        in_loop_ = saved;
        return;
      }
      case 9: {
        line("try:");
        block(depth);
        const unsigned handlers = c_.below(3);
        for (unsigned i = 0; i < handlers; ++i) {
          switch (c_.below(3)) {
            case 0: line("except " + std::string(c_.pick(kExceptions)) + ":"); break;
            case 1: line("except (" + std::string(c_.pick(kExceptions)) + ", " + c_.pick(kExceptions) + ") as y:"); break;
            default: line("except " + std::string(c_.pick(kExceptions)) + " as y:"); break;
          }
          block(depth);
        }
        if (handlers > 0 && c_.flag()) {
          line("else:");
          block(depth);
        }
        if (handlers == 0 || c_.flag()) {
          line("finally:");
          block(depth);
        }
        return;
      }
      case 10:
        switch (c_.below(4)) {
          case 0: line("raise " + std::string(c_.pick(kExceptions)) + "(" + expr(1) + ")"); return;
          case 1: line("raise " + std::string(c_.pick(kExceptions)) + " from " + expr(1)); return;
          case 2: line("raise " + expr(1)); return;
          default: line("raise"); return;
        }
      case 11: function_def(depth); return;
      case 12: class_def(depth); return;
      case 13: generator_def(depth); return;
      case 14:
        line("with " + expr(1) + " as y:");
        block(depth);
        return;
      case 15: line("del " + (c_.flag() ? name() : "(" + expr(1) + ")[" + expr(1) + "]")); return;
      case 16: line("assert " + expr(1) + ", " + expr(1)); return;
      case 17: case 18: line(expr(0)); return;
      case 19:
        line(c_.flag() ? "import " + std::string(c_.flag() ? "math" : "collections")
                       : "from itertools import " + std::string(c_.flag() ? "count" : "chain"));
        return;
      case 20:
        if (in_generator_) {
          line(c_.flag() ? "yield " + expr(1) : "x = yield " + expr(1));
          return;
        }
        if (in_function_) {
          line("return " + expr(1));
          return;
        }
        line("y = " + expr(1));
        return;
      case 21:
        if (in_loop_) {
          line(c_.flag() ? "break" : "continue");
          return;
        }
        line("pass");
        return;
      case 22: line("print(" + expr(1) + ", " + expr(1) + ", sep=" + c_.pick(kStrings) + ")"); return;
      case 23: line("x = " + comprehension(1)); return;
      case 24: line("print(str(" + expr(1) + "), repr(" + expr(1) + "))"); return;
      default: {
        const bool saved = in_comprehension_;
        in_comprehension_ = true;
        line("y = [x for x in " + expr(1) + "]");
        in_comprehension_ = saved;
        return;
      }
    }
  }

  fuzz::Choices& c_;
  std::string out_;
  int indent_ = 0;
  int budget_ = 600;  // expressions and statements, so the program stays small
  int functions_ = 0, classes_ = 0, generators_ = 0;
  bool in_function_ = false, in_method_ = false, in_generator_ = false, in_loop_ = false;
  bool in_comprehension_ = false, in_class_body_ = false, in_fstring_ = false;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Choices choices(data, size);
  bool raises_on_purpose = false;
  const std::string source = ProgramWriter(choices).write(raises_on_purpose);
  fuzz::RunLimits limits;
  limits.max_steps = 5000;
  limits.steps_after_interrupt = 1000;
  const fuzz::RunOutcome outcome = fuzz::run_program(source, limits);
  if (!outcome.finished) return 0;
  const std::string& type = outcome.failure_type;
  if (type == "SyntaxError" || type == "IndentationError" || type == "TabError") {
    fuzz::trap("the program writer wrote a SyntaxError", source, outcome);
  }
  if (raises_on_purpose || type == "MemoryError" || (outcome.interrupted && type == "KeyboardInterrupt")) return 0;
  if (!type.empty()) fuzz::trap("an exception escaped `except Exception`", source, outcome);
  const bool output_cut = outcome.out.size() >= limits.max_output_bytes;
  if (outcome.status != 0) fuzz::trap("a run without an uncaught exception ended with a status other than 0", source, outcome);
  if (!output_cut && !outcome.out.ends_with("--end--\n")) fuzz::trap("the run ended without reaching its end", source, outcome);
  return 0;
}
