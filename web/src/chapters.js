// The tutorial's eight sections in its order, each with its runnable examples and a short
// explanation of our own in Chinese and English. The programs themselves are the conformance
// programs (tests/conformance/tutorial), bundled as text, so the page shows exactly the code
// whose CPython output the tests compare against.
import define01 from '../../tests/conformance/tutorial/01_define_coroutine.py';
import task02 from '../../tests/conformance/tutorial/02_create_task.py';
import callback03 from '../../tests/conformance/tutorial/03_callback.py';
import partial03b from '../../tests/conformance/tutorial/03b_callback_partial.py';
import result04 from '../../tests/conformance/tutorial/04_future_result.py';
import await05 from '../../tests/conformance/tutorial/05_blocking_await.py';
import concurrency06 from '../../tests/conformance/tutorial/06_concurrency.py';
import wait07 from '../../tests/conformance/tutorial/07_nested_wait.py';
import gather07b from '../../tests/conformance/tutorial/07b_nested_gather.py';
import returnGather07c from '../../tests/conformance/tutorial/07c_nested_return_gather.py';
import asCompleted07d from '../../tests/conformance/tutorial/07d_nested_as_completed.py';
import stopAll08 from '../../tests/conformance/tutorial/08_stop_all_tasks.py';
import stopGather08b from '../../tests/conformance/tutorial/08b_stop_gather.py';

