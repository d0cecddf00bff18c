// The chapter list: the tutorial's sections with their examples as buttons. The selected one
// carries aria-current. On narrow screens the list folds behind a "Chapters" toggle.
import { sections } from './chapters.js';

export function createNav({ list, toggle, i18n, onSelect }) {
  let selectedId = null;

  function render() {
    const { lang } = i18n;
    const items = sections.map((section, index) => {
      const item = document.createElement('li');
      item.className = 'nav-section';
      const heading = document.createElement('h3');
      heading.textContent = `${index + 1}. ${section.title[lang]}`;
      const examples = document.createElement('ul');
      for (const example of section.examples) {
        const entry = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'nav-example';
        button.dataset.exampleId = example.id;
        button.textContent = example.title[lang];
        if (example.id === selectedId) button.setAttribute('aria-current', 'true');
        button.addEventListener('click', () => {
          if (narrow.matches) setOpen(false);
          onSelect(example.id);
        });
        entry.append(button);
        examples.append(entry);
      }
      item.append(heading, examples);
      return item;
    });
    list.replaceChildren(...items);
  }

  function setOpen(open) {
    toggle.setAttribute('aria-expanded', String(open));
    list.classList.toggle('open', open);
  }

  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));

  // Only narrow screens fold the list (style.css); on wide ones the toggle is a plain heading.
  const narrow = matchMedia('(max-width: 760px)');
  const fitScreen = () => {
    toggle.disabled = !narrow.matches;
    setOpen(!narrow.matches);
  };
  narrow.addEventListener('change', fitScreen);
  fitScreen();

  return {
    render,
    select(id) {
      selectedId = id;
      for (const button of list.querySelectorAll('[data-example-id]')) {
        if (button.dataset.exampleId === id) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    },
  };
}
