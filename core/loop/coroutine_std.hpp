// One spelling of the coroutine library for g++ 12 (<coroutine>) and Emscripten 3.1.6's libc++ 13,
// which only has <experimental/coroutine>.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace aio::coro {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace aio::coro
#elif __has_include(<experimental/coroutine>)
#include <experimental/coroutine>
namespace aio::coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace aio::coro
#else
#error "no coroutine header"
#endif
