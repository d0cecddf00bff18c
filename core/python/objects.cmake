# The object model: objects, types and classes, the abstract object API, errors, functions.
set(AIOPLAY_PYTHON_OBJECT_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/heap.cpp
)