export const sections = [
  {
    id: 'define',
    title: { zh: '定义一个协程', en: 'Defining a coroutine' },
    examples: [{
      id: '01_define_coroutine',
      code: define01,
      title: { zh: 'async def 与事件循环', en: 'async def and the event loop' },
      text: {
        zh: '用 async def 写出的函数，调用后并不会马上执行，而是得到一个协程对象。只有把它交给事件循环（这里是 run_until_complete），它才真正运行。',
        en: 'Calling a function written with async def does not run it: you get a coroutine object. It only runs once you hand it to the event loop, here with run_until_complete.',
      },
    }],
  },
  {
    id: 'task',
    title: { zh: '创建一个 task', en: 'Creating a task' },
    examples: [{
      id: '02_create_task',
      code: task02,
      title: { zh: 'task 的状态', en: 'A task and its states' },
      text: {
        zh: 'task 把协程包装起来，并记录它的状态和结果。打印两次 task：运行前是 pending，运行后是 finished，结果也保存在里面。task 是 Future 的子类。',
        en: 'A task wraps a coroutine and records its state and result. The task is printed twice: pending before the loop runs it, finished afterwards, with its result. Task is a subclass of Future.',
      },
    }],
  },
  {
    id: 'callback',
    title: { zh: '绑定回调', en: 'Done callbacks' },
    examples: [
      {
        id: '03_callback',
        code: callback03,
        title: { zh: 'add_done_callback', en: 'add_done_callback' },
        text: {
          zh: 'task 完成时，事件循环会调用用 add_done_callback 注册的函数，并把 task 本身作为最后一个参数传进去，回调里用 result() 取出返回值。',
          en: 'When the task finishes, the loop calls the function registered with add_done_callback and passes the task itself as the last argument; the callback reads the return value with result().',
        },
      },
      {
        id: '03b_callback_partial',
        code: partial03b,
        title: { zh: '用 functools.partial 传多个参数', en: 'More arguments with functools.partial' },
        text: {
          zh: '回调只会收到 future 一个参数。需要更多参数时，用 functools.partial 先把其余参数绑定好。',
          en: 'A done callback receives only the future. To give it more arguments, bind them first with functools.partial.',
        },
      },
    ],
  },
  {
    id: 'future',
    title: { zh: 'future 与 result', en: 'Futures and results' },
    examples: [{
      id: '04_future_result',
      code: result04,
      title: { zh: '不用回调读取结果', en: 'Reading the result without a callback' },
      text: {
        zh: '回调写多了代码会很难读。run_until_complete 返回后 task 已经是 finished 状态，可以直接调用 task.result() 取得结果。',
        en: 'Callbacks quickly make code hard to follow. Once run_until_complete returns, the task is finished, so task.result() gives the result directly.',
      },
    }],
  },
  {
    id: 'await',
    title: { zh: '阻塞与 await', en: 'Blocking and await' },
    examples: [{
      id: '05_blocking_await',
      code: await05,
      title: { zh: 'await 让出控制权', en: 'await hands control back' },
      text: {
        zh: '遇到耗时操作（这里用 asyncio.sleep 模拟 IO）时，await 会挂起当前协程，把控制权还给事件循环，让它去运行别的协程。时间线上可以看到这段等待。',
        en: 'At a slow operation (asyncio.sleep stands in for I/O here) await suspends the coroutine and gives control back to the loop, which can run other coroutines meanwhile. The timeline shows the wait.',
      },
    }],
  },
  {
    id: 'concurrency',
    title: { zh: '并发和并行', en: 'Concurrency and parallelism' },
    examples: [{
      id: '06_concurrency',
      code: concurrency06,
      title: { zh: '三个任务同时等待', en: 'Three tasks waiting at once' },
      text: {
        zh: '并发是一个人轮流照看几件事，并行是几个人各做一件事。三个任务分别睡 1、2、4 秒，它们的等待互相重叠，所以总共只用约 4 秒，而不是 7 秒。看时间线上的三条泳道。',
        en: 'Concurrency is one worker taking turns between jobs; parallelism is several workers at once. The three tasks sleep 1, 2 and 4 s and their waits overlap, so the whole run takes about 4 s, not 7. Watch the three lanes of the timeline.',
      },
    }],
  },
  {
    id: 'nested',
    title: { zh: '协程嵌套', en: 'Nested coroutines' },
    examples: [
      {
        id: '07_nested_wait',
        code: wait07,
        title: { zh: 'await asyncio.wait', en: 'await asyncio.wait' },
        text: {
          zh: '一个协程可以 await 另一个协程。main 用 asyncio.wait 等待三个任务，得到 done 和 pending 两个集合；集合没有顺序，所以结果的顺序不固定。',
          en: 'A coroutine can await other coroutines. main waits for three tasks with asyncio.wait and gets two sets, done and pending; sets have no order, so the results may come out in any order.',
        },
      },
      {
        id: '07b_nested_gather',
        code: gather07b,
        title: { zh: 'await asyncio.gather', en: 'await asyncio.gather' },
        text: {
          zh: 'asyncio.gather 直接返回各个任务的结果，顺序与传入的顺序一致。',
          en: 'asyncio.gather returns the tasks\' results directly, in the order the tasks were passed in.',
        },
      },
      {
        id: '07c_nested_return_gather',
        code: returnGather07c,
        title: { zh: '把结果返回给外层', en: 'Returning the results to the caller' },
        text: {
          zh: 'main 不自己处理结果，而是 return await gather(...)；最外层的 run_until_complete 会返回 main 的返回值。',
          en: 'main does not handle the results itself: it returns await gather(...), and the outer run_until_complete returns what main returned.',
        },
      },
      {
        id: '07d_nested_as_completed',
        code: asCompleted07d,
        title: { zh: 'asyncio.as_completed', en: 'asyncio.as_completed' },
        text: {
          zh: 'as_completed 按完成的先后给出任务，先结束的先处理，不必等所有任务都完成。',
          en: 'as_completed yields the tasks in the order they finish, so each result is handled as soon as it is ready instead of after all of them.',
        },
      },
    ],
  },
  {
    id: 'stop',
    title: { zh: '协程停止', en: 'Stopping coroutines' },
    examples: [
      {
        id: '08_stop_all_tasks',
        code: stopAll08,
        title: { zh: '逐个取消任务', en: 'Cancelling every task' },
        text: {
          zh: 'future 有 pending、running、done、cancelled 几种状态。运行后约 1 秒按“停止”（相当于 Ctrl+C）：程序捕获 KeyboardInterrupt，逐个 cancel 所有任务，再停止事件循环。',
          en: 'A future is pending, running, done or cancelled. Press Stop about a second into the run (it acts as Ctrl+C): the program catches KeyboardInterrupt, cancels every task one by one, then stops the loop.',
        },
      },
      {
        id: '08b_stop_gather',
        code: stopGather08b,
        title: { zh: '取消外层的 gather', en: 'Cancelling the outer gather' },
        text: {
          zh: '任务都由 main 里的 gather 管理时，只要取消这一个 gather，里面的任务就会一起被取消。同样在约 1 秒后按“停止”。',
          en: 'When main\'s gather holds all the tasks, cancelling that one gather cancels every task inside it. Again, press Stop about a second in.',
        },
      },
    ],
  },
];

export const examples = sections.flatMap((section) => section.examples);

export function findExample(id) {
  return examples.find((example) => example.id === id);
}
