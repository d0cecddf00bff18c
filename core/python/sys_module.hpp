// sys: the program's standard streams and the run's interpreter settings.
#pragma once

#include <string_view>

#include "python/object.hpp"

namespace py {

// sys.stdin / sys.stdout / sys.stderr: text streams over the host's sinks (vm.hpp).
extern Type* text_stream_type;

struct TextStreamObject : Object {
  enum class Kind { in, out, err };
  TextStreamObject(Kind kind) : Object(text_stream_type), kind(kind) {}
  Kind kind;
};

// Writes text to a file-like object as print() does: straight to the host's sink for the original
// streams, else through the object's write().
bool write_to_stream(const Value& stream, std::string_view text);
// The running program's sys.stdin / sys.stdout / sys.stderr (whatever the program assigned), or
// an empty Value when the program never imported sys: the original stream, which needs no object.
Value program_stream(TextStreamObject::Kind kind);

void init_text_stream_type();

}  // namespace py
