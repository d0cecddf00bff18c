# Compiler tests: symbol tables (front end only) and code generation (the whole runtime).
aioplay_gtest(python_symtable_tests symtable_test.cpp)
target_link_libraries(python_symtable_tests PRIVATE aio_python)
aioplay_gtest(python_compiler_tests compiler_test.cpp)
target_link_libraries(python_compiler_tests PRIVATE aio_python)
