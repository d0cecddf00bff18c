# The stackless VM: frames, the eval loop, calls, generators and coroutines, tracebacks, the host API.
set(AIOPLAY_PYTHON_VM_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/frame.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval_helpers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval_exceptions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/call.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generator_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/async_generator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/frame_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/traceback_print.cpp
  ${CMAKE_CURRENT_LIST_DIR}/suggestions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vm_runtime.cpp
  ${CMAKE_CURRENT_LIST_DIR}/interpreter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/run_trace.cpp
)
