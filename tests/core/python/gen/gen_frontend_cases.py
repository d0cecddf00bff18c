#!/usr/bin/env python3
"""Records CPython 3.11's answers for the front end tests.

    python3 tests/core/python/gen/gen_frontend_cases.py

writes tests/core/python/frontend_error_cases.inc (SyntaxError fields and the text `python3 main.py`
prints) and tests/core/python/frontend_ast_cases.inc (ast.dump output). Every source is run as a
real main.py, with a sitecustomize hook that records the exception's fields and stops before the
program would execute, so the expectations are exactly what a learner sees.
"""
import ast
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)

HOOK = r'''
import sys, json, os
def _hook(t, e, tb):
    info = dict(kind=t.__name__, msg=str(e))
    if isinstance(e, SyntaxError):
        info = dict(kind=t.__name__, msg=e.msg, line=e.lineno, off=e.offset, eline=e.end_lineno,
                    eoff=e.end_offset, text=e.text)
    sys.stderr.write("@@JSON@@" + json.dumps(info) + "\n")
    sys.__excepthook__(t, e, tb)
sys.excepthook = _hook
def _stop(frame, event, arg):
    if frame.f_code.co_filename.endswith('main.py'):
        sys.stderr.flush()
        os._exit(0)
sys.settrace(_stop)
'''

# ---------------------------------------------------------------------------------------------
# Error cases: (name, source). Sources are str (encoded as UTF-8) or bytes.

