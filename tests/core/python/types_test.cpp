// The built-in data types through the C++ API (runtime.hpp). Expected values come from
// CPython 3.11 (noted next to each case where not obvious).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/exception_object.hpp"
#include "python/float_object.hpp"
#include "python/function_object.hpp"
#include "python/int_object.hpp"
#include "python/list_object.hpp"
#include "python/range_object.hpp"
#include "python/runtime.hpp"
#include "python/set_object.hpp"
#include "python/slice_object.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"

namespace py {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_runtime(); }
  void TearDown() override { clear_error(); }

  Heap heap_;
  Heap::Scope scope_{heap_};
};

Value S(const char* text) { return make_str(text); }
Value I(std::int64_t v) { return int_from_int64(v); }
Value F(double v) { return make_float(v); }
Value L(std::vector<Value> items) { return make_list(std::move(items)); }
Value T(std::vector<Value> items) { return make_tuple(std::move(items)); }

Value set_of(std::vector<Value> items) {
  Ref<SetObject> s = make_set();
  for (const Value& v : items) EXPECT_TRUE(set_add(s.get(), v));
  return s;
}

Value dict_of(std::vector<std::pair<Value, Value>> items) {
  Ref<DictObject> d = make_dict();
  for (auto& [k, v] : items) EXPECT_TRUE(d->set(k, v));
  return d;
}

// "TypeError: message" for the current exception (and clears it).
std::string error_text() {
  Ref<BaseExceptionObject> exc = fetch_error();
  if (!exc) return "<no error>";
  Value e = exc;
  std::string message;
  if (!str_string(e, message)) message = "?";
  return std::string(type_name(e)) + ": " + message;
}

std::string R(const Value& v) {
  std::string out;
  if (!v) return "<error: " + error_text() + ">";
  if (!repr_string(v, out)) return "<repr failed>";
  return out;
}

std::string E(const Value& v) {
  if (v) return "<no error, got " + R(v) + ">";
  return error_text();
}

Value M(const Value& obj, const char* name, std::initializer_list<Value> args = {}) { return call_method(obj, name, args); }

Value B(const Value& a, BinaryOp op, const Value& b) { return binary_op(a, b, op); }

