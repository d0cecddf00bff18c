# Tests of the built-in data types (core/python/types.cmake), included by this directory's
# CMakeLists.txt. Expected values come from CPython 3.11.
aioplay_gtest(python_types_tests
  ${CMAKE_CURRENT_LIST_DIR}/types_test.cpp
)
target_link_libraries(python_types_tests PRIVATE aio_python)
