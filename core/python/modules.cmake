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
  ${CMAKE_CURRENT_LIST_DIR}/frozen_modules.cpp
  ${CMAKE_BINARY_DIR}/core/python/frozen_sources.cpp
)

# The frozen modules (frozen_modules.hpp): Python sources compiled into the engine as text.
set(AIOPLAY_FROZEN_PYTHON
  asyncio/exceptions.py
  asyncio/locks.py
  asyncio/queues.py
  asyncio/tasks.py
  asyncio/timeouts.py
  reprlib.py
)
list(TRANSFORM AIOPLAY_FROZEN_PYTHON PREPEND ${CMAKE_CURRENT_LIST_DIR}/frozen/ OUTPUT_VARIABLE _frozen_paths)
string(REPLACE ";" "," _frozen_list "${AIOPLAY_FROZEN_PYTHON}")  # one argument for the script
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/core/python/frozen_sources.cpp
  COMMAND ${CMAKE_COMMAND} -DBASE=${CMAKE_CURRENT_LIST_DIR}/frozen -DSOURCES=${_frozen_list}
          -DOUTPUT=${CMAKE_BINARY_DIR}/core/python/frozen_sources.cpp -P ${CMAKE_CURRENT_LIST_DIR}/frozen/embed.cmake
  DEPENDS ${_frozen_paths} ${CMAKE_CURRENT_LIST_DIR}/frozen/embed.cmake
  COMMENT "Embedding the frozen Python modules"
  VERBATIM)
