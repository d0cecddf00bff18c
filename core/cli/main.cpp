// aioplay [--virtual-time] [--interrupt-at SECONDS] [--max-heap-mb N] [--recursion-limit N]
//         FILE.py | -c CODE | -
//
// Runs one program with CPython's conventions for stdout, stderr and the exit status. Ctrl+C is
// KeyboardInterrupt in the program; if it goes uncaught the process dies of SIGINT, as CPython's.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "python/interpreter.hpp"

namespace {

py::Interpreter* running_interpreter = nullptr;

extern "C" void on_sigint(int) {
  if (running_interpreter != nullptr) running_interpreter->interrupt();
}

int usage(const char* message) {
  std::fprintf(stderr, "aioplay: %s\n", message);
  std::fprintf(stderr,
               "usage: aioplay [--virtual-time] [--interrupt-at SECONDS] [--max-heap-mb N] [--recursion-limit N] "
               "FILE.py | -c CODE | -\n");
  return 2;
}

std::string absolute_path(const std::string& path) {
  if (path.starts_with("/")) return path;
  char buffer[4096];
  if (getcwd(buffer, sizeof buffer) == nullptr) return path;
  return std::string(buffer) + "/" + path;
}

struct Command {
  py::InterpreterOptions options;
  std::string source;
  bool source_is_stdin = false;
};

// Parses the command line; returns an exit status when it cannot run.
std::optional<int> parse(int argc, char** argv, Command& cmd) {
  int i = 1;
  for (; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next_value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--virtual-time") {
      cmd.options.virtual_time = true;
    } else if (arg == "--interrupt-at" || arg == "--max-heap-mb" || arg == "--recursion-limit") {
      const char* v = next_value();
      if (v == nullptr) return usage((arg + " needs a value").c_str());
      char* end = nullptr;
      const double number = std::strtod(v, &end);
      if (end == v || *end != '\0' || number < 0) return usage(("bad value for " + arg + ": " + v).c_str());
      if (arg == "--interrupt-at") {
        cmd.options.interrupt_at = number;
      } else if (arg == "--max-heap-mb") {
        cmd.options.max_heap_bytes = static_cast<std::size_t>(number * 1024 * 1024);
      } else {
        cmd.options.recursion_limit = static_cast<int>(number);
      }
    } else {
      break;
    }
  }
  if (i >= argc) return usage("no program given");
  const std::string program = argv[i];
  std::vector<std::string> program_argv;
  if (program == "-c") {
    if (i + 1 >= argc) return usage("-c needs the code");
    cmd.source = argv[i + 1];
    cmd.options.filename = "<string>";
    program_argv.push_back("-c");
    i += 2;
  } else if (program == "-") {
    cmd.source.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    cmd.source_is_stdin = true;
    cmd.options.filename = "<stdin>";
    program_argv.push_back("-");
    i += 1;
  } else {
    std::ifstream file(program, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "aioplay: can't open file '%s': [Errno 2] No such file or directory\n", program.c_str());
      return 2;
    }
    std::ostringstream text;
    text << file.rdbuf();
    cmd.source = text.str();
    // As CPython 3.11, the main file's code (and so its tracebacks) names it by absolute path;
    // sys.argv[0] keeps the path as given.
    cmd.options.filename = absolute_path(program);
    program_argv.push_back(program);
    i += 1;
  }
  for (; i < argc; ++i) program_argv.push_back(argv[i]);
  cmd.options.argv = std::move(program_argv);
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  Command cmd;
  if (std::optional<int> status = parse(argc, argv, cmd)) return *status;

  py::InterpreterSinks sinks;
  // stdout is buffered as CPython's (line-buffered on a terminal, in blocks otherwise); stderr not.
  sinks.out = [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); };
  sinks.err = [](std::string_view text) {
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  };
  const bool stdin_available = !cmd.source_is_stdin;
  sinks.read_line = [stdin_available](std::string& line) {
    std::fflush(stdout);
    return stdin_available && static_cast<bool>(std::getline(std::cin, line));
  };

  py::Interpreter interpreter(cmd.options, sinks);
  running_interpreter = &interpreter;
  std::signal(SIGINT, on_sigint);
  interpreter.start(cmd.source);
  const int status = interpreter.run_to_completion();
  std::fflush(stdout);
  if (interpreter.ended_by_keyboard_interrupt()) {
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  running_interpreter = nullptr;
  return status;
}
