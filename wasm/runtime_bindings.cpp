// Embind: one `Runtime` per program run, wrapping py::Interpreter for JS hosts (wasm/driver.mjs).
//
//   const rt = new Module.Runtime(
//     { virtualTime, recursionLimit, maxHeapMB, maxOutputBytes, sliceMs, interruptAt, interactiveInput, argv, trace },
//     { stdout(text), stderr(text), trace(events), done({ status, exception, keyboardInterrupt }), readLine() });
//   rt.setStdin(text); rt.run(source, "main.py");
//   rt.step() -> { state: "running" | "waiting" | "input" | "finished", delayMs }
//   rt.stepOne() -> the same, after one event-loop callback (or a slice without one)
//   rt.snapshot() -> { hasLoop, time, main, ready: [what], timers: [{ deadline, what, taskId }],
//                      tasks: [{ id, name, state, awaiting }] }
//   rt.interrupt(); rt.provideInput(line); rt.delete();
//
// JS is called at the end of step(), after the interpreter has returned: a callback that throws
// cannot leave the engine half-way through an instruction, and output arrives in one call per
// stream change per slice (see output_batch.hpp); trace events (only with `trace: true`) arrive as
// one array per step: { kind, time, taskId, task, detail, deadline }. The one exception is the optional readLine():
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
    options_.interactive_input = interactive_input_;
    trace_ = bool_or(options, "trace", false);
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
    if (trace_) sinks.trace = [this](const py::TraceEvent& event) { trace_batch_.push_back(event); };
    interpreter_ = std::make_unique<py::Interpreter>(std::move(options), std::move(sinks));
    if (!pending_stdin_.empty()) interpreter_->set_stdin(std::exchange(pending_stdin_, {}));
    interpreter_->start(source);
  }

  val step() { return advance(&py::Interpreter::step); }
  val step_one() { return advance(&py::Interpreter::step_one); }

  val snapshot() {
    val answer = val::object();
    py::LoopSnapshot shot = interpreter_ ? interpreter_->snapshot() : py::LoopSnapshot{};
    answer.set("hasLoop", shot.has_loop);
    answer.set("time", shot.time);
    answer.set("main", shot.main);
    val ready = val::array();
    for (const std::string& what : shot.ready) ready.call<void>("push", what);
    answer.set("ready", ready);
    val timers = val::array();
    for (const py::LoopSnapshot::Timer& timer : shot.timers) {
      val t = val::object();
      t.set("deadline", timer.deadline);
      t.set("what", timer.what);
      t.set("taskId", static_cast<double>(timer.task_id));
      timers.call<void>("push", t);
    }
    answer.set("timers", timers);
    val tasks = val::array();
    for (const py::LoopSnapshot::Task& task : shot.tasks) {
      val t = val::object();
      t.set("id", static_cast<double>(task.id));
      t.set("name", task.name);
      t.set("state", task.state);
      t.set("awaiting", task.awaiting);
      tasks.call<void>("push", t);
    }
    answer.set("tasks", tasks);
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
  val advance(py::StepResult (py::Interpreter::*how)(double)) {
    py::StepResult result;
    result.state = py::RunState::finished;
    if (interpreter_ && !interpreter_->finished()) result = ((*interpreter_).*how)(slice_seconds_);
    bool finished = !interpreter_ || interpreter_->finished();
    flush_output(finished);
    flush_trace();
    if (finished) report_done();

    val answer = val::object();
    answer.set("state", val(state_name(finished ? py::RunState::finished : result.state)));
    double delay_ms = result.delay_seconds * 1000.0;
    answer.set("delayMs", std::isfinite(delay_ms) && delay_ms >= 0 ? delay_ms : -1.0);
    return answer;
  }

  void flush_output(bool final) {
    batch_.flush(
        [this](Stream stream, const std::string& text) {
          sinks_.call<void>(stream == Stream::out ? "stdout" : "stderr", text);
        },
        final);
  }

  // Calls done() once, then frees the interpreter: a finished run holds no memory.
  void flush_trace() {
    if (trace_batch_.empty()) return;
    val events = val::array();
    for (const py::TraceEvent& event : trace_batch_) {
      val e = val::object();
      e.set("kind", val(py::trace_kind_name(event.kind)));
      e.set("time", event.time);
      e.set("taskId", static_cast<double>(event.task_id));
      e.set("task", event.task);
      e.set("detail", event.detail);
      if (event.kind == py::TraceEvent::Kind::timer_scheduled) e.set("deadline", event.deadline);
      events.call<void>("push", e);
    }
    trace_batch_.clear();
    sinks_.call<void>("trace", events);
  }

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
  bool trace_ = false;
  val sinks_;
  std::vector<py::TraceEvent> trace_batch_;
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
      .function("stepOne", &Runtime::step_one)
      .function("snapshot", &Runtime::snapshot)
      .function("interrupt", &Runtime::interrupt)
      .function("setStdin", &Runtime::set_stdin)
      .function("provideInput", &Runtime::provide_input);
  emscripten::function("heapBytesInUse", &heap_bytes_in_use);
}

}  // namespace aioplay_wasm
