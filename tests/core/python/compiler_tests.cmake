# Compiler tests. Symbol tables need only the front end; code generation (compiler_test.cpp)
# needs the whole runtime and is registered here once aio_python links on its own:
#   aioplay_gtest(python_compiler_tests compiler_test.cpp)
#   target_link_libraries(python_compiler_tests PRIVATE aio_python)
aioplay_gtest(python_symtable_tests symtable_test.cpp)
target_link_libraries(python_symtable_tests PRIVATE aio_python)
