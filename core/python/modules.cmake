# builtins and the standard modules besides asyncio: sys, time, functools, random, math,
# itertools, collections.
set(AIOPLAY_PYTHON_MODULE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/modules_init.cpp
  ${CMAKE_CURRENT_LIST_DIR}/module_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/module_registry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_io.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_iter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_numeric.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_reflect.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_sequence.cpp
  ${CMAKE_CURRENT_LIST_DIR}/builtins_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sys_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/time_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_integer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/math_gamma.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mersenne_twister.cpp
  ${CMAKE_CURRENT_LIST_DIR}/random_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/functools_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/itertools_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/itertools_combinatoric.cpp
  ${CMAKE_CURRENT_LIST_DIR}/collections_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/collections_deque.cpp
  ${CMAKE_CURRENT_LIST_DIR}/collections_dicts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/collections_namedtuple.cpp
)
