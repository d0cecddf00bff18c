// asyncio.shield(): an outer future that mirrors `inner`, so that cancelling the outer one (or the
// task awaiting it) leaves `inner` running.
#pragma once

#include <type_traits>

#include "loop/future.hpp"

namespace aio {

template <class T>
Future<T> shield(Future<T> inner) {
  if (inner.done()) return inner;
  Future<T> outer(inner.loop());
  Ref<Callback> inner_done = inner.add_done_callback(
      [outer, inner](FutureBase&) {
        if (outer.cancelled()) {
          if (!inner.cancelled()) inner.exception();  // mark retrieved
          return;
        }
        if (inner.cancelled()) {
          outer.cancel();
        } else if (std::exception_ptr e = inner.exception()) {
          outer.set_exception(e);
        } else if constexpr (std::is_void_v<T>) {
          outer.set_result();
        } else {
          outer.set_result(inner.result());
        }
      },
      "shield._inner_done_callback");
  outer.add_done_callback(
      [inner, inner_done](FutureBase&) {
        if (!inner.done()) inner.remove_done_callback(inner_done.get());
      },
      "shield._outer_done_callback");
  return outer;
}

}  // namespace aio
