// Collects what a program writes during one slice so the host is called once per stream change
// instead of once per print(): crossing into JS per write would cost more than the write itself.
// Chunks keep the order in which stdout and stderr were written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aioplay_wasm {

enum class Stream { out, err };

class OutputBatch {
 public:
  struct Chunk {
    Stream stream;
    std::string text;
  };

  void write(Stream stream, std::string_view text) {
    if (text.empty()) return;
    if (chunks_.empty() || chunks_.back().stream != stream) chunks_.push_back({stream, {}});
    chunks_.back().text.append(text);
  }

  // Hands every complete chunk to `emit(stream, text)` and forgets it. A UTF-8 sequence cut at
  // the end of the last chunk (an output cap can cut anywhere) stays behind for the next flush,
  // so the host never decodes half a character into U+FFFD. `final` flushes it anyway.
  template <class Emit>
  void flush(Emit&& emit, bool final = false) {
    std::vector<Chunk> ready;
    ready.swap(chunks_);
    if (!final && !ready.empty()) {
      std::string& last = ready.back().text;
      std::size_t keep = incomplete_utf8_suffix(last);
      if (keep > 0) {
        chunks_.push_back({ready.back().stream, last.substr(last.size() - keep)});
        last.resize(last.size() - keep);
      }
    }
    for (Chunk& chunk : ready) {
      if (!chunk.text.empty()) emit(chunk.stream, chunk.text);
    }
  }

 private:
  // Length of a trailing lead byte plus its continuation bytes when the sequence is unfinished.
  static std::size_t incomplete_utf8_suffix(const std::string& text) {
    std::size_t n = text.size();
    for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
      unsigned char c = static_cast<unsigned char>(text[n - back]);
      if ((c & 0xC0) == 0x80) continue;  // continuation byte: keep looking for the lead
      std::size_t needed = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
      return needed > back ? back : 0;
    }
    return 0;
  }

  std::vector<Chunk> chunks_;
};

}  // namespace aioplay_wasm
