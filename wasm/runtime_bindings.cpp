// Embind: one `Runtime` per program run, wrapping py::Interpreter for JS hosts (wasm/driver.mjs).
//
//   const rt = new Module.Runtime(
//     { virtualTime, recursionLimit, maxHeapMB, maxOutputBytes, sliceMs, interruptAt, interactiveInput, argv },
//     { stdout(text), stderr(text), done({ status, exception, keyboardInterrupt }), readLine() });
//   rt.setStdin(text); rt.run(source, "main.py");
//   rt.step() -> { state: "running" | "waiting" | "input" | "finished", delayMs }
//   rt.interrupt(); rt.provideInput(line); rt.delete();
//
// JS is called at the end of step(), after the interpreter has returned: a callback that throws
// cannot leave the engine half-way through an instruction, and output arrives in one call per
// stream change per slice (see output_batch.hpp). The one exception is the optional readLine():
// a host that can block (the node CLI reading its stdin) answers input() synchronously, as
// CPython does; it returns the line without its newline, or null at end of file.
#include <emscripten/bind.h>
#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "output_batch.hpp"
#include "python/interpreter.hpp"

namespace aioplay_wasm {
namespace {

using emscripten::val;

double number_or(const val& object, const char* key, double fallback) {
  if (object.isUndefined() || object.isNull()) return fallback;
  val v = object[key];
  return v.isNumber() ? v.as<double>() : fallback;
}

bool bool_or(const val& object, const char* key, bool fallback) {
  if (object.isUndefined() || object.isNull()) return fallback;
  val v = object[key];
  return v.isUndefined() || v.isNull() ? fallback : v.as<bool>();
}

std::size_t megabytes(double mb) { return mb > 0 ? static_cast<std::size_t>(mb * 1024 * 1024) : 0; }

const char* state_name(py::RunState state) {
  switch (state) {
    case py::RunState::running: return "running";
    case py::RunState::waiting: return "waiting";
    case py::RunState::waiting_for_input: return "input";
    case py::RunState::finished: return "finished";
  }
  return "finished";
}

}  // namespace

class Runtime {
 public:
  Runtime(val options, val sinks) : sinks_(std::move(sinks)) {
    options_.virtual_time = bool_or(options, "virtualTime", false);
    options_.recursion_limit = static_cast<int>(number_or(options, "recursionLimit", 1000));
    options_.max_heap_bytes = megabytes(number_or(options, "maxHeapMB", 0));
    options_.max_output_bytes = static_cast<std::size_t>(std::max(0.0, number_or(options, "maxOutputBytes", 0)));
    options_.interrupt_at = number_or(options, "interruptAt", -1);
    slice_seconds_ = number_or(options, "sliceMs", 8) / 1000.0;
    interactive_input_ = bool_or(options, "interactiveInput", false);
    if (!options.isUndefined() && !options.isNull() && options["argv"].isArray()) {
      argv_ = emscripten::vecFromJSArray<std::string>(options["argv"]);
    }
  }

  // Starts `source`; a second run() in the same Runtime discards the first program.
  void run(const std::string& source, const std::string& filename) {
    py::InterpreterOptions options = options_;
    options.filename = filename;
    options.argv = argv_.empty() ? std::vector<std::string>{filename} : argv_;
    py::InterpreterSinks sinks;
    sinks.out = [this](std::string_view text) { batch_.write(Stream::out, text); };
    sinks.err = [this](std::string_view text) { batch_.write(Stream::err, text); };
    // Without read_line the interpreter waits in `waiting_for_input` for provideInput(). Otherwise
    // input() past the stdin text asks the host's readLine(), or meets end of file (EOFError).
    if (!interactive_input_) sinks.read_line = [this](std::string& line) { return read_line(line); };
    interpreter_ = std::make_unique<py::Interpreter>(std::move(options), std::move(sinks));
    if (!pending_stdin_.empty()) interpreter_->set_stdin(std::exchange(pending_stdin_, {}));
    interpreter_->start(source);
  }

  val step() {
    py::StepResult result;
    result.state = py::RunState::finished;
    if (interpreter_ && !interpreter_->finished()) result = interpreter_->step(slice_seconds_);
    bool finished = !interpreter_ || interpreter_->finished();
    flush_output(finished);
    if (finished) report_done();

    val answer = val::object();
    answer.set("state", val(state_name(finished ? py::RunState::finished : result.state)));
    double delay_ms = result.delay_seconds * 1000.0;
    answer.set("delayMs", std::isfinite(delay_ms) && delay_ms >= 0 ? delay_ms : -1.0);
    return answer;
  }

  void interrupt() {
    if (interpreter_ && !interpreter_->finished()) interpreter_->interrupt();
  }

  void set_stdin(const std::string& text) {
    if (interpreter_) {
      interpreter_->set_stdin(text);
    } else {
      pending_stdin_ = text;
    }
  }

  void provide_input(const std::string& line) {
    if (interpreter_ && !interpreter_->finished()) interpreter_->provide_input(line);
  }

 private:
  void flush_output(bool final) {
    batch_.flush(
        [this](Stream stream, const std::string& text) {
          sinks_.call<void>(stream == Stream::out ? "stdout" : "stderr", text);
        },
        final);
  }

  // Calls done() once, then frees the interpreter: a finished run holds no memory.
  void report_done() {
    if (!interpreter_) return;
    val result = val::object();
    result.set("status", interpreter_->exit_status());
    result.set("keyboardInterrupt", interpreter_->ended_by_keyboard_interrupt());
    val exception = val::null();
    if (const py::Interpreter::Failure* failure = interpreter_->failure()) {
      exception = val::object();
      exception.set("type", failure->type);
      exception.set("message", failure->message);
      exception.set("line", failure->line);
    }
    result.set("exception", exception);
    interpreter_.reset();
    sinks_.call<void>("done", result);
  }

  bool read_line(std::string& line) {
    if (sinks_["readLine"].typeOf().as<std::string>() != "function") return false;
    flush_output(false);  // the prompt (and all output before it) is shown before the host blocks
    val answer = sinks_.call<val>("readLine");
    if (!answer.isString()) return false;
    line = answer.as<std::string>();
    return true;
  }

  py::InterpreterOptions options_;
  std::vector<std::string> argv_;
  double slice_seconds_ = 0.008;
  bool interactive_input_ = false;
  val sinks_;
  OutputBatch batch_;
  std::unique_ptr<py::Interpreter> interpreter_;
  std::string pending_stdin_;
};

// Bytes malloc has handed out and not yet had back: the leak tests' measure (the wasm memory
// itself never shrinks, so its size alone would hide a leak until it forced growth).
double heap_bytes_in_use() { return static_cast<double>(mallinfo().uordblks); }

EMSCRIPTEN_BINDINGS(aioplay) {
  emscripten::class_<Runtime>("Runtime")
      .constructor<val, val>()
      .function("run", &Runtime::run)
      .function("step", &Runtime::step)
      .function("interrupt", &Runtime::interrupt)
      .function("setStdin", &Runtime::set_stdin)
      .function("provideInput", &Runtime::provide_input);
  emscripten::function("heapBytesInUse", &heap_bytes_in_use);
}

}  // namespace aioplay_wasm
