// The old iteration protocol: iter() of an object whose class has __getitem__ but no __iter__
// calls __getitem__(0), __getitem__(1), ... until IndexError (CPython's "iterator" type).
#include "python/errors.hpp"
#include "python/int_object.hpp"
#include "python/object_model.hpp"
#include "python/runtime.hpp"

namespace py {
namespace {

Type* sequence_iterator_type = nullptr;

struct SequenceIteratorObject : Object {
  explicit SequenceIteratorObject(Value sequence) : Object(sequence_iterator_type), seq(std::move(sequence)) {}
  Value seq;  // empty once exhausted
  std::int64_t index = 0;
};

Value sequence_iterator_next(const Value& self) {
  auto* it = static_cast<SequenceIteratorObject*>(self.object());
  if (!it->seq) return nullptr;
  Value item = get_item(it->seq, int_from_int64(it->index));
  if (item) {
    it->index++;
    return item;
  }
  if (error_matches(index_error_type) || error_matches(stop_iteration_type)) {
    clear_error();
    it->seq = Value();
  }
  return nullptr;
}

}  // namespace

Value make_sequence_iterator(const Value& sequence) { return make<SequenceIteratorObject>(sequence); }

void create_sequence_iterator_type() {
  sequence_iterator_type = new_object_model_type("iterator");
  sequence_iterator_type->iter = [](const Value& self) { return self; };
  sequence_iterator_type->next = sequence_iterator_next;
}

}  // namespace py
