# Tests of the object model (core/python/objects.cmake) through its C++ API, included by this
# directory's CMakeLists.txt. Expected texts come from CPython 3.11.
aioplay_gtest(python_object_tests
  ${CMAKE_CURRENT_LIST_DIR}/objects_test.cpp
)
target_link_libraries(python_object_tests PRIVATE aio_python)
