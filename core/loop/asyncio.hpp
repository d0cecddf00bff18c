// Everything core/loop offers, in one include.
#pragma once

#include "loop/as_completed.hpp"
#include "loop/event.hpp"
#include "loop/event_loop.hpp"
#include "loop/future.hpp"
#include "loop/gather.hpp"
#include "loop/lock.hpp"
#include "loop/queue.hpp"
#include "loop/semaphore.hpp"
#include "loop/shield.hpp"
#include "loop/sleep.hpp"
#include "loop/task.hpp"
#include "loop/wait.hpp"
#include "loop/wait_for.hpp"
