// The page's own words in Chinese and English. Elements name their text with data-i18n
// (textContent), data-i18n-label (aria-label) and data-i18n-title (title), so switching the
// language is one pass over the document.
const strings = {
  en: {
    tagline: 'an asyncio playground that runs in your browser',
    chapters: 'Chapters',
    engineLoading: 'Loading the Python engine…',
    engineReady: 'Engine ready',
    engineFailed: 'The engine could not be loaded: {reason}',
    run: 'Run',
    runHint: 'Ctrl+Enter',
    stop: 'Stop',
    stopHint: 'Esc',
    reset: 'Reset',
    resetLabel: 'Reset the example to its original code',
    fastForward: 'Fast-forward time',
    fastForwardHint: 'Skip sleeps on a virtual clock instead of waiting in real time',
    share: 'Share',
    shareCopied: 'Link copied to the clipboard',
    shareInAddressBar: 'Link is in the address bar',
    loopTime: 'loop time {seconds} s',
    toolbar: 'Program controls',
    editorLabel: 'Python code',
    output: 'Output',
    outputLabel: 'Program output',
    clear: 'Clear',
    clearLabel: 'Clear the output',
    stdinLabel: 'Input for the program',
    timeline: 'Timeline',
    timelineEmpty: 'Run a program to see its tasks on the event loop\'s clock.',
    timelineTruncated: 'Too many events: later ones are not drawn.',
    mainProgram: 'main program',
    inspector: 'Event loop',
    pause: 'Pause',
    resume: 'Resume',
    step: 'Step',
    inspectorEmpty: 'Pause a running program to look inside the event loop.',
    readyQueue: 'Ready queue',
    timers: 'Timers',
    tasks: 'Tasks',
    nothing: 'empty',
    at: 'at {seconds} s',
    exitedOk: 'Finished.',
    exitedWith: 'Exited with status {status}.',
    stopped: 'Stopped.',
    terminated: 'The program did not stop in time and was terminated.',
    goToLine: 'Go to line {line}',
    langSwitch: '中文',
    langSwitchLabel: 'Switch the page to Chinese',
    eventRunning: 'running',
    eventAwaiting: 'awaiting {what}',
    eventDone: 'done',
    eventCancelled: 'cancelled',
    eventFailed: 'failed',
    eventCallback: 'callback {what}',
    eventCreated: 'created',
    fromTo: '{from} s – {to} s',
    snippet: 'Runnable Python example',
    openInPlayground: 'Open in the playground',
    openInPlaygroundHint: 'Opens this code in the aioplay playground in a new tab',
  },
  zh: {
    tagline: '在浏览器里运行的 asyncio 练习场',
    chapters: '章节',
    engineLoading: '正在加载 Python 引擎…',
    engineReady: '引擎已就绪',
    engineFailed: '引擎加载失败：{reason}',
    run: '运行',
    runHint: 'Ctrl+Enter',
    stop: '停止',
    stopHint: 'Esc',
    reset: '重置',
    resetLabel: '把示例恢复为原始代码',
    fastForward: '快进时间',
    fastForwardHint: '用虚拟时钟跳过 sleep，不按真实时间等待',
    share: '分享',
    shareCopied: '链接已复制到剪贴板',
    shareInAddressBar: '链接已放在地址栏中',
    loopTime: '循环时间 {seconds} 秒',
    toolbar: '程序控制',
    editorLabel: 'Python 代码',
    output: '输出',
    outputLabel: '程序输出',
    clear: '清空',
    clearLabel: '清空输出',
    stdinLabel: '给程序的输入',
    timeline: '时间线',
    timelineEmpty: '运行程序后，这里按事件循环的时钟显示各个任务。',
    timelineTruncated: '事件太多，后面的没有画出。',
    mainProgram: '主程序',
    inspector: '事件循环',
    pause: '暂停',
    resume: '继续',
    step: '单步',
    inspectorEmpty: '暂停正在运行的程序，查看事件循环的内部。',
    readyQueue: '就绪队列',
    timers: '定时器',
    tasks: '任务',
    nothing: '空',
    at: '{seconds} 秒时',
    exitedOk: '运行结束。',
    exitedWith: '退出状态 {status}。',
    stopped: '已停止。',
    terminated: '程序没有及时停止，已被强制结束。',
    goToLine: '跳到第 {line} 行',
    langSwitch: 'English',
    langSwitchLabel: '把页面切换为英文',
    eventRunning: '运行中',
    eventAwaiting: '等待 {what}',
    eventDone: '完成',
    eventCancelled: '已取消',
    eventFailed: '失败',
    eventCallback: '回调 {what}',
    eventCreated: '已创建',
    fromTo: '{from} 秒 – {to} 秒',
    snippet: '可运行的 Python 示例',
    openInPlayground: '在练习场中打开',
    openInPlaygroundHint: '在新标签页的 aioplay 练习场中打开这段代码',
  },
};

export const languages = Object.keys(strings);

// The browser's first preferred language that we have, else English.
export function browserLanguage(preferred = navigator.languages ?? [navigator.language]) {
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (languages.includes(base)) return base;
  }
  return 'en';
}

export function createI18n(initial) {
  let lang = languages.includes(initial) ? initial : 'en';
  const listeners = [];

  function t(key, vars = {}) {
    const text = strings[lang][key] ?? strings.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''));
  }

  function apply(root = document) {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of root.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
    for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  }

  return {
    t,
    apply,
    get lang() { return lang; },
    setLang(next) {
      lang = next;
      apply();
      for (const listener of listeners) listener(lang);
    },
    onChange(listener) { listeners.push(listener); },
  };
}
