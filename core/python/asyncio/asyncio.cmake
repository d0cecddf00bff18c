# asyncio on core/loop: futures, tasks, the event loop object, sleep/wait/gather/as_completed.
set(AIOPLAY_PYTHON_ASYNCIO_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/as_completed.cpp
  ${CMAKE_CURRENT_LIST_DIR}/asyncio_module.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bridge.cpp
  ${CMAKE_CURRENT_LIST_DIR}/callback_format.cpp
  ${CMAKE_CURRENT_LIST_DIR}/future_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gather.cpp
  ${CMAKE_CURRENT_LIST_DIR}/handle_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loop_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loop_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/native_coroutine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sleep.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stdlib_frames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/task_object.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wait.cpp
)
