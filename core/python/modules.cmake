# builtins and the standard modules besides asyncio: sys, time, functools, random, math,
# itertools, collections.
set(AIOPLAY_PYTHON_MODULE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/module_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_integer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mersenne_twister.cpp
)
