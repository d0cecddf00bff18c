# AST -> code objects: symbol tables and code generation.
set(AIOPLAY_PYTHON_COMPILER_SOURCES
)
