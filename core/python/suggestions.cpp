#include "python/suggestions.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "python/code.hpp"
#include "python/dict_object.hpp"
#include "python/errors.hpp"
#include "python/runtime.hpp"
#include "python/str_object.hpp"
#include "python/vm.hpp"

namespace py {
namespace {

constexpr std::size_t kMaxCandidates = 750;
constexpr std::size_t kMaxStringSize = 40;
constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;

std::size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// CPython's levenshtein_distance over UTF-8 bytes: max_cost + 1 as soon as it cannot be met.
std::size_t distance(std::string_view a, std::string_view b, std::size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // One row of the matrix, updated in place: row[i] is the cost of b[:j] -> a[:i+1].
  std::size_t row[kMaxStringSize];
  for (std::size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  std::size_t result = 0;
  for (std::size_t j = 0; j < b.size(); ++j) {
    std::size_t diagonal = result = j * kMoveCost;
    std::size_t minimum = SIZE_MAX;
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::size_t substitute = diagonal + substitution_cost(b[j], a[i]);
      diagonal = row[i];
      result = std::min(std::min(result, diagonal) + kMoveCost, substitute);
      row[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// calculate_suggestions(): the closest candidate within a third of the characters involved.
std::optional<std::string> closest(const std::vector<std::string>& candidates, std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return std::nullopt;
  std::optional<std::string> best;
  std::size_t best_distance = SIZE_MAX;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    std::size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    const std::size_t d = distance(name, item, max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

std::vector<std::string> dict_keys(const DictObject* dict) {
  std::vector<std::string> keys;
  if (dict == nullptr) return keys;
  for (const DictObject::Entry& e : dict->entries()) {
    if (e.key && is_str(e.key)) keys.push_back(as_str(e.key)->text());
  }
  return keys;
}

std::optional<std::string> for_name_error(BaseExceptionObject* exc, std::string_view name) {
  const TracebackObject* tb = exc->traceback.get();
  if (tb == nullptr) return std::nullopt;
  while (tb->next) tb = tb->next.get();
  const auto* code = static_cast<const CodeObject*>(tb->code.object());
  std::vector<std::string> locals;
  for (std::size_t i = 0; i < code->localsplus_names.size(); ++i) {
    if (code->localsplus_kinds[i] & kLocalPlain) locals.push_back(code->localsplus_names[i]->text());
  }
  if (auto s = closest(locals, name)) return s;
  if (tb->globals && is_dict(tb->globals)) {
    if (auto s = closest(dict_keys(as_dict(tb->globals)), name)) return s;
  }
  return closest(dict_keys(vm_builtins()), name);
}

std::optional<std::string> for_attribute_error(BaseExceptionObject* exc, std::string_view name) {
  if (!exc->obj) return std::nullopt;
  Value dir = vm_builtins()->get_str(intern("dir"));
  Value names = dir ? call(dir, {exc->obj}) : Value();
  std::vector<Value> items;
  if (!names || !collect(names, items)) {
    clear_error();
    return std::nullopt;
  }
  std::vector<std::string> candidates;
  for (const Value& v : items) {
    if (is_str(v)) candidates.push_back(as_str(v)->text());
  }
  return closest(candidates, name);
}

}  // namespace

std::optional<std::string> offer_suggestion(BaseExceptionObject* exc) {
  if (!exc->name || !is_str(exc->name)) return std::nullopt;
  const std::string name = as_str(exc->name)->text();
  Type* type = exc->type();
  if (type->is_subtype_of(name_error_type)) return for_name_error(exc, name);
  if (type->is_subtype_of(attribute_error_type)) return for_attribute_error(exc, name);
  return std::nullopt;
}

}  // namespace py
