// Comparing a program's output with what CPython printed (tests/conformance/README.md).
//
// The recordings are CPython 3.11's output, already normalised by scripts/record_cpython.py. A runner
// compares its stdout line by line, exactly, except:
//   - a line holding a measured duration (one containing a duration marker, "TIME:" by default)
//     compares its numbers with an absolute tolerance (0.1 s) and the rest of the line exactly;
//   - a set display ("{<Task ...>, <Task ...>}") compares as a multiset of its elements, since
//     CPython orders a set by memory addresses;
//   - the manifest's "unordered_lines" ranges (a loop over a set) compare as multisets of lines.
// The manifest also carries the run options ("interrupt_at", "python38_all_tasks", "stdin").
//
// Header-only so that any test target can use it: add tests/support to its include path.
#pragma once

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "pyformat.hpp"

namespace aioplay::test {

// ---------------------------------------------------------------------------------------------
// Files and the manifest

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(cat("cannot read ", path));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline bool file_exists(const std::string& path) { return bool(std::ifstream(path)); }

// Just enough JSON for manifests.
struct Json {
  enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<Json> items;          // array elements, or object values
  std::vector<std::string> keys;    // object keys, parallel to items

  const Json* find(std::string_view key) const {
    for (size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return &items[i];
    return nullptr;
  }

  static Json parse(std::string_view text) {
    size_t pos = 0;
    Json v = parse_value(text, pos);
    skip_space(text, pos);
    if (pos != text.size()) fail(pos, "trailing characters");
    return v;
  }

 private:
  [[noreturn]] static void fail(size_t pos, const std::string& what) {
    throw std::runtime_error(cat("JSON: ", what, " at offset ", std::to_string(pos)));
  }
  static void skip_space(std::string_view t, size_t& p) {
    while (p < t.size() && (t[p] == ' ' || t[p] == '\n' || t[p] == '\r' || t[p] == '\t')) ++p;
  }
  static void expect(std::string_view t, size_t& p, char c) {
    skip_space(t, p);
    if (p >= t.size() || t[p] != c) fail(p, cat("expected '", std::string(1, c), "'"));
    ++p;
  }
  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }
  static std::string parse_string(std::string_view t, size_t& p) {
    expect(t, p, '"');
    std::string out;
    while (p < t.size() && t[p] != '"') {
      char c = t[p++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (p >= t.size()) break;
      char e = t[p++];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u':
          if (p + 4 > t.size()) fail(p, "bad \\u escape");
          append_utf8(out, unsigned(std::strtoul(std::string(t.substr(p, 4)).c_str(), nullptr, 16)));
          p += 4;
          break;
        default: out += e;  // \" \\ \/
      }
    }
    if (p >= t.size()) fail(p, "unterminated string");
    ++p;
    return out;
  }
  static Json parse_value(std::string_view t, size_t& p) {
    skip_space(t, p);
    if (p >= t.size()) fail(p, "unexpected end");
    Json v;
    char c = t[p];
    if (c == '{') {
      v.kind = Kind::object;
      ++p;
      skip_space(t, p);
      if (p < t.size() && t[p] == '}') return ++p, v;
      for (;;) {
        v.keys.push_back(parse_string(t, p));
        expect(t, p, ':');
        v.items.push_back(parse_value(t, p));
        skip_space(t, p);
        if (p < t.size() && t[p] == ',') {
          ++p;
          continue;
        }
        expect(t, p, '}');
        return v;
      }
    }
    if (c == '[') {
      v.kind = Kind::array;
      ++p;
      skip_space(t, p);
      if (p < t.size() && t[p] == ']') return ++p, v;
      for (;;) {
        v.items.push_back(parse_value(t, p));
        skip_space(t, p);
        if (p < t.size() && t[p] == ',') {
          ++p;
          continue;
        }
        expect(t, p, ']');
        return v;
      }
    }
    if (c == '"') {
      v.kind = Kind::string;
      v.string = parse_string(t, p);
      return v;
    }
    for (auto [word, kind, value] : {std::tuple{"true", Kind::boolean, true}, std::tuple{"false", Kind::boolean, false},
                                     std::tuple{"null", Kind::null, false}}) {
      if (t.substr(p, std::string_view(word).size()) == word) {
        p += std::string_view(word).size();
        v.kind = kind;
        v.boolean = value;
        return v;
      }
    }
    std::string rest(t.substr(p, 40));
    char* end = nullptr;
    v.number = std::strtod(rest.c_str(), &end);
    if (end == rest.c_str()) fail(p, "unexpected character");
    v.kind = Kind::number;
    p += size_t(end - rest.c_str());
    return v;
  }
};

struct CompareOptions {
  std::vector<std::string> duration_markers{"TIME:"};
  double duration_tolerance = 0.1;                   // seconds
  std::vector<std::pair<int, int>> unordered_lines;  // 1-based, inclusive
};

// A program's entry in its suite's manifest.json.
struct ProgramOptions {
  std::optional<double> interrupt_at;  // deliver a KeyboardInterrupt (Ctrl+C) at this time
  bool python38_all_tasks = false;     // the program calls Python 3.8's asyncio.Task.all_tasks()
  std::string stdin_text;              // the manifest's "stdin": fed to the program's standard input
  CompareOptions compare;
};

// The options of `program` (a file name) from `suite_dir`/manifest.json; defaults if the manifest or
// the entry is missing. Unknown options are an error, as in scripts/record_cpython.py.
inline ProgramOptions program_options(const std::string& suite_dir, const std::string& program) {
  ProgramOptions opts;
  std::string path = suite_dir + "/manifest.json";
  if (!file_exists(path)) return opts;
  Json manifest = Json::parse(read_text_file(path));
  const Json* entry = manifest.find(program);
  if (!entry) return opts;
  auto bad = [&](const std::string& what) { return std::runtime_error(cat(path, ": ", program, ": ", what)); };
  for (size_t i = 0; i < entry->keys.size(); ++i) {
    const std::string& key = entry->keys[i];
    const Json& v = entry->items[i];
    if (key == "interrupt_at" && v.kind == Json::Kind::number) {
      opts.interrupt_at = v.number;
    } else if (key == "python38_all_tasks" && v.kind == Json::Kind::boolean) {
      opts.python38_all_tasks = v.boolean;
    } else if (key == "stdin" && v.kind == Json::Kind::string) {
      opts.stdin_text = v.string;
    } else if (key == "unordered_lines" && v.kind == Json::Kind::array) {
      for (const Json& r : v.items) {
        if (r.kind != Json::Kind::array || r.items.size() != 2) throw bad("unordered_lines: want [[first, last], ...]");
        opts.compare.unordered_lines.emplace_back(int(r.items[0].number), int(r.items[1].number));
      }
    } else {
      throw bad(cat("unknown option or wrong type: ", key));
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Comparison

namespace detail {

inline std::vector<std::string> split_lines(std::string_view text, bool& final_newline) {
  std::vector<std::string> lines;
  final_newline = text.empty() || text.back() == '\n';
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    lines.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// The line with its numbers taken out: the text between them, and the numbers.
struct NumberSplit {
  std::vector<std::string> text;
  std::vector<double> numbers;
};

inline NumberSplit split_numbers(const std::string& s) {
  NumberSplit r;
  std::string cur;
  size_t i = 0;
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  while (i < s.size()) {
    bool boundary = i == 0 || !is_word(s[i - 1]);
    size_t j = i;
    if (boundary && (s[j] == '-' || s[j] == '+')) ++j;
    bool digits = j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) ||
                                   (s[j] == '.' && j + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 1]))));
    if (boundary && digits) {
      char* end = nullptr;
      double v = std::strtod(s.c_str() + i, &end);
      if (end > s.c_str() + i) {
        r.text.push_back(cur);
        cur.clear();
        r.numbers.push_back(v);
        i = size_t(end - s.c_str());
        continue;
      }
    }
    cur += s[i++];
  }
  r.text.push_back(cur);
  return r;
}

inline bool numbers_match(const std::string& expected, const std::string& actual, double tolerance) {
  NumberSplit e = split_numbers(expected), a = split_numbers(actual);
  if (e.text != a.text || e.numbers.size() != a.numbers.size()) return false;
  for (size_t i = 0; i < e.numbers.size(); ++i)
    if (!(std::fabs(e.numbers[i] - a.numbers[i]) <= tolerance)) return false;
  return true;
}

// A line cut into plain text and set displays.
struct Segment {
  bool is_set = false;
  std::string text;                // plain text
  std::vector<std::string> elems;  // set elements, sorted
};

// Splits the inside of a brace group at top-level ", ". False if it is unbalanced or a dict.
inline bool split_set_elements(std::string_view inner, std::vector<std::string>& elems) {
  std::vector<char> stack;
  char quote = 0;
  size_t start = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    char c = inner[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    switch (c) {
      case '\'': case '"': quote = c; break;
      case '(': stack.push_back(')'); break;
      case '[': stack.push_back(']'); break;
      case '{': stack.push_back('}'); break;
      case '<': stack.push_back('>'); break;
      case ')': case ']': case '}': case '>':
        if (stack.empty() || stack.back() != c) return false;
        stack.pop_back();
        break;
      case ':':
        if (stack.empty() && i + 1 < inner.size() && inner[i + 1] == ' ') return false;  // a dict
        break;
      case ',':
        if (stack.empty() && i + 1 < inner.size() && inner[i + 1] == ' ') {
          elems.emplace_back(inner.substr(start, i - start));
          start = i + 2;
          ++i;
        }
        break;
      default: break;
    }
  }
  if (quote || !stack.empty()) return false;
  elems.emplace_back(inner.substr(start));
  return true;
}

inline std::vector<Segment> split_sets(const std::string& line) {
  std::vector<Segment> segs;
  std::string text;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '{') {
      // The matching '}' at brace depth 0, skipping quoted text.
      int depth = 0;
      char quote = 0;
      size_t j = i;
      for (; j < line.size(); ++j) {
        char c = line[j];
        if (quote) {
          if (c == '\\') ++j;
          else if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '{') {
          ++depth;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      std::vector<std::string> elems;
      if (j < line.size() && j > i + 1 && split_set_elements(std::string_view(line).substr(i + 1, j - i - 1), elems)) {
        segs.push_back(Segment{false, text, {}});
        text.clear();
        std::sort(elems.begin(), elems.end());
        segs.push_back(Segment{true, {}, std::move(elems)});
        i = j + 1;
        continue;
      }
    }
    text += line[i++];
  }
  segs.push_back(Segment{false, text, {}});
  return segs;
}

inline bool sets_match(const std::string& expected, const std::string& actual) {
  std::vector<Segment> e = split_sets(expected), a = split_sets(actual);
  if (e.size() != a.size() || e.size() == 1) return false;
  for (size_t i = 0; i < e.size(); ++i)
    if (e[i].is_set != a[i].is_set || e[i].text != a[i].text || e[i].elems != a[i].elems) return false;
  return true;
}

}  // namespace detail