ERRORS = [
    # Tokenizer: brackets, strings, numbers, characters, indentation.
    ("never_closed_paren", "x = (1,\n"),
    ("never_closed_paren_eof", "x = (1,"),
    ("never_closed_across_lines", "x = (1,\ny = 2\n"),
    ("never_closed_list", "x = [1, 2\n"),
    ("never_closed_brace", "x = {1: 2\n"),
    ("never_closed_call", "print(\"hi\"\n"),
    ("never_closed_nested", "x = ((\n1,\n"),
    ("never_closed_before_error", "x = (1,\n\ny = = 2\n"),
    ("never_closed_call_missing_comma", "foo(a b\n"),
    ("never_closed_genexp", "f(x for x in y\n"),
    ("unmatched_paren", "x = 1)\n"),
    ("unmatched_paren_second_line", "x = 1\ny = 2)\n"),
    ("unmatched_bracket", "]\n"),
    ("mismatched_bracket", "x = (1]\n"),
    ("mismatched_bracket_other_line", "x = (1,\n2]\n"),
    ("tokenizer_error_wins", "x = = 1\ny = )\n"),
    ("unterminated_string", "x = \"abc\n"),
    ("unterminated_string_single", "x = 'abc\n"),
    ("unterminated_fstring", "s = f\"abc\n"),
    ("unterminated_string_backslash", "x = \"abc\\\n"),
    ("unterminated_triple", "s = \"\"\"abc\ndef"),
    ("unterminated_triple_newline", "s = \"\"\"abc\ndef\n"),
    ("unterminated_triple_blank", "s = '''abc\ndef\n\n"),
    ("unterminated_string_second_line", "x = 1\nprint('hello)\n"),
    ("invalid_decimal", "1abc\n"),
    ("invalid_decimal_in_expr", "x = 3rd\n"),
    ("invalid_hex", "x = 0x\n"),
    ("invalid_hex_digit", "x = 0xg\n"),
    ("invalid_binary_digit", "x = 0b2\n"),
    ("invalid_octal_digit", "x = 0o8\n"),
    ("leading_zeros", "x = 012\n"),
    ("leading_zeros_underscore", "x = 0_7\n"),
    ("trailing_underscore", "x = 1_\n"),
    ("double_underscore", "x = 1__0\n"),
    ("bad_exponent", "x = 1e\n"),
    ("bad_exponent_sign", "x = 1e+\n"),
    ("invalid_binary_literal", "x = 0b1_\n"),
    ("invalid_imaginary", "x = 1jk\n"),
    ("class_name_digit", "class 1A: pass\n"),
    ("dollar", "x = $\n"),
    ("question_mark", "a ? b\n"),
    ("bang", "x = 1 ! 2\n"),
    ("backtick", "x = `a`\n"),
    ("control_char", "x = \x01\n"),
    ("euro_sign", "print(\u20ac)\n"),
    ("curly_quotes", "print(\u201chello\u201d)\n"),
    ("invalid_char_in_name", "ab\u20acc = 1\n"),
    ("non_printable_nbsp", "x =\u00a01\n"),
    ("arrow_char", "x = 1 \u2192 2\n"),
    ("continuation_garbage", "x = 1 \\ 2\n"),
    ("continuation_garbage_in_parens", "x = (1 + \\ 2)\n"),
    ("continuation_eof", "x = 1 + \\"),
    ("continuation_eof_newline", "x = 1 + \\\n"),
    ("continuation_then_blank", "x = 1 + \\\n\n"),
    ("nul_byte", b"a\x00b\n"),
    ("nul_byte_line_two", b"x = 1\n\x00\n"),
    ("invalid_utf8", b"\xff = 1\n"),
    ("invalid_utf8_line_two", b"x = 1\n\xc3\x28 = 2\n"),
    ("invalid_utf8_in_string", b"s = 'caf\xe9'\n"),
    ("unexpected_indent", "x = 1\n  y = 2\n"),
    ("unexpected_indent_first_line", "  x\n"),
    ("unexpected_indent_tab", "x = 1\n\ty = 2\n"),
    ("unexpected_indent_in_block", "def f():\n    x = 1\n        y = 2\n"),
    ("unindent_mismatch", "if x:\n  a\n b\n"),
    ("unindent_mismatch_def", "def f():\n    return 1\n  x=2\n"),
    ("unindent_mismatch_method", "class C:\n    def f(self):\n        pass\n      def g(self): pass\n"),
    ("tab_error_spaces_then_tab", "if x:\n        a\n\tb\n"),
    ("tab_error_tab_then_spaces", "if x:\n\ta\n        b\n"),
    ("tab_error_four_spaces", "if x:\n    a\n\tb\n"),
    ("indented_continuation", "  x = 1 \\\n  + 2\n"),
    ("crlf_error", "x = 1\r\ny = (\r\n"),
    ("bom_then_error", b"\xef\xbb\xbfx = = 1\n"),
    # Blocks and colons.
    ("if_missing_colon", "if x\n    pass\n"),
    ("if_missing_colon_eof", "if x"),
    ("elif_missing_colon", "if x:\n  pass\nelif y\n  pass\n"),
    ("else_missing_colon", "if x:\n  pass\nelse\n  pass\n"),
    ("while_missing_colon", "while x\n  pass\n"),
    ("for_missing_colon", "for x in range(10)\n  pass\n"),
    ("def_missing_colon", "def f()\n  pass\n"),
    ("def_missing_colon_annotation", "def f() -> int\n  pass\n"),
    ("def_garbage_before_colon", "def f() x:\n  pass\n"),
    ("def_missing_paren", "def f:\n  pass\n"),
    ("class_missing_colon", "class A\n  pass\n"),
    ("class_bases_missing_colon", "class A(B)\n  pass\n"),
    ("class_garbage", "class A x:\n  pass\n"),
    ("with_missing_colon", "with a, b\n  pass\n"),
    ("try_missing_colon", "try\n  pass\nexcept:\n  pass\n"),
    ("except_missing_colon", "try:\n  pass\nexcept E\n  pass\n"),
    ("bare_except_missing_colon", "try:\n  pass\nexcept\n  pass\n"),
    ("finally_missing_colon", "try:\n  pass\nfinally\n  pass\n"),
    ("if_indent", "if x:\npass\n"),
    ("if_indent_eof", "if x:"),
    ("if_indent_eof_newline", "if x:\n"),
    ("if_indent_blank_lines", "if x:\n\n\n"),
    ("elif_indent", "if x:\n  pass\nelif y:\npass\n"),
    ("else_indent", "if x:\n  pass\nelse:\npass\n"),
    ("while_indent", "while x:\npass\n"),
    ("for_indent", "for x in y:\npass\n"),
    ("async_for_indent", "async def f():\n  async for x in y:\n  pass\n"),
    ("with_indent", "with a:\npass\n"),
    ("def_indent", "def f():\npass\n"),
    ("async_def_indent", "async def f():\npass\n"),
    ("class_indent", "class A:\npass\n"),
    ("try_indent", "try:\npass\n"),
    ("except_indent", "try:\n  pass\nexcept:\npass\n"),
    ("except_type_indent", "try:\n  pass\nexcept E:\npass\n"),
    ("finally_indent", "try:\n  pass\nfinally:\npass\n"),
    ("nested_def_indent", "class A:\n    def f(self):\n    return 1\n"),
    ("try_without_except", "try:\n  pass\nx = 1\n"),
    ("try_else_without_except", "try:\n  pass\nelse:\n  pass\n"),
    ("except_and_except_star", "try:\n  pass\nexcept:\n  pass\nexcept* E:\n  pass\n"),
    ("multiple_exception_types", "try:\n  pass\nexcept E, F:\n  pass\n"),
    ("multiple_exception_types_as", "try:\n  pass\nexcept E, F as e:\n  pass\n"),
    ("else_alone", "else:\n  pass\n"),
    ("else_after_statement", "x = 1\nelse:\n  pass\n"),
    ("double_else", "for x in y:\n  pass\nelse:\n  pass\nelse:\n  pass\n"),
    ("elif_after_else", "if x:\n  pass\nelse:\n  pass\nelif y:\n  pass\n"),
    ("decorator_alone", "@foo"),
    ("decorator_then_statement", "@foo\nx = 1\n"),
    ("decorator_empty", "@\ndef f(): pass\n"),
    # Assignment targets.
    ("assign_to_call", "f() = 1\n"),
    ("assign_to_call_chain_first", "f() = x = 1\n"),
    ("assign_to_call_chain_second", "x = f() = 1\n"),
    ("assign_to_call_in_tuple", "a, f() = 1\n"),
    ("assign_to_literal", "1 = x\n"),
    ("assign_to_string", "\"a\" = 1\n"),
    ("assign_to_true", "True = 1\n"),
    ("assign_to_none", "None = 1\n"),
    ("assign_to_ellipsis", "... = 1\n"),
    ("assign_to_expression", "a + b = 1\n"),
    ("assign_to_unary", "-a = 1\n"),
    ("assign_to_not", "not a = 1\n"),
    ("assign_to_comparison", "a < b = 1\n"),
    ("assign_to_conditional", "a if b else c = 1\n"),
    ("assign_to_lambda", "lambda: 1 = 1\n"),
    ("assign_to_listcomp", "[x for x in y] = 1\n"),
    ("assign_to_genexp", "(x for x in y) = 1\n"),
    ("assign_to_dict", "{a: b} = 1\n"),
    ("assign_to_set", "{a} = 1\n"),
    ("assign_to_fstring", "f\"{a}\" = 1\n"),
    ("assign_to_yield", "(yield) = 1\n"),
    ("assign_to_await", "await x = 1\n"),
    ("assign_yield_chain", "x = yield = 1\n"),
    ("assign_call_rhs_error", "f() = 1 +\n"),
    ("augassign_expression", "x + 1 += 1\n"),
    ("augassign_tuple", "a, b += 1\n"),
    ("augassign_list", "[a] += 1\n"),
    ("augassign_call", "f() += 1\n"),
    ("annotate_tuple", "(a, b): int = 1\n"),
    ("annotate_list", "[a, b]: int\n"),
    ("annotate_bare_tuple", "a, b: int\n"),
    ("annotate_call", "a.b(): int\n"),
    ("walrus_statement", "a := 1\n"),
    ("walrus_attribute", "(a.b := 1)\n"),
    ("walrus_subscript", "(a[0] := 1)\n"),
    ("for_target_call", "for f() in x: pass\n"),
    ("for_target_literal", "for 1 in x: pass\n"),
    ("comprehension_target_call", "[x for f() in y]\n"),
    ("with_target_call", "with a as f() : pass\n"),
    ("del_call", "del f()\n"),
    ("del_literal_in_tuple", "del (a, 1)\n"),
    ("del_starred", "del *a\n"),
    ("del_comparison", "del x == y\n"),
    # Comparison vs assignment, missing commas, print.
    ("if_assign", "if x = 1:\n    pass\n"),
    ("while_assign", "while x = 1: pass\n"),
    ("if_assign_attribute", "if x.y = 1: pass\n"),
    ("assert_assign", "assert x = 1\n"),
    ("list_assign", "[x = 1]\n"),
    ("print_statement", "print \"hello\"\n"),
    ("print_statement_name", "print x\n"),
    ("exec_statement", "exec \"code\"\n"),
    ("missing_comma_list", "[1 2]\n"),
    ("missing_comma_tuple", "(1 2)\n"),
    ("missing_comma_call", "f(a b)\n"),
    ("missing_comma_set", "{1 2}\n"),
    ("missing_comma_dict", "d = {'a': 1 'b': 2}\n"),
    ("missing_comma_strings", "x = ['a' 'b' c]\n"),
    ("missing_comma_multiline", "x = [\n    1,\n    2\n    3,\n]\n"),
    ("no_comma_top_level", "x = 1 2\n"),
    ("two_names", "foo bar\n"),
    ("if_without_else", "1 if 2\n"),
    ("if_without_else_assign", "x = 1 if 2\n"),
    ("else_without_value", "x = 1 if 2 else\n"),
    ("not_after_operator", "x = 1 + not 2\n"),
    ("not_not_in", "x = 1 not 2\n"),
    ("is_not_not", "x = a is not not b\n"),
    ("barry", "1 <> 2\n"),
    ("trailing_operator", "x = 1 +\n"),
    ("trailing_operator_comment", "x = 1 +  # comment\n"),
    ("double_operator", "x = 1 +* 2\n"),
    ("dangling_not", "x = not\n"),
    ("dangling_compare", "x ==\n"),
    ("return_trailing_operator", "return x +\n"),
    ("return_two_values_no_comma", "def f(): return 1 2\n"),
    # Calls and arguments.
    ("positional_after_keyword", "f(a=1, b)\n"),
    ("positional_after_double_star", "f(**a, b)\n"),
    ("star_after_double_star", "f(**a, *b)\n"),
    ("genexp_not_alone", "f(x for x in y, 1)\n"),
    ("genexp_second", "f(a, x for x in y)\n"),
    ("keyword_true", "f(True=1)\n"),
    ("keyword_expression", "f(a.b=1)\n"),
    ("keyword_genexp", "f(a=1 for x in y)\n"),
    ("keyword_repeated", "f(x=1, x=2)\n"),
    ("keyword_repeated_class", "class A(x=1, x=2): pass\n"),
    ("call_star_alone", "f(*)\n"),
    ("call_double_star_alone", "f(**)\n"),
    ("call_comma", "f(,)\n"),
    ("empty_subscript", "a[]\n"),
    ("attribute_number", "a.1\n"),
    ("attribute_missing", "a.\n"),
    # Parameters.
    ("non_default_after_default", "def f(x=1, y): pass\n"),
    ("non_default_after_default_slash", "def f(a=1, /, b): pass\n"),
    ("non_default_after_default_lambda", "lambda x, y=1, z: 1\n"),
    ("bare_star", "def f(*): pass\n"),
    ("bare_star_kwargs", "def f(*, **k): pass\n"),
    ("bare_star_trailing_comma", "def f(a, *, ): pass\n"),
    ("star_default", "def f(*a=1): pass\n"),
    ("double_star_default", "def f(**k=1): pass\n"),
    ("after_double_star", "def f(**k, a): pass\n"),
    ("star_after_double_star_param", "def f(**k, *a): pass\n"),
    ("two_stars", "def f(*a, *b): pass\n"),
    ("slash_first", "def f(/, a): pass\n"),
    ("two_slashes", "def f(a, /, b, /): pass\n"),
    ("slash_after_star", "def f(a, *, b, /): pass\n"),
    ("default_missing", "def f(a=): pass\n"),
    ("parenthesized_params", "def f(a, (b, c)): pass\n"),
    ("default_missing_comma", "def f(a=1 b): pass\n"),
    ("params_missing_comma", "def f(a b): pass\n"),
    ("params_colon", "def f(:\n  pass\n"),
    ("annotation_missing", "def f(a:): pass\n"),
    ("duplicate_argument", "def f(a, a): pass\n"),
    ("duplicate_argument_lambda", "lambda a, a: 1\n"),
    ("duplicate_argument_kwonly", "def f(a, *, a): pass\n"),
    ("lambda_bare_star", "lambda *: 1\n"),
    ("lambda_parenthesized", "lambda (a, b): 1\n"),
    ("lambda_default_missing", "lambda a=: 1\n"),
    # Displays and comprehensions.
    ("star_in_comprehension", "[*x for x in y]\n"),
    ("comprehension_tuple_target", "[x, y for x in z]\n"),
    ("comprehension_trailing_comma", "[x, for x in z]\n"),
    ("dict_unpack_in_comprehension", "{**x for x in y}\n"),
    ("dict_missing_colon", "{1: 2, 3}\n"),
    ("dict_starred_value", "{1: *a}\n"),
    ("dict_missing_value", "{1:}\n"),
    ("dict_double_star_colon", "x = {**a: 1}\n"),
    ("group_starred", "(*x)\n"),
    ("group_double_starred", "(**x)\n"),
    ("comprehension_missing_iter", "x = [i for i in]\n"),
    ("comprehension_missing_target", "x = [i for in y]\n"),
    ("comprehension_missing_in", "x = [i for i y]\n"),
    ("comprehension_missing_element", "x = [for x in y]\n"),
    ("empty_tuple_comma", "x = (,)\n"),
    ("empty_list_comma", "x = [,]\n"),
    # Statements.
    ("import_from", "import a.b from c\n"),
    ("from_import_trailing_comma", "from x import a,\n"),
    ("import_nothing", "import\n"),
    ("from_import_nothing", "from x import\n"),
    ("from_nothing_import", "from import x\n"),
    ("from_dot_import_nothing", "from . import\n"),
    ("import_as_dotted", "import a as b.c\n"),
    ("raise_from_nothing", "raise from x\n"),
    ("raise_x_from_nothing", "raise x from\n"),
    ("global_trailing_comma", "global x,\n"),
    ("nonlocal_nothing", "nonlocal\n"),
    ("async_nothing", "async x\n"),
    ("await_nothing", "await\n"),
    ("lambda_yield", "x = lambda: yield\n"),
    ("yield_from_nothing", "def f():\n  yield from\n"),
    # Errors CPython reports while compiling.
    ("return_outside_function", "return 1\n"),
    ("return_outside_function_line_two", "x = 1\nreturn\n"),
    ("return_after_semicolons", "a = 1; b = 2; return\n"),
    ("return_in_class", "class A:\n  return 1\n"),
    ("return_in_nested_class", "def f():\n  class A:\n    return 1\n"),
    ("yield_outside_function", "yield 1\n"),
    ("yield_from_outside_function", "yield from x\n"),
    ("yield_in_class", "class A:\n  yield 1\n"),
    ("yield_in_comprehension", "x = [(yield) for i in y]\n"),
    ("yield_in_genexp", "x = ((yield) for i in y)\n"),
    ("yield_in_comprehension_iterable", "x = [i for i in (yield)]\n"),
    ("break_outside_loop", "break\n"),
    ("continue_outside_loop", "continue\n"),
    ("break_in_function_in_loop", "while x:\n  def f():\n    break\n"),
    ("break_in_else", "for x in y:\n  pass\nelse:\n  break\n"),
    ("break_in_class_in_loop", "for x in y:\n  class A:\n    break\n"),
    ("await_outside_function", "await x\n"),
    ("await_in_class", "class A:\n  await x\n"),
    ("await_outside_async", "def f():\n  await x\n"),
    ("await_in_lambda", "async def f():\n  lambda: await x\n"),
    ("await_in_nested_def", "async def f():\n  def g():\n    await x\n"),
    ("async_for_outside", "async for x in y: pass\n"),
    ("async_for_in_def", "def f():\n  async for x in y: pass\n"),
    ("async_with_outside", "async with x: pass\n"),
    ("async_with_in_def", "def f():\n  async with x: pass\n"),
    ("async_comprehension_outside", "[x async for x in y]\n"),
    ("await_comprehension_outside", "[await x for x in y]\n"),
    ("async_comprehension_in_def", "def f():\n  return [x async for x in y]\n"),
    ("return_value_async_generator", "async def f():\n  return 1\n  yield\n"),
    ("yield_from_async", "async def f():\n  yield from x\n"),
    ("nonlocal_module", "nonlocal x\n"),
    ("default_except_not_last", "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n"),
    ("starred_rhs", "x = *a\n"),
    ("starred_statement", "*a\n"),
    ("starred_return", "def f():\n  return *a\n"),
    ("starred_target_alone", "*a = 1\n"),
    ("two_starred_targets", "*a, *b = 1\n"),
    ("two_starred_in_list", "[*a, *b] = c\n"),
    ("two_starred_nested", "a, [*b, *c] = d\n"),
    ("future_unknown", "from __future__ import nonsense\n"),
    ("future_braces", "from __future__ import braces\n"),
    ("future_late", "import x\nfrom __future__ import annotations\n"),
    ("symtable_before_compiler", "return\nnonlocal x\n"),
    ("compiler_source_order", "if x:\n  return\nbreak\n"),
    # f-strings and string literals.
    ("fstring_empty", "f\"{}\"\n"),
    ("fstring_blank", "f\"{ }\"\n"),
    ("fstring_bad_conversion", "f\"{x!z}\"\n"),
    ("fstring_missing_conversion", "f\"{x!}\"\n"),
    ("fstring_unclosed", "f\"{x\"\n"),
    ("fstring_single_close", "f\"}\"\n"),
    ("fstring_open_only", "f\"{\"\n"),
    ("fstring_missing_comma", "f\"{a b}\"\n"),
    ("fstring_nested_too_deep", "f\"{x:{y:{z}}}\"\n"),
    ("fstring_hash", "f\"{#}\"\n"),
    ("fstring_backslash", "f\"{x\\n}\"\n"),
    ("fstring_unmatched_paren", "f\"{x)}\"\n"),
    ("fstring_mismatched_paren", "f\"{(x}\"\n"),
    ("fstring_lambda", "x = f\"{lambda x: 1}\"\n"),
    ("fstring_yield", "f\"{yield}\"\n"),
    ("fstring_starred", "f\"{*x}\"\n"),
    ("fstring_spec_single_close", "f\"{x:{y}}}\"\n"),
    ("fstring_expression_error", "x = 1\ny = f\"abc {x +} def\"\n"),
    ("fstring_invalid_number", "print(f\"{1abc}\")\n"),
    ("fstring_conversion_then_equal", "f\"{x!r=}\"\n"),
    ("fstring_required_before_bang", "f\"{!r}\"\n"),
    ("fstring_required_before_colon", "f\"{:x}\"\n"),
    ("fstring_multiline_error", "y = f\"\"\"\n{a b}\"\"\"\n"),
    ("fstring_second_line_error", "y = (1,\n f\"{a $ b}\")\n"),
    ("fstring_spec_error", "f\"{a:{b c}}\"\n"),
    ("truncated_x_escape", "\"\\x1\"\n"),
    ("truncated_x_escape_empty", "\"\\x\"\n"),
    ("truncated_u_escape", "\"\\u12\"\n"),
    ("truncated_U_escape", "\"\\U1234567\"\n"),
    ("illegal_unicode_escape", "\"\\U00110000\"\n"),
    ("escape_error_position", "x = 1\ny = \"abc\\x1g\"\n"),
    ("escape_error_after_non_ascii", "s = '\u00e9\\x1'\n"),
    ("bytes_x_escape", "b\"\\x1\"\n"),
    ("bytes_non_ascii", "b\"\u00e9\"\n"),
    ("mix_u_bytes", "u\"a\" b\"b\"\n"),
    ("mix_str_bytes", "\"a\" b\"b\"\n"),
    ("mix_fstring_bytes", "f\"a\" b\"b\"\n"),
    ("mix_bytes_fstring", "b\"a\" f\"b\"\n"),
    # Limits.
    ("too_many_parentheses", "x = " + "(" * 201 + ")" * 201 + "\n"),
    ("too_many_brackets", "[" * 300 + "\n"),
    ("too_deep_indentation", "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n"),
    ("huge_decimal", "x = 1" + "0" * 4400 + "\n"),
]

