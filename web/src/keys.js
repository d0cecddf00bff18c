// While a program runs, Escape or Ctrl+C anywhere in the page stops it, as Ctrl+C does in a
// terminal. Ctrl+C with text selected keeps meaning "copy".
export function bindStopKeys({ isRunning, stop }) {
  document.addEventListener('keydown', (event) => {
    if (!isRunning()) return;
    const copying = String(window.getSelection() ?? '') !== '';
    const ctrlC = event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'c' && !copying;
    if (event.key !== 'Escape' && !ctrlC) return;
    event.preventDefault();
    stop();
  });
}
