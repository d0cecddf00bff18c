# Tests of the built-ins and the standard modules (core/python/modules.cmake), included by this
# directory's CMakeLists.txt. Expected output comes from CPython 3.11 (gen/gen_modules_cases.py).
aioplay_gtest(python_modules_tests
  ${CMAKE_CURRENT_LIST_DIR}/modules_test.cpp
)
target_link_libraries(python_modules_tests PRIVATE aio_python)
