# Sources of the numeric foundations (int and float semantics), included by this directory's
# CMakeLists.txt into the aio_python library.
set(AIOPLAY_PYTHON_NUMBER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/num_error.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_arith.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_bitwise.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_div.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_div_recursive.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_float.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_mul.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bigint_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_digits.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_format.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_ops.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/format_layout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/format_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/format_spec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/number_text.cpp
)