# Sources that must parse; the expectation is ast.dump() of CPython's tree.
ASTS = [
    ("assign", "x = 1"),
    ("chained_assign", "a = b = c"),
    ("tuple_assign", "a, *b = c"),
    ("list_assign", "[a, (b, c)] = d"),
    ("attr_subscript_assign", "a.b[c].d = e"),
    ("annotated", "x: int = 1\ny: list[int]\n(z): int = 2\na.b: str"),
    ("augmented", "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx **= 1\nx //= 1"),
    ("precedence", "x = -a ** -b * c + d << e & f ^ g | h"),
    ("power_right_assoc", "a ** b ** c"),
    ("unary", "-+~x\nnot not x"),
    ("boolean", "a or b or c and d and not e"),
    ("comparisons", "a < b <= c == d != e > f >= g in h not in i is j is not k"),
    ("conditional", "a if b else c if d else e"),
    ("lambda", "f = lambda x, y=1, *args, z, **kw: x + y"),
    ("lambda_no_args", "lambda: 0"),
    ("walrus", "if (n := len(a)) > 10: pass\n[y := f(x), y**2]"),
    ("await_and_async", "async def f():\n    await g()\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    return [i async for i in y]"),
    ("calls", "f(a, *b, c=1, **d)\nf(x for x in y)\nf(*a, *b, **c, **d)\nf(a)(b)(c)"),
    ("subscripts", "a[1]\na[1:2]\na[::3]\na[1:2, ::3]\na[:, None]\na[*b]\na[x := 1]"),
    ("numbers", "x = 0, 10, 0x1F, 0o17, 0b101, 1_000_000, 1.5, 1e10, 1E-3, .5, 5., 1j, 2.5J, 0xDEAD_BEEF, 1_0.0_1"),
    ("big_ints", "x = 123456789012345678901234567890\ny = 0xffffffffffffffffffffffffffff\nz = 0o7777777777777777777777777"),
    ("floats", "x = 1e16, 1e15, 0.0001, 0.00001, 1e300 * 1e10, 3.14159, 2.5e-7, 0.1"),
    ("strings", "s = 'a' \"b\" '''c''' \"\"\"d\"\"\"\nu'x'\nr'\\n'\nb'\\x00'\nrb'\\d'\nBR'x'"),
    ("escapes", "s = '\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\101\\0\\d'"),
    ("string_continuation", "s = 'abc\\\ndef'"),
    ("implicit_concat", "s = 'a' 'b' f'{c}' 'd'"),
    ("fstrings", "f'{x}' f'{x!r}' f'{x!s:>10}' f'{x=}' f'{x = }' f'{x=!s}' f'{x=:>4}' f'{{}}' f'{x:{y}.{z}}'"),
    ("fstring_nested_quotes", "f\"{'a' + 'b'}\"\nf'''{\"x\"}'''"),
    ("fstring_multiline", "f'''\n{x}\n  {y}'''"),
    ("fstring_positions", "x = (1,\n     f'a{b}c{d!r:>{e}}')"),
    ("fstring_raw", "rf'\\n{x}\\t'"),
    ("fstring_format_dict", "f'{x:{{}}}'"),
    ("displays", "[1, *a]\n(1,)\n()\n{1, *a}\n{}\n{1: 2, **a}\n{**a, 'b': 1}"),
    ("comprehensions", "[x for x in y if x if z for w in x]\n{x for x in y}\n{k: v for k, v in d}\n(x for x in y)"),
    ("if_elif_else", "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1\nelse:\n    pass"),
    ("while_else", "while x:\n    break\nelse:\n    continue"),
    ("for_else", "for i, j in x:\n    continue\nelse:\n    pass"),
    ("functions", "@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a\n\ndef h(*, a): pass\ndef k(a, /): pass"),
    ("star_annotation", "def f(*args: *Ts): pass"),
    ("classes", "@dec\nclass A(B, C, metaclass=M, **kw):\n    x = 1\n    def f(self): pass"),
    ("try_statements", "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass"),
    ("try_star", "try:\n    pass\nexcept* ValueError as e:\n    pass"),
    ("with_statements", "with a as b, c as (d, e):\n    pass\nwith (a as b, c):\n    pass\nwith (a, b) as c:\n    pass\nwith (open(f)) as g:\n    pass"),
    ("raise_assert_del", "raise\nraise E\nraise E from e\nassert x\nassert x, 'msg'\ndel a, b[0], c.d"),
    ("imports", "import a\nimport a.b.c as d, e\nfrom a import b\nfrom a.b import (c as d, e,)\nfrom . import x\nfrom .. import y\nfrom ...a import *\nfrom .... import z"),
    ("global_nonlocal", "def f():\n    global a, b\n    def g():\n        nonlocal c"),
    ("yield_forms", "def f():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    yield from g()\n    await_ = (yield)"),
    ("semicolons", "a = 1; b = 2; pass;"),
    ("comments_and_blank_lines", "# comment\n\nx = 1  # trailing\n   \n \n\t\ny = 2\n# end"),
    ("continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass"),
    ("implicit_joining", "x = [\n    1,\n\n    2,  # comment\n]\nf(a,\n  b)"),
    ("tabs", "if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass"),
    ("form_feed", "\x0cx = 1\nif y:\n    \x0c    pass"),
    ("crlf", "x = 1\r\nif y:\r\n    pass\r\n"),
    ("lone_cr", "x = 1\ry = 2\r"),
    ("bom", "\ufeffx = 1"),
    ("no_final_newline", "if x:\n    pass"),
    ("non_ascii_names", "caf\u00e9 = 1\n\u03c0 = 3.14\n\u540d\u524d = '\u540d'\nprint(caf\u00e9, \u03c0)"),
    ("non_ascii_positions", "s = '\u00e9\u00e9' + x"),
    ("soft_keywords", "match = 1\ncase = 2\n_ = match + case\nmatch(x)\nmatch[0] = 1"),
    ("ellipsis", "x = ...\na[..., 0]"),
    ("parenthesized_positions", "(a + b) * (c)\n(f)(x)\n-(a)\n(a).b\nx = (yield)"),
    ("tutorial_shape", "import asyncio\n\nnow = lambda : time.time()\n\nasync def do_some_work(x):\n    print('Waiting: ', x)\n    await asyncio.sleep(x)\n    return 'Done after {}s'.format(x)\n"),
]


