// calc_number_widths, fill_number and _PyUnicode_InsertThousandsGrouping of CPython 3.11:
// how sign, prefix, padding and separators are laid out. Zero padding ('0' fill with '='
// alignment) is counted through the separators, so format(1234, '010,') is '00,001,234'.
#include <algorithm>
#include <vector>

#include "python/format_internal.hpp"
#include "python/number_text.hpp"

namespace py::format_detail {

namespace {

// _PyUnicode_InsertThousandsGrouping: the grouped digits, zero-padded on the left until
// min_width characters (separators included) are used. Groups are computed right to left and
// written left to right.
struct Group {
  std::int64_t zeros, chars;
};

// Group sizes, right to left; no allocation for up to 24 groups (a 70-digit number).
class Groups {
 public:
  void push_back(Group g) {
    if (size_ < kInline) {
      inline_[size_] = g;
    } else {
      if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
      heap_.push_back(g);
    }
    size_++;
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const Group& operator[](std::size_t i) const { return heap_.empty() ? inline_[i] : heap_[i]; }

 private:
  static constexpr std::size_t kInline = 24;
  Group inline_[kInline];
  std::size_t size_ = 0;
  std::vector<Group> heap_;
};

std::size_t plan_groups(std::int64_t n_digits, std::int64_t min_width, int group, bool has_separator, Groups& groups) {
  std::int64_t remaining = n_digits;
  min_width = std::max<std::int64_t>(0, min_width);
  const std::int64_t sep_len = has_separator ? 1 : 0;
  std::size_t total = 0;
  auto take = [&](std::int64_t len) {
    const Group g{std::max<std::int64_t>(0, len - remaining), std::max<std::int64_t>(0, std::min(remaining, len))};
    total += static_cast<std::size_t>(g.zeros + g.chars) + (groups.empty() ? 0 : static_cast<std::size_t>(sep_len));
    groups.push_back(g);
    remaining -= g.chars;
  };
  bool broken = false;
  if (group > 0) {
    for (;;) {
      const std::int64_t len = std::min<std::int64_t>(group, std::max<std::int64_t>({remaining, min_width, 1}));
      take(len);
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= sep_len;
    }
  }
  if (!broken) take(std::max<std::int64_t>({remaining, min_width, 1}));
  return total;
}

void write_groups(std::string& out, std::string_view digits, const Groups& groups, char separator) {
  std::size_t pos = 0;
  for (std::size_t i = groups.size(); i-- > 0;) {
    out.append(static_cast<std::size_t>(groups[i].zeros), '0');
    out.append(digits.substr(pos, static_cast<std::size_t>(groups[i].chars)));
    pos += static_cast<std::size_t>(groups[i].chars);
    if (i > 0 && separator) out += separator;
  }
}

}  // namespace

NumResult<std::string> render(const Spec& spec, const Parts& p, bool locale_n, const FormatLimits& limits) {
  int group = 0;
  char separator = 0;
  if (!locale_n) {
    switch (spec.grouping) {
      case Grouping::Comma: group = 3, separator = ','; break;
      case Grouping::Underscore: group = 3, separator = '_'; break;
      case Grouping::UnderscoreFour: group = 4, separator = '_'; break;
      case Grouping::None: break;
    }
  }
  char sign = 0;
  if (spec.sign == '+') {
    sign = p.negative ? '-' : '+';
  } else if (spec.sign == ' ') {
    sign = p.negative ? '-' : ' ';
  } else if (p.negative) {
    sign = '-';
  }
  const std::int64_t n_decimal = p.has_decimal ? 1 : 0;
  const std::int64_t non_digit = (sign ? 1 : 0) + static_cast<std::int64_t>(p.prefix.size()) + n_decimal +
                                 static_cast<std::int64_t>(p.remainder_chars);
  const std::int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - non_digit : 0;
  if (spec.width > 0 && static_cast<std::uint64_t>(spec.width) > limits.max_length) return NumErrc::Memory;
  Groups groups;
  const std::size_t grouped =
      p.digits.empty() ? 0 : plan_groups(static_cast<std::int64_t>(p.digits.size()), min_width, group, separator, groups);
  const std::int64_t used = non_digit + static_cast<std::int64_t>(grouped);
  if (static_cast<std::uint64_t>(used) > limits.max_length) return NumErrc::Memory;
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  const std::int64_t padding = spec.width - used;
  if (padding > 0) {
    switch (spec.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2, rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string fill_utf8;
  append_utf8(fill_utf8, spec.fill);
  auto pad = [&](std::string& out, std::int64_t n) {
    if (fill_utf8.size() == 1) {
      out.append(static_cast<std::size_t>(n), fill_utf8[0]);
    } else {
      for (std::int64_t i = 0; i < n; i++) out += fill_utf8;
    }
  };
  std::string out;
  out.reserve(static_cast<std::size_t>(used) + static_cast<std::size_t>(std::max<std::int64_t>(padding, 0)) * fill_utf8.size());
  pad(out, lpad);
  if (sign) out += sign;
  out += p.prefix;
  pad(out, spad);
  if (!p.digits.empty()) write_groups(out, p.digits, groups, separator);
  if (p.has_decimal) out += '.';
  out += p.remainder;
  pad(out, rpad);
  return out;
}

}  // namespace py::format_detail
