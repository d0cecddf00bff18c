# Tests of the VM and the host API (core/python/vm.cmake): whole programs through Interpreter,
# included by this directory's CMakeLists.txt. Expected texts come from CPython 3.11.
aioplay_gtest(python_vm_tests
  ${CMAKE_CURRENT_LIST_DIR}/host_inspection_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vm_test.cpp
)
target_link_libraries(python_vm_tests PRIVATE aio_python)
