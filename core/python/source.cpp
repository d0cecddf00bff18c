#include "python/source.hpp"

#include <cctype>

#include "python/unicode.hpp"

namespace py {

namespace {

// get_coding_spec (CPython tokenizer.c): a comment line containing "coding[:=] name".
std::optional<std::string> coding_spec(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  for (std::size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    std::size_t t = at + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    do {
      t++;
    } while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    std::size_t begin = t;
    while (t < line.size() && (std::isalnum(static_cast<unsigned char>(line[t])) || line[t] == '-' || line[t] == '_' ||
                               line[t] == '.')) {
      t++;
    }
    if (begin < t) return std::string(line.substr(begin, t - begin));
  }
  return std::nullopt;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// get_normal_name, extended with the other names of the encodings we convert.
std::string normal_encoding_name(const std::string& name) {
  std::string buf;
  for (char c : name.substr(0, 12)) buf += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (buf == "utf-8" || starts_with(buf, "utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts_with(buf, "latin-1-") ||
      starts_with(buf, "iso-8859-1-") || starts_with(buf, "iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : s) c = c == '_' ? '-' : c;
  return s;
}

// Windows-1252 bytes 0x80..0x9F (0 where undefined; those bytes map to themselves like Latin-1).
const char32_t kCp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string transcode_8bit(std::string_view raw, bool cp1252) {
  std::string out;
  out.reserve(raw.size() + raw.size() / 8);
  for (char ch : raw) {
    unsigned char c = static_cast<unsigned char>(ch);
    char32_t cp = c;
    if (cp1252 && c >= 0x80 && c < 0xA0 && kCp1252[c - 0x80] != 0) cp = kCp1252[c - 0x80];
    unicode::append_utf8(out, cp);
  }
  return out;
}

}  // namespace

SourceText::SourceText(std::string_view raw) {
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") {
    raw.remove_prefix(3);
    had_bom_ = true;
    declared_encoding_ = true;
  }
  // PEP 263: the declaration may be on line 2 only if line 1 is blank or a comment.
  std::string converted;
  {
    std::size_t nl = raw.find_first_of("\r\n");
    std::string_view line1 = raw.substr(0, nl);
    std::optional<std::string> spec = coding_spec(line1);
    if (!spec && nl != std::string_view::npos) {
      std::size_t i = 0;
      while (i < line1.size() && (line1[i] == ' ' || line1[i] == '\t' || line1[i] == '\f')) i++;
      if (i == line1.size() || line1[i] == '#') {
        std::size_t start2 = nl + 1;
        if (raw[nl] == '\r' && start2 < raw.size() && raw[start2] == '\n') start2++;
        std::string_view rest = raw.substr(start2);
        spec = coding_spec(rest.substr(0, rest.find_first_of("\r\n")));
      }
    }
    if (spec) {
      std::string name = normal_encoding_name(*spec);
      declared_encoding_ = true;
      if (had_bom_ && name != "utf-8") {
        encoding_error_ = "encoding problem: " + name + " with BOM";
      } else if (name == "iso-8859-1" || lower(name) == "latin1" || lower(name) == "l1" ||
                 lower(name) == "iso8859-1" || lower(name) == "cp819") {
        converted = transcode_8bit(raw, false);
      } else if (lower(name) == "cp1252" || lower(name) == "windows-1252") {
        converted = transcode_8bit(raw, true);
      } else if (name != "utf-8" && lower(name) != "ascii" && lower(name) != "us-ascii") {
        encoding_error_ = "encoding '" + name + "' is not supported here: save the file as UTF-8";
      }
      if (!converted.empty()) raw = converted;
    }
  }
  text_.reserve(raw.size() + 1);
  for (std::size_t i = 0; i < raw.size(); i++) {
    char c = raw[i];
    if (c == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') i++;
      c = '\n';
    }
    text_ += c;
  }
  if (!text_.empty() && text_.back() != '\n') {
    text_ += '\n';
    had_final_newline_ = false;
  }
  line_starts_.push_back(0);
  for (std::size_t i = 0; i + 1 < text_.size(); i++) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
  if (text_.empty()) line_starts_.clear();
}

std::size_t SourceText::line_start(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  return line_starts_[static_cast<std::size_t>(line - 1)];
}

std::string_view SourceText::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t begin = line_start(line);
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(begin, end - begin);
}

std::string SourceText::line_as_error_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::string out = line == 1 && had_bom_ ? "\xEF\xBB\xBF" : "";
  out += this->line(line);
  if (line < line_count() || had_final_newline_) out += '\n';
  return out;
}

}  // namespace py
