# AST -> code objects: symbol tables and code generation.
set(AIOPLAY_PYTHON_COMPILER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/symtable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compiler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compiler_statements.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compiler_expressions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compiler_exceptions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compiler_functions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compiler_assemble.cpp
  ${CMAKE_CURRENT_LIST_DIR}/code.cpp
  ${CMAKE_CURRENT_LIST_DIR}/opcodes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dis.cpp
)