def run_file(src: bytes):
    with tempfile.TemporaryDirectory() as d:
        hook_dir = os.path.join(d, "hook")
        os.mkdir(hook_dir)
        with open(os.path.join(hook_dir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        work = os.path.join(d, "work")
        os.mkdir(work)
        with open(os.path.join(work, "main.py"), "wb") as f:
            f.write(src)
        env = dict(os.environ, PYTHONPATH=hook_dir)
        r = subprocess.run([sys.executable, "main.py"], cwd=work, capture_output=True, env=env, timeout=60)
        err = r.stderr.decode("utf-8", "replace")
        info, printed = None, []
        for line in err.splitlines(keepends=True):
            if line.startswith("@@JSON@@"):
                info = json.loads(line[len("@@JSON@@"):])
            else:
                printed.append(line)
        text = "".join(printed).replace(work + "/", "")
        if info and isinstance(info.get("msg"), str):
            info["msg"] = info["msg"].replace(work + "/", "")
        return info, text


def c_string(data: bytes) -> str:
    out = ['"']
    for i, b in enumerate(data):
        c = chr(b)
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif 32 <= b < 127 and c != "?":
            # A hex escape must not swallow a following hex digit.
            if out[-1].startswith("\\x") and c in "0123456789abcdefABCDEF":
                out.append('""')
            out.append(c)
        else:
            out.append("\\x%02x" % b)
    out.append('"')
    return "".join(out)


def as_bytes(src):
    return src if isinstance(src, bytes) else src.encode("utf-8")


def main():
    lines = ["// GENERATED by gen/gen_frontend_cases.py from CPython %s. Do not edit." % sys.version.split()[0],
             "// FRONTEND_ERROR_CASE(name, source, kind, message, line, column, end_line, end_column, text, printed)",
             "// Columns are CPython's offset/end_offset; None is written as -1."]
    for name, src in ERRORS:
        data = as_bytes(src)
        info, printed = run_file(data)
        if info is None:
            raise SystemExit(f"{name}: CPython accepted {src!r}")
        def num(v):
            return -1 if v is None else v
        text = info.get("text")
        lines.append("FRONTEND_ERROR_CASE(%s, %s, %s, %s, %d, %d, %d, %d, %s, %s)" % (
            name, c_string(data), info["kind"], c_string(info["msg"].encode("utf-8")),
            num(info.get("line")) if info.get("line") is not None else 0,
            num(info.get("off")), num(info.get("eline")) if info.get("eline") is not None else 0,
            num(info.get("eoff")), c_string((text or "").encode("utf-8", "surrogateescape")),
            c_string(printed.encode("utf-8"))))
    with open(os.path.join(OUT_DIR, "frontend_error_cases.inc"), "w") as f:
        f.write("\n".join(lines) + "\n")

    lines = ["// GENERATED by gen/gen_frontend_cases.py from CPython %s. Do not edit." % sys.version.split()[0],
             "// FRONTEND_AST_CASE(name, source, ast.dump(tree), ast.dump(tree, include_attributes=True))"]
    for name, src in ASTS:
        data = as_bytes(src)
        tree = compile(data, "main.py", "exec", ast.PyCF_ONLY_AST)
        lines.append("FRONTEND_AST_CASE(%s, %s, %s, %s)" % (
            name, c_string(data), c_string(ast.dump(tree).encode("utf-8")),
            c_string(ast.dump(tree, include_attributes=True).encode("utf-8"))))
    tutorial = os.path.join(OUT_DIR, "..", "..", "conformance", "tutorial")
    for fn in sorted(os.listdir(tutorial)):
        if fn.endswith(".py"):
            data = open(os.path.join(tutorial, fn), "rb").read()
            tree = compile(data, fn, "exec", ast.PyCF_ONLY_AST)
            lines.append("FRONTEND_TUTORIAL_CASE(%s, %s)" % (
                c_string(fn.encode()), c_string(ast.dump(tree, include_attributes=True).encode("utf-8"))))
    with open(os.path.join(OUT_DIR, "frontend_ast_cases.inc"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(ERRORS)} error cases, {len(ASTS)} AST cases")


if __name__ == "__main__":
    main()