// Whether one output line matches its recording under the rules above.
inline bool line_matches(const std::string& expected, const std::string& actual, const CompareOptions& opts = {}) {
  if (expected == actual) return true;
  for (const std::string& marker : opts.duration_markers)
    if (expected.find(marker) != std::string::npos) return detail::numbers_match(expected, actual, opts.duration_tolerance);
  return detail::sets_match(expected, actual);
}

struct Comparison {
  bool ok = true;
  std::string report;  // what differs, then both outputs with line numbers; empty if ok
  explicit operator bool() const { return ok; }
};

inline Comparison compare_output(std::string_view expected, std::string_view actual, const CompareOptions& opts = {}) {
  bool e_nl = true, a_nl = true;
  std::vector<std::string> e = detail::split_lines(expected, e_nl), a = detail::split_lines(actual, a_nl);
  std::vector<std::string> problems;
  if (e.size() != a.size())
    problems.push_back(cat(std::to_string(e.size()), " lines expected, ", std::to_string(a.size()), " written"));
  if (e_nl != a_nl) problems.push_back(e_nl ? "the last line lacks its newline" : "unexpected missing final newline");
  if (problems.empty()) {
    std::vector<bool> unordered(e.size(), false);
    for (auto [first, last] : opts.unordered_lines) {
      if (first < 1 || last < first || size_t(last) > e.size()) {
        problems.push_back(cat("unordered_lines range ", std::to_string(first), "-", std::to_string(last),
                               " is outside the output"));
        continue;
      }
      std::vector<bool> used(size_t(last - first + 1), false);
      for (int i = first; i <= last; ++i) {
        unordered[size_t(i - 1)] = true;
        bool found = false;
        for (int j = first; j <= last && !found; ++j)
          if (!used[size_t(j - first)] && line_matches(e[size_t(i - 1)], a[size_t(j - 1)], opts))
            used[size_t(j - first)] = found = true;
        if (!found)
          problems.push_back(cat("line ", std::to_string(i), " (unordered ", std::to_string(first), "-",
                                 std::to_string(last), ") has no match: ", e[size_t(i - 1)]));
      }
    }
    for (size_t i = 0; i < e.size(); ++i)
      if (!unordered[i] && !line_matches(e[i], a[i], opts))
        problems.push_back(cat("line ", std::to_string(i + 1), ":\n  expected: ", e[i], "\n  actual:   ", a[i]));
  }
  Comparison c;
  if (problems.empty()) return c;
  c.ok = false;
  for (auto& p : problems) c.report += cat(p, "\n");
  auto listing = [](const char* title, const std::vector<std::string>& lines) {
    std::string s = cat("--- ", title, "\n");
    for (size_t i = 0; i < lines.size(); ++i) s += cat(std::to_string(i + 1), ": ", lines[i], "\n");
    return s;
  };
  c.report += listing("expected (CPython)", e) + listing("actual", a);
  return c;
}

}  // namespace aioplay::test