TEST_F(TypesTest, IntReprAndArithmetic) {
  EXPECT_EQ(R(I(-42)), "-42");
  EXPECT_EQ(R(B(I(Value::kMaxSmall), BinaryOp::Add, I(1))), "2305843009213693952");
  EXPECT_EQ(R(B(I(INT64_MAX), BinaryOp::Mul, I(INT64_MAX))), "85070591730234615847396907784232501249");
  EXPECT_EQ(R(B(I(-7), BinaryOp::FloorDiv, I(2))), "-4");
  EXPECT_EQ(R(B(I(-7), BinaryOp::Mod, I(2))), "1");
  EXPECT_EQ(R(B(I(7), BinaryOp::Mod, I(-2))), "-1");
  EXPECT_EQ(R(B(I(1), BinaryOp::TrueDiv, I(3))), "0.3333333333333333");
  EXPECT_EQ(R(B(I(2), BinaryOp::Pow, I(-1))), "0.5");
  EXPECT_EQ(R(B(I(2), BinaryOp::Pow, I(100))), "1267650600228229401496703205376");
  EXPECT_EQ(R(B(I(1), BinaryOp::LShift, I(70))), "1180591620717411303424");
  EXPECT_EQ(R(B(I(-1), BinaryOp::RShift, I(100))), "-1");
  EXPECT_EQ(R(B(I(INT64_MIN), BinaryOp::LShift, I(5))), "-295147905179352825856");
  EXPECT_EQ(R(B(I(6), BinaryOp::Xor, I(3))), "5");
  EXPECT_EQ(R(unary_op(I(5), UnaryOp::Invert)), "-6");
  EXPECT_EQ(E(B(I(1), BinaryOp::FloorDiv, I(0))), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(E(B(I(1), BinaryOp::Mod, I(0))), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(E(B(I(1), BinaryOp::TrueDiv, I(0))), "ZeroDivisionError: division by zero");
  EXPECT_EQ(E(B(I(0), BinaryOp::Pow, I(-1))), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(E(B(I(1), BinaryOp::LShift, I(-1))), "ValueError: negative shift count");
  EXPECT_EQ(E(B(I(1), BinaryOp::Add, S("a"))), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}

TEST_F(TypesTest, IntConstructorAndMethods) {
  Value int_cls = Value::borrow(int_type);
  EXPECT_EQ(R(call(int_cls, {S(" 12_3 ")})), "123");
  EXPECT_EQ(R(call(int_cls, {S("ff"), I(16)})), "255");
  EXPECT_EQ(R(call(int_cls, {F(-3.9)})), "-3");
  EXPECT_EQ(E(call(int_cls, {S("x")})), "ValueError: invalid literal for int() with base 10: 'x'");
  EXPECT_EQ(E(call(int_cls, {L({})})),
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'");
  EXPECT_EQ(R(M(I(255), "bit_length")), "8");
  EXPECT_EQ(R(M(I(1234), "__round__", {I(-2)})), "1200");
  EXPECT_EQ(R(M(I(1250), "__round__", {I(-2)})), "1200");
  EXPECT_EQ(R(M(I(1350), "__round__", {I(-2)})), "1400");
  EXPECT_EQ(R(format(I(1234567), S(",d"))), "'1,234,567'");
  EXPECT_EQ(R(getattr(I(5), "denominator")), "1");
}

TEST_F(TypesTest, BoolAndSingletons) {
  EXPECT_EQ(R(py_bool(true)), "True");
  EXPECT_EQ(R(B(py_bool(true), BinaryOp::And, py_bool(false))), "False");
  EXPECT_EQ(R(B(py_bool(true), BinaryOp::Add, py_bool(true))), "2");
  EXPECT_EQ(R(B(py_bool(true), BinaryOp::Or, I(2))), "3");
  EXPECT_EQ(R(none()), "None");
  EXPECT_EQ(R(not_implemented()), "NotImplemented");
  EXPECT_EQ(R(Value::borrow(ellipsis_object)), "Ellipsis");
}

TEST_F(TypesTest, Floats) {
  EXPECT_EQ(R(B(F(0.1), BinaryOp::Add, F(0.2))), "0.30000000000000004");
  EXPECT_EQ(R(F(1e22)), "1e+22");
  EXPECT_EQ(R(B(F(-7.5), BinaryOp::Mod, I(2))), "0.5");
  EXPECT_EQ(R(B(I(1), BinaryOp::Add, F(0.5))), "1.5");
  EXPECT_EQ(compare_bool(F(1.0), B(I(1), BinaryOp::LShift, I(70)), CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(I(9007199254740993), F(9007199254740992.0), CompareOp::Gt), 1);
  EXPECT_EQ(R(M(F(2.675), "__round__", {I(2)})), "2.67");
  EXPECT_EQ(R(M(F(2.5), "__round__")), "2");
  EXPECT_EQ(R(M(F(0.75), "as_integer_ratio")), "(3, 4)");
  EXPECT_EQ(R(call(Value::borrow(float_type), {S(" 1e3 ")})), "1000.0");
  EXPECT_EQ(E(B(F(1.0), BinaryOp::TrueDiv, I(0))), "ZeroDivisionError: float division by zero");
  std::int64_t h = 0;
  ASSERT_TRUE(hash(F(1.5), h));
  EXPECT_EQ(h, 1152921504606846977);
}

TEST_F(TypesTest, FloatHexRoundTrips) {
  Value float_class = Value::borrow(float_type);
  EXPECT_EQ(R(M(F(0.1), "hex")), "'0x1.999999999999ap-4'");
  EXPECT_EQ(R(M(F(5e-324), "hex")), "'0x0.0000000000001p-1022'");
  EXPECT_EQ(R(M(F(-0.0), "hex")), "'-0x0.0p+0'");
  EXPECT_EQ(R(M(float_class, "fromhex", {S(" -0X1.8P1 ")})), "-3.0");
  // Rounding is half to even, below the normal range too (CPython 3.11).
  EXPECT_EQ(R(M(float_class, "fromhex", {S("0x1.00000000000018p0")})), "1.0000000000000004");
  EXPECT_EQ(R(M(float_class, "fromhex", {S("0x1p-1075")})), "0.0");
  EXPECT_EQ(R(M(float_class, "fromhex", {S("0x3p-1076")})), "5e-324");
  EXPECT_EQ(E(M(float_class, "fromhex", {S("0x1p1024")})),
            "OverflowError: hexadecimal value too large to represent as a float");
  EXPECT_EQ(E(M(float_class, "fromhex", {S("0x1.2.3")})), "ValueError: invalid hexadecimal floating-point string");
}

TEST_F(TypesTest, StrReprAndSlots) {
  EXPECT_EQ(R(S("it's \"x\"\n\t\x01\x7f \xc3\xa9 \xe2\x80\x8b \xf0\x9f\x98\x80")),
            "'it\\'s \"x\"\\n\\t\\x01\\x7f \xc3\xa9 \\u200b \xf0\x9f\x98\x80'");
  EXPECT_EQ(R(S("it's")), "\"it's\"");
  EXPECT_EQ(R(B(S("ab"), BinaryOp::Mul, I(3))), "'ababab'");
  EXPECT_EQ(R(B(I(2), BinaryOp::Mul, S("ab"))), "'abab'");
  EXPECT_EQ(E(B(S("a"), BinaryOp::Add, I(1))), "TypeError: can only concatenate str (not \"int\") to str");
  Value s = S("h\xc3\xa9llo w\xc3\xb6rld");
  std::int64_t n = 0;
  ASSERT_TRUE(length(s, n));
  EXPECT_EQ(n, 11);
  EXPECT_EQ(R(get_item(s, I(1))), "'\xc3\xa9'");
  EXPECT_EQ(R(get_item(s, I(-3))), "'r'");
  EXPECT_EQ(R(get_item(s, make_slice(I(1), I(8), none()))), "'\xc3\xa9llo w\xc3\xb6'");
  EXPECT_EQ(R(get_item(s, make_slice(none(), none(), I(-2)))), "'drwolh'");
  EXPECT_EQ(E(get_item(s, I(11))), "IndexError: string index out of range");
  EXPECT_EQ(contains(s, S("w\xc3\xb6")), 1);
  EXPECT_EQ(compare_bool(S("abc"), S("abd"), CompareOp::Lt), 1);
}

TEST_F(TypesTest, StrMethods) {
  EXPECT_EQ(R(M(S("Hello World"), "upper")), "'HELLO WORLD'");
  EXPECT_EQ(R(M(S("hello world"), "title")), "'Hello World'");
  EXPECT_EQ(R(M(S("hELLO"), "capitalize")), "'Hello'");
  EXPECT_EQ(R(M(S("  a b  "), "strip")), "'a b'");
  EXPECT_EQ(R(M(S("xxaxx"), "lstrip", {S("x")})), "'axx'");
  EXPECT_EQ(R(M(S(" a  b "), "split")), "['a', 'b']");
  EXPECT_EQ(R(M(S("a,b,,c"), "split", {S(",")})), "['a', 'b', '', 'c']");
  EXPECT_EQ(R(M(S("a,b,c"), "rsplit", {S(","), I(1)})), "['a,b', 'c']");
  EXPECT_EQ(R(M(S("a\nb\r\nc"), "splitlines")), "['a', 'b', 'c']");
  EXPECT_EQ(R(M(S("-"), "join", {L({S("a"), S("b")})})), "'a-b'");
  EXPECT_EQ(E(M(S("-"), "join", {L({I(1)})})), "TypeError: sequence item 0: expected str instance, int found");
  EXPECT_EQ(R(M(S("aaa"), "replace", {S("a"), S("b"), I(2)})), "'bba'");
  EXPECT_EQ(R(M(S("aaa"), "replace", {S(""), S("-")})), "'-a-a-a-'");
  EXPECT_EQ(R(M(S("h\xc3\xa9llo"), "find", {S("l")})), "2");
  EXPECT_EQ(R(M(S("hello"), "rfind", {S("l")})), "3");
  EXPECT_EQ(E(M(S("a"), "index", {S("b")})), "ValueError: substring not found");
  EXPECT_EQ(R(M(S("ab"), "count", {S("")})), "3");
  EXPECT_EQ(R(M(S("hello"), "startswith", {T({S("x"), S("he")})})), "True");
  EXPECT_EQ(R(M(S("ab"), "center", {I(5), S("*")})), "'**ab*'");
  EXPECT_EQ(R(M(S("-42"), "zfill", {I(6)})), "'-00042'");
  EXPECT_EQ(R(M(S("a=b=c"), "partition", {S("=")})), "('a', '=', 'b=c')");
  EXPECT_EQ(R(M(S("a=b=c"), "rpartition", {S("=")})), "('a=b', '=', 'c')");
  EXPECT_EQ(R(M(S("123"), "isdigit")), "True");
  EXPECT_EQ(R(M(S("a\tb"), "expandtabs", {I(4)})), "'a   b'");
  // Unicode case mappings, full ones included, and lower()'s final sigma.
  EXPECT_EQ(R(M(S("stra\xc3\x9f" "e \xc3\xa4"), "upper")), "'STRASSE \xc3\x84'");
  EXPECT_EQ(R(M(S("\xce\x9f\xce\x94\xce\x9f\xce\xa3"), "lower")), "'\xce\xbf\xce\xb4\xce\xbf\xcf\x82'");
  EXPECT_EQ(E(M(S("a"), "upper", {I(1)})), "TypeError: str.upper() takes no arguments (1 given)");
  EXPECT_EQ(E(M(S("a"), "isupper", {I(1)})), "TypeError: str.isupper() takes no arguments (1 given)");
}

TEST_F(TypesTest, PercentFormatting) {
  Value args = T({F(3.14159), I(42), I(-42), I(5), I(5), I(255), I(8), F(12345.678), F(0.00001), none(), S("x"), S("abc")});
  EXPECT_EQ(R(B(S("%5.2f|%-5d|%05d|%+d|% d|%#x|%#o|%e|%g|%s|%r|%.1s"), BinaryOp::Mod, args)),
            "\" 3.14|42   |-0042|+5| 5|0xff|0o10|1.234568e+04|1e-05|None|'x'|a\"");
  EXPECT_EQ(R(B(S("%(a)s %(b)d"), BinaryOp::Mod, dict_of({{S("a"), I(1)}, {S("b"), I(2)}}))), "'1 2'");
  EXPECT_EQ(R(B(S("%s"), BinaryOp::Mod, L({I(1), I(2)}))), "'[1, 2]'");
  EXPECT_EQ(E(B(S("%d %d"), BinaryOp::Mod, I(1))), "TypeError: not enough arguments for format string");
  EXPECT_EQ(E(B(S("%d"), BinaryOp::Mod, T({I(1), I(2)}))),
            "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(E(B(S("%q"), BinaryOp::Mod, I(1))), "ValueError: unsupported format character 'q' (0x71) at index 1");
  EXPECT_EQ(E(B(S("%d"), BinaryOp::Mod, S("a"))), "TypeError: %d format: a real number is required, not str");
}

TEST_F(TypesTest, StrFormat) {
  EXPECT_EQ(R(M(S("{} {}!"), "format", {S("a"), I(1)})), "'a 1!'");
  EXPECT_EQ(R(M(S("{0[1]}{{}}"), "format", {L({I(1), I(2)})})), "'2{}'");
  EXPECT_EQ(R(M(S("{!r:>5}"), "format", {S("a")})), "\"  'a'\"");
  EXPECT_EQ(R(M(S("{:{}}"), "format", {I(1), I(3)})), "'  1'");
  EXPECT_EQ(E(M(S("{} {}"), "format", {I(1)})),
            "IndexError: Replacement index 1 out of range for positional args tuple");
  EXPECT_EQ(E(M(S("{0} {}"), "format", {I(1), I(2)})),
            "ValueError: cannot switch from manual field specification to automatic field numbering");
  EXPECT_EQ(R(format(S("a"), S("05"))), "'a0000'");
  EXPECT_EQ(R(format(S("abc"), S("^7.2"))), "'  ab   '");
  EXPECT_EQ(E(format(S("a"), S("+"))), "ValueError: Sign not allowed in string format specifier");
}

TEST_F(TypesTest, Lists) {
  Value l = L({I(3), I(1), I(2)});
  EXPECT_EQ(R(M(l, "sort")), "None");
  EXPECT_EQ(R(l), "[1, 2, 3]");
  ASSERT_TRUE(set_item(l, make_slice(I(0), I(1), none()), L({S("a"), S("b")})));
  EXPECT_EQ(R(l), "['a', 'b', 2, 3]");
  ASSERT_TRUE(del_item(l, make_slice(none(), none(), I(2))));
  EXPECT_EQ(R(l), "['b', 3]");
  EXPECT_FALSE(set_item(l, make_slice(none(), none(), I(2)), L({})));
  EXPECT_EQ(error_text(), "ValueError: attempt to assign sequence of size 0 to extended slice of size 1");
  EXPECT_EQ(E(M(L({}), "pop")), "IndexError: pop from empty list");
  EXPECT_EQ(E(M(L({I(1)}), "remove", {I(2)})), "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(E(M(L({I(1)}), "index", {I(2)})), "ValueError: 2 is not in list");
  EXPECT_EQ(E(get_item(L({}), I(0))), "IndexError: list index out of range");
  Value self_ref = L({I(1)});
  M(self_ref, "append", {self_ref});
  EXPECT_EQ(R(self_ref), "[1, [...]]");
  EXPECT_EQ(R(B(L({I(1)}), BinaryOp::Mul, I(3))), "[1, 1, 1]");
  EXPECT_EQ(compare_bool(L({I(1), I(2)}), L({I(1), I(3)}), CompareOp::Lt), 1);
}

TEST_F(TypesTest, SortIsStableWithKeyAndReverse) {
  Value words = L({S("bb"), S("a"), S("cc"), S("d"), S("ee")});
  Value len_fn = make_builtin("len", [](const Value&, const Args& args) -> Value {
    std::int64_t n = 0;
    if (!length(args[0], n)) return nullptr;
    return int_from_int64(n);
  });
  Value sort = getattr(words, "sort");
  StrObject* names[] = {intern("key"), intern("reverse")};
  Value kw[] = {len_fn, py_bool(true)};
  ASSERT_TRUE(call(sort, Args{{}, kw, names}));
  EXPECT_EQ(R(words), "['bb', 'cc', 'ee', 'a', 'd']");
}

TEST_F(TypesTest, SortComparesInCPythonsOrder) {
  // Timsort's count_run compares 1 < 2 (a descending run), then 'x' < 1, which fails; a plain
  // merge sort would compare 0 < 'x' instead.
  EXPECT_EQ(E(M(L({I(2), I(1), S("x"), I(0)}), "sort")),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST_F(TypesTest, Tuples) {
  EXPECT_EQ(R(T({I(1)})), "(1,)");
  EXPECT_EQ(R(T({})), "()");
  std::int64_t h = 0;
  ASSERT_TRUE(hash(T({I(1), I(2)}), h));
  EXPECT_EQ(h, -3550055125485641917);
  ASSERT_TRUE(hash(T({I(1), T({I(2), I(3)}), I(-1)}), h));
  EXPECT_EQ(h, -4691468712706788113);
  EXPECT_EQ(E(set_item(T({I(1)}), I(0), I(2)) ? Value(none()) : Value()),
            "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(E(M(T({I(1)}), "index", {I(3)})), "ValueError: tuple.index(x): x not in tuple");
}

TEST_F(TypesTest, DictsKeepInsertionOrder) {
  Value d = dict_of({{S("b"), I(1)}, {S("a"), I(2)}, {I(3), L({})}});
  EXPECT_EQ(R(d), "{'b': 1, 'a': 2, 3: []}");
  ASSERT_TRUE(del_item(d, S("b")));
  ASSERT_TRUE(set_item(d, S("b"), I(9)));
  EXPECT_EQ(R(d), "{'a': 2, 3: [], 'b': 9}");
  EXPECT_EQ(R(M(d, "keys")), "dict_keys(['a', 3, 'b'])");
  EXPECT_EQ(R(M(d, "items")), "dict_items([('a', 2), (3, []), ('b', 9)])");
  EXPECT_EQ(R(M(d, "popitem")), "('b', 9)");
  EXPECT_EQ(E(get_item(d, S("zz"))), "KeyError: 'zz'");
  EXPECT_EQ(E(set_item(d, L({}), I(1)) ? Value(none()) : Value()), "TypeError: unhashable type: 'list'");
  Value many = make_dict();
  for (int i = 0; i < 1000; i++) ASSERT_TRUE(set_item(many, I(i * 7), I(i)));
  for (int i = 0; i < 1000; i += 2) ASSERT_TRUE(del_item(many, I(i * 7)));
  std::int64_t n = 0;
  ASSERT_TRUE(length(many, n));
  EXPECT_EQ(n, 500);
  EXPECT_EQ(R(get_item(many, I(7 * 999))), "999");
  Value it = get_iter(d);
  ASSERT_TRUE(iter_next(it));
  ASSERT_TRUE(set_item(d, S("new"), I(0)));
  EXPECT_EQ(E(iter_next(it)), "RuntimeError: dictionary changed size during iteration");
}

TEST_F(TypesTest, SetIterationOrderMatchesCPython) {
  EXPECT_EQ(R(set_of({I(3), I(1), I(2)})), "{1, 2, 3}");
  EXPECT_EQ(R(set_of({I(10), I(5), I(100)})), "{10, 100, 5}");
  // Added one at a time, as set.add() does...
  EXPECT_EQ(R(set_of({I(-1), I(-2), I(7), I(1000), I(33), I(8), I(16)})), "{33, 7, 1000, 8, 16, -2, -1}");
  EXPECT_EQ(R(set_of({I(100), I(200), I(300), I(400), I(500), I(600), I(700), I(800), I(900)})),
            "{800, 100, 900, 200, 300, 400, 500, 600, 700}");
  // ...and as CPython builds a display of constants: the compiler makes a frozenset of them, its
  // constant merging rebuilds that frozenset from its own iteration order, and SET_UPDATE merges
  // it into a new set.
  Value folded = make_frozenset_from(L({I(-1), I(-2), I(7), I(1000), I(33), I(8), I(16)}));
  std::vector<Value> folded_order;
  ASSERT_TRUE(collect(folded, folded_order));
  Value display = make_set();
  ASSERT_TRUE(M(display, "update", {make_frozenset_from(L(folded_order))}));
  EXPECT_EQ(R(display), "{16, 33, -2, 7, 1000, 8, -1}");
  Value s = set_of({I(0), I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9)});
  M(s, "discard", {I(3)});
  M(s, "discard", {I(5)});
  M(s, "add", {I(21)});
  M(s, "add", {I(13)});
  EXPECT_EQ(R(s), "{0, 1, 2, 4, 6, 7, 8, 9, 13, 21}");
  EXPECT_EQ(R(B(set_of({I(1), I(2), I(3)}), BinaryOp::And, set_of({I(2), I(3), I(4), I(9), I(17)}))), "{2, 3}");
  EXPECT_EQ(R(B(set_of({I(1), I(2), I(3)}), BinaryOp::Xor, set_of({I(3), I(4), I(33)}))), "{33, 2, 4, 1}");
  EXPECT_EQ(R(B(set_of({I(1), I(2), I(3)}), BinaryOp::Or, set_of({I(40), I(8)}))), "{1, 2, 3, 40, 8}");
  Value p = set_of({I(1), I(2), I(3), I(4)});
  EXPECT_EQ(R(M(p, "pop")), "1");
  EXPECT_EQ(R(M(p, "pop")), "2");
  EXPECT_EQ(R(p), "{3, 4}");
  EXPECT_EQ(R(make_set()), "set()");
  EXPECT_EQ(E(M(make_set(), "pop")), "KeyError: 'pop from an empty set'");
  Value frozen = make_frozenset_from(L({I(1), I(2), I(3)}));
  EXPECT_EQ(R(frozen), "frozenset({1, 2, 3})");
  std::int64_t h = 0;
  ASSERT_TRUE(hash(frozen, h));
  EXPECT_EQ(h, -272375401224217160);
}

TEST_F(TypesTest, RangesAndSlices) {
  Value r = call(Value::borrow(range_type), {I(0), I(10), I(3)});
  EXPECT_EQ(R(r), "range(0, 10, 3)");
  EXPECT_EQ(R(get_item(r, make_slice(none(), none(), I(-1)))), "range(9, -3, -3)");
  EXPECT_EQ(R(get_item(r, I(-1))), "9");
  EXPECT_EQ(contains(r, I(6)), 1);
  EXPECT_EQ(contains(r, I(7)), 0);
  EXPECT_EQ(R(make_slice(I(1), I(2), none())), "slice(1, 2, None)");
  EXPECT_EQ(R(M(make_slice(none(), none(), I(-1)), "indices", {I(5)})), "(4, -1, -1)");
  EXPECT_EQ(E(get_item(L({}), make_slice(none(), none(), I(0)))), "ValueError: slice step cannot be zero");
}

}  // namespace
}  // namespace py
