// Loading the frozen modules (frozen_modules.hpp); their sources are in frozen/*.py.
#include "python/frozen_modules.hpp"

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "loop/clock.hpp"
#include "python/code.hpp"
#include "python/compiler.hpp"
#include "python/errors.hpp"
#include "python/heap.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/vm.hpp"

namespace py {

namespace {

constexpr std::string_view kLineMarker = "  #@ ";

// Frozen sources mark the lines a CPython traceback shows with CPython's own number for them:
// `raise TimeoutError from exc_val  #@ 115`. Our tracebacks then show those lines as CPython does:
// same number, same text (the marker dropped). Returns our line -> CPython's line.
std::map<int, int> line_markers(const SourceText& source) {
  std::map<int, int> lines;
  for (int line = 1; line <= source.line_count(); ++line) {
    std::string_view text = source.line(line);
    const std::size_t at = text.rfind(kLineMarker);
    if (at != std::string_view::npos) lines[line] = std::atoi(std::string(text.substr(at + kLineMarker.size())).c_str());
  }
  return lines;
}

// The source as tracebacks read it: each marked line at CPython's number, the others at their own.
// False when a marked line would land on another line of ours (renumber the markers).
bool display_source(const SourceText& source, const std::map<int, int>& markers, std::string& out) {
  std::vector<std::string> lines(static_cast<std::size_t>(source.line_count()));
  for (int line = 1; line <= source.line_count(); ++line) {
    if (!markers.contains(line)) lines[static_cast<std::size_t>(line - 1)] = source.line(line);
  }
  for (const auto& [ours, cpythons] : markers) {
    if (cpythons < 1) return false;
    if (static_cast<std::size_t>(cpythons) > lines.size()) lines.resize(static_cast<std::size_t>(cpythons));
    std::string& slot = lines[static_cast<std::size_t>(cpythons - 1)];
    if (!slot.empty()) return false;
    std::string_view text = source.line(ours);
    slot = text.substr(0, text.rfind(kLineMarker));
  }
  for (const std::string& line : lines) out += line + "\n";
  return true;
}

void renumber(CodeObject& code, const std::map<int, int>& markers, const std::shared_ptr<const SourceText>& source) {
  code.source = source;
  for (Position& p : code.positions) {
    if (auto it = markers.find(p.line); it != markers.end() && p.end_line == p.line) p.line = p.end_line = it->second;
  }
  for (const Value& c : code.consts) {
    if (c.is_object() && c.type() == code_type) renumber(*static_cast<CodeObject*>(c.object()), markers, source);
  }
}

// The module's code, compiled once per process outside any run's heap (immortal: a run cannot
// change a code object or its constants), so that each run's import costs no compilation
// (~3 ms natively, ~30 ms in wasm for asyncio's parts). Null with an exception set when the source
// does not compile, which the engine's tests would have caught. Fast-forward time does not count
// the compiling: whether a run pays for it depends on the runs before it in the process, and it
// would shift the program's timers (a wait_for(0.01) raced a sleep(0.05) and lost under load).
CodeObject* compiled_code(const FrozenModule& frozen) {
  static auto* cache = new std::map<const FrozenModule*, CodeObject*>();  // never freed, as its code
  if (auto it = cache->find(&frozen); it != cache->end()) return it->second;
  CompileResult compiled;
  const double started = aio::monotonic_seconds();
  {
    Heap::Outside immortal;
    compiled = compile_module(std::make_shared<const SourceText>(frozen.source), std::string(frozen.filename));
  }
  if (compiled.error) {
    raise_format(import_error_type, "frozen module %s does not compile: line %d: %s", std::string(frozen.name).c_str(),
                 compiled.error->line, compiled.error->message.c_str());
    return nullptr;
  }
  if (std::map<int, int> markers = line_markers(*compiled.code->source); !markers.empty()) {
    std::string text;
    if (!display_source(*compiled.code->source, markers, text)) {
      raise_format(import_error_type, "frozen module %s: a line marker lands on another line", std::string(frozen.name).c_str());
      return nullptr;
    }
    renumber(*compiled.code, markers, std::make_shared<const SourceText>(text));
  }
  vm_clock().discount_host_work(aio::monotonic_seconds() - started);
  return (*cache)[&frozen] = compiled.code.release();
}

}  // namespace

const FrozenModule* find_frozen_module(std::string_view name) {
  for (std::size_t i = 0; i < kFrozenModuleCount; ++i) {
    if (kFrozenModules[i].name == name) return &kFrozenModules[i];
  }
  return nullptr;
}

Ref<ModuleObject> load_frozen_module(const FrozenModule& frozen) {
  CodeObject* code = compiled_code(frozen);
  if (code == nullptr) return nullptr;
  Ref<ModuleObject> module = make_module(std::string(frozen.name));
  module->dict->set_str(intern("__file__"), make_str(std::string(frozen.filename)));
  vm_modules()->set_str(intern(frozen.name), Value(module));
  if (!vm_run_module_body(Ref<CodeObject>::borrow(code), Value(module->dict))) {
    vm_modules()->remove_str(intern(frozen.name));
    return nullptr;
  }
  return module;
}

}  // namespace py
