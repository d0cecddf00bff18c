// The object model through its C++ API: argument-checking messages, C3 MRO, attribute lookup
// through descriptors, exception str/repr. Expected texts are CPython 3.11's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "python/args.hpp"
#include "python/descriptors.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/exception_object.hpp"
#include "python/heap.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/tuple_object.hpp"
#include "python/type_object.hpp"

namespace py {
namespace {

class ObjectsTest : public ::testing::Test {
 protected:
  // Before any heap is current: the built-in types are immortal only when made outside a run.
  static void SetUpTestSuite() { init_runtime(); }
  // The current exception's message; clears it.
  static std::string error_text() {
    Ref<BaseExceptionObject> exc = fetch_error();
    if (!exc) return "<no exception>";
    std::string text;
    if (!str_string(Value(exc), text)) return "<str failed>";
    return std::string(exc->type()->name) + ": " + text;
  }
  Heap heap_;
  Heap::Scope scope_{heap_};
};

Args positional(const std::vector<Value>& v) { return Args{v, {}, {}}; }

TEST_F(ObjectsTest, ArgumentCountMessages) {
  std::vector<Value> two{Value::small_int(1), Value::small_int(2)};
  EXPECT_FALSE(check_one_arg(positional(two), "len"));
  EXPECT_EQ(error_text(), "TypeError: len() takes exactly one argument (2 given)");
  EXPECT_FALSE(check_no_args(positional(two), "str.upper"));
  EXPECT_EQ(error_text(), "TypeError: str.upper() takes no arguments (2 given)");
  EXPECT_FALSE(check_positional(positional({}), "getattr", 2, 3));
  EXPECT_EQ(error_text(), "TypeError: getattr expected at least 2 arguments, got 0");
  EXPECT_FALSE(check_positional(positional(two), "sorted", 1, 1));
  EXPECT_EQ(error_text(), "TypeError: sorted expected 1 argument, got 2");
  EXPECT_FALSE(check_arg_range(positional({}), "count", 1, 3));
  EXPECT_EQ(error_text(), "TypeError: count() takes at least 1 argument (0 given)");
}

TEST_F(ObjectsTest, KeywordParser) {
  static const ArgSpec round_spec{.fname = "round", .names = {"number", "ndigits"}, .minpos = 1};
  Value out[2];
  EXPECT_FALSE(parse_args(positional({}), round_spec, out));
  EXPECT_EQ(error_text(), "TypeError: round() missing required argument 'number' (pos 1)");
  std::vector<Value> three{Value::small_int(1), Value::small_int(2), Value::small_int(3)};
  EXPECT_FALSE(parse_args(positional(three), round_spec, out));
  EXPECT_EQ(error_text(), "TypeError: round() takes at most 2 arguments (3 given)");
  std::vector<Value> one{Value::small_int(1)};
  std::vector<Value> kw_values{Value::small_int(2)};
  std::vector<StrObject*> kw_names{intern("foo")};
  EXPECT_FALSE(parse_args(Args{one, kw_values, kw_names}, round_spec, out));
  EXPECT_EQ(error_text(), "TypeError: 'foo' is an invalid keyword argument for round()");
  kw_names = {intern("number")};
  EXPECT_FALSE(parse_args(Args{one, kw_values, kw_names}, round_spec, out));
  EXPECT_EQ(error_text(), "TypeError: argument for round() given by name ('number') and position (1)");
  kw_names = {intern("ndigits")};
  ASSERT_TRUE(parse_args(Args{one, kw_values, kw_names}, round_spec, out));
  EXPECT_TRUE(out[1].is(kw_values[0]));
}

Type* make_test_class(const char* name, std::vector<Value> bases) {
  Value cls = make_class(type_type, make_str(name), make_tuple(std::move(bases)), make_dict(), Args{});
  EXPECT_TRUE(cls) << "making " << name;
  return static_cast<Type*>(cls.release_object());
}

std::string mro_names(const Type* t) {
  std::string out;
  for (const Type* m : t->mro) out += (out.empty() ? "" : " ") + m->name;
  return out;
}

TEST_F(ObjectsTest, C3Linearization) {
  Type* o = make_test_class("O", {});
  Type* a = make_test_class("A", {Value::borrow(o)});
  Type* b = make_test_class("B", {Value::borrow(o)});
  Type* c = make_test_class("C", {Value::borrow(a), Value::borrow(b)});
  EXPECT_EQ(mro_names(c), "C A B O object");
  EXPECT_FALSE(make_class(type_type, make_str("D"), make_tuple({Value::borrow(o), Value::borrow(a)}), make_dict(),
                          Args{}));
  EXPECT_EQ(error_text(), "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases O, A");
}

TEST_F(ObjectsTest, ExceptionTextAndRepr) {
  Value e = make_exception(value_error_type, {make_str("x")});
  std::string text;
  ASSERT_TRUE(repr_string(e, text));
  EXPECT_EQ(text, "ValueError('x')");
  Value k = make_exception(key_error_type, {make_str("k")});
  ASSERT_TRUE(str_string(k, text));
  EXPECT_EQ(text, "'k'");
  Value two = make_exception(type_error_type, {Value::small_int(1), Value::small_int(2)});
  ASSERT_TRUE(str_string(two, text));
  EXPECT_EQ(text, "(1, 2)");
}

TEST_F(ObjectsTest, PropertyThroughGenericGetattr) {
  Type* c = make_test_class("C", {});
  Value prop = call(Value::borrow(property_type), {});
  ASSERT_TRUE(prop);
  c->dict->set_str(intern("x"), prop);
  c->dict->set_str(intern("y"), Value::small_int(7));
  Value instance = call(Value::borrow(c), {});
  ASSERT_TRUE(instance);
  Value y = getattr(instance, "y");
  ASSERT_TRUE(y);
  EXPECT_EQ(y.small_int_value(), 7);
  EXPECT_FALSE(getattr(instance, "x"));
  EXPECT_EQ(error_text(), "AttributeError: property of 'C' object has no getter");
}

}  // namespace
}  // namespace py
