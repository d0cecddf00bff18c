// The code editor: CodeMirror 6 with Python, line numbers, bracket matching, undo and Tab
// indentation (all from basicSetup plus indentWithTab), Ctrl/Cmd+Enter to run, and a marked
// line for the last error. Colours come from CSS variables so light and dark follow the page.
import { basicSetup } from 'codemirror';
import { EditorView, Decoration, keymap } from '@codemirror/view';
import { Annotation, Compartment, EditorState, StateEffect, StateField, Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { tags } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword], color: 'var(--syntax-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syntax-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--syntax-number)' },
  { tag: tags.comment, color: 'var(--syntax-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: 'var(--syntax-definition)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--syntax-call)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--syntax-operator)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--editor-bg)', height: '100%' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection)' },
  '.cm-gutters': { backgroundColor: 'var(--editor-gutter)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--bracket-match)', outline: 'none' },
  '.cm-error-line': { backgroundColor: 'var(--error-line)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel-bg)', color: 'var(--fg)', border: '1px solid var(--border)' },
});

const setErrorLine = StateEffect.define();

// Marks the programmatic replacements in setCode, so onChange reports only what the learner typed.
const replacing = Annotation.define();

// The accessible name changes with the page's language.
const labelCompartment = new Compartment();
const labelled = (text) => EditorView.contentAttributes.of({ 'aria-label': text });

// The marked error line; any edit clears it, since the line numbers it refers to may move.
const errorLineField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    if (transaction.docChanged) marks = Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      marks = line === null
        ? Decoration.none
        : Decoration.set([Decoration.line({ class: 'cm-error-line' }).range(transaction.state.doc.line(line).from)]);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// readOnly: the learner can select and copy but not change the code (embeds' data-readonly).
export function createEditor({ parent, code, label, onRun, onChange, readOnly = false }) {
  // CodeMirror injects its styles at run time. In a shadow root it uses constructed style
  // sheets, which the page's Content-Security-Policy (style-src 'self') allows; in the
  // document it would need a <style> element, which that policy blocks.
  const shadow = parent.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  mount.style.height = '100%';
  shadow.append(mount);
  const view = new EditorView({
    parent: mount,
    root: shadow,
    state: EditorState.create({
      doc: code,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }])),
        basicSetup,
        keymap.of([indentWithTab]),
        python(),
        indentUnit.of('    '),  // PEP 8; CodeMirror's default is two spaces
        syntaxHighlighting(highlight),
        theme,
        errorLineField,
        EditorState.readOnly.of(readOnly),
        labelCompartment.of(labelled(label)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((tr) => tr.annotation(replacing))) onChange(getCode());
        }),
      ],
    }),
  });

  function getCode() {
    return view.state.doc.toString();
  }

  function validLine(line) {
    return Number.isInteger(line) && line >= 1 && line <= view.state.doc.lines;
  }

  return {
    view,
    getCode,
    // Replaces the whole text without reporting it as the learner's edit.
    setCode(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        annotations: replacing.of(true),
        selection: { anchor: 0 },
      });
    },
    markErrorLine(line) {
      if (!validLine(line)) return;
      view.dispatch({ effects: [setErrorLine.of(line), EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'center' })] });
    },
    clearErrorLine() {
      view.dispatch({ effects: setErrorLine.of(null) });
    },
    goToLine(line) {
      if (!validLine(line)) return;
      const { from } = view.state.doc.line(line);
      view.dispatch({ selection: { anchor: from }, effects: EditorView.scrollIntoView(from, { y: 'center' }) });
      view.focus();
    },
    setLabel(text) {
      view.dispatch({ effects: labelCompartment.reconfigure(labelled(text)) });
    },
  };
}
