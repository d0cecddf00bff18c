#include "python/opcodes.hpp"

namespace py {

const char* opcode_name(Opcode op) {
  switch (op) {
#define PY_OPCODE_NAME(name) \
  case Opcode::name:         \
    return #name;
    PY_OPCODES(PY_OPCODE_NAME)
#undef PY_OPCODE_NAME
  }
  return "<unknown opcode>";
}

}  // namespace py
