# Tests of the numeric foundations (core/python/numbers.cmake), included by this directory's
# CMakeLists.txt. Expected values come from CPython 3.11 (see gen/).
aioplay_gtest(python_number_tests
  ${CMAKE_CURRENT_LIST_DIR}/bigint_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_format_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/float_ops_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/int_parse_test.cpp
)
target_link_libraries(python_number_tests PRIVATE aio_python)
