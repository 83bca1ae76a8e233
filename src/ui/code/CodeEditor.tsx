/**
 * The editable program: CodeMirror 6 with Python highlighting and the replay's marks.
 * Loaded lazily (it is most of the page's code), so the first screen appears at once.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { indentUnit, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, drawSelection, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { selectImported } from '../../store/io-slice';
import { useLoopscope, useStoreApi } from '../../store/react';
import { useLoopscopeList } from '../useList';
import {
  selectModuleLine,
  selectProblem,
  selectRunning,
  selectSource,
  selectTasks,
} from '../../store/selectors';
import { replayExtensions, setDiagnostic, setMarks } from './extensions';
import { pythonHighlight } from './highlight';
import { editorMarks, marksKey } from './marks';

const theme = EditorView.theme({
  '&': { fontSize: '12.5px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.45' },
  '.cm-gutters': { background: 'var(--panel)', color: 'var(--muted)', border: 'none' },
  '&.cm-focused': { outline: 'none' },
});

/** Replaces only what differs, so the caret and scroll survive a slider rewrite. */
function syncDoc(view: EditorView, source: string): void {
  const doc = view.state.doc.toString();
  if (doc === source) return;
  let start = 0;
  while (start < doc.length && start < source.length && doc[start] === source[start]) start++;
  let endDoc = doc.length;
  let endSrc = source.length;
  while (endDoc > start && endSrc > start && doc[endDoc - 1] === source[endSrc - 1]) {
    endDoc--;
    endSrc--;
  }
  view.dispatch({ changes: { from: start, to: endDoc, insert: source.slice(start, endSrc) } });
}

/** Read-only while an imported run is on screen (io-slice). */
const readOnly = new Compartment();
const readOnlyExtension = (on: boolean) => [
  EditorState.readOnly.of(on),
  EditorView.editable.of(!on),
];

export default function CodeEditor() {
  const store = useStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const source = useLoopscope(selectSource);
  const problem = useLoopscope(selectProblem);
  const tasks = useLoopscopeList(selectTasks);
  const running = useLoopscope(selectRunning);
  const moduleLine = useLoopscope(selectModuleLine);
  const lastKey = useRef('');
  const locked = useLoopscope(selectImported) !== null;

  useEffect(() => {
    if (!host.current) return;
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: store.getState().source,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          indentUnit.of('    '),
          python(),
          syntaxHighlighting(pythonHighlight),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ 'aria-label': 'Python code' }),
          replayExtensions(),
          readOnly.of(readOnlyExtension(selectImported(store.getState()) !== null)),
          theme,
          EditorView.updateListener.of((u) => {
            if (u.docChanged) store.getState().editSource(u.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    lastKey.current = '';
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [store]);

  useEffect(() => {
    if (viewRef.current) syncDoc(viewRef.current, source);
  }, [source]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: readOnly.reconfigure(readOnlyExtension(locked)) });
  }, [locked]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const marks = editorMarks(tasks, running, moduleLine);
    const key = marksKey(marks);
    if (key === lastKey.current) return;
    lastKey.current = key;
    view.dispatch({ effects: setMarks.of(marks) });
  }, [tasks, running, moduleLine]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: setDiagnostic.of(problem?.kind === 'diagnostic' ? problem.diagnostic : null),
    });
  }, [problem]);

  return <div ref={host} className="code-editor-host" />;
}
