/**
 * CodeMirror pieces for the replay: a gutter of task markers, the running line, and the
 * diagnostic underline. Each is a state field set by an effect, so the page pushes the
 * replay state in and CodeMirror maps it through edits.
 */
import { RangeSet, StateEffect, StateField } from '@codemirror/state';
import type { EditorState, Extension, Range } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import type { ProgramDiagnostic } from '../../store/sim/protocol';
import { TASK_COLORS, taskColor, taskColorIndex } from '../palette';
import type { EditorMarks, LineTasks } from './marks';

/** Dots shown per line before "+N". */
const DOTS = 2;

class TaskDots extends GutterMarker {
  constructor(readonly at: LineTasks) {
    super();
  }
  override eq(other: GutterMarker): boolean {
    return (
      other instanceof TaskDots &&
      other.at.tasks.length === this.at.tasks.length &&
      other.at.tasks.every(
        (t, i) => t.id === this.at.tasks[i]?.id && t.lane === this.at.tasks[i]?.lane,
      )
    );
  }
  override toDOM(): Node {
    const box = document.createElement('span');
    box.className = 'cm-task-dots';
    const names = this.at.tasks.map((t) => `${t.name} (${t.lane})`);
    box.title = names.join(', ');
    box.setAttribute('aria-label', `line ${this.at.line}: ${names.join(', ')}`);
    for (const t of this.at.tasks.slice(0, DOTS)) {
      const dot = document.createElement('span');
      dot.className = `cm-task-dot ${t.lane}`;
      dot.style.setProperty('--task-color', taskColor(t.id));
      box.append(dot);
    }
    if (this.at.tasks.length > DOTS) {
      const more = document.createElement('span');
      more.className = 'cm-task-more';
      more.textContent = `+${this.at.tasks.length - DOTS}`;
      box.append(more);
    }
    return box;
  }
}

export const setMarks = StateEffect.define<EditorMarks>();
export const setDiagnostic = StateEffect.define<ProgramDiagnostic | null>();

function lineStart(state: EditorState, line: number): number | null {
  return line >= 1 && line <= state.doc.lines ? state.doc.line(line).from : null;
}

const taskMarkers = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const ranges: Range<GutterMarker>[] = [];
      for (const l of e.value.lines) {
        const from = lineStart(tr.state, l.line);
        if (from !== null) ranges.push(new TaskDots(l).range(from));
      }
      next = RangeSet.of(ranges, true);
    }
    return next;
  },
});

const activeLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setMarks)) continue;
      const a = e.value.active;
      const from = a ? lineStart(tr.state, a.line) : null;
      next =
        a && from !== null
          ? Decoration.set(
              Decoration.line({
                class:
                  a.task === null
                    ? 'cm-running-line module'
                    : `cm-running-line cm-task-color-${taskColorIndex(a.task)}`,
              }).range(from),
            )
          : Decoration.none;
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The diagnostic's range: the token at line:col, or the whole line when col is past it. */
function diagnosticRange(state: EditorState, d: ProgramDiagnostic): [number, number] | null {
  if (d.line < 1 || d.line > state.doc.lines) return null;
  const line = state.doc.line(d.line);
  const from = line.from + Math.max(0, d.col - 1);
  if (from >= line.to) return line.from < line.to ? [line.from, line.to] : null;
  const rest = state.doc.sliceString(from, line.to);
  const token = /^(\w+|\S)/.exec(rest);
  return [from, from + (token ? token[0].length : 1)];
}

const diagnosticMark = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setDiagnostic)) continue;
      const d = e.value;
      const range = d ? diagnosticRange(tr.state, d) : null;
      const lineFrom = d ? lineStart(tr.state, d.line) : null;
      const marks: Range<Decoration>[] = [];
      if (d && lineFrom !== null)
        marks.push(Decoration.line({ class: 'cm-diagnostic-line' }).range(lineFrom));
      if (d && range) {
        marks.push(
          Decoration.mark({
            class: 'cm-diagnostic',
            attributes: { title: `${d.kind}: ${d.message}` },
          }).range(range[0], range[1]),
        );
      }
      next = Decoration.set(marks, true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/**
 * A class per task color, so that the running line needs no `style` attribute (the CSP
 * allows no inline styles; CodeMirror's themes go in through constructed style sheets).
 */
const taskColorClasses = EditorView.baseTheme(
  Object.fromEntries(TASK_COLORS.map((c, i) => [`.cm-task-color-${i}`, { '--task-color': c }])),
);

export function replayExtensions(): Extension {
  return [
    taskColorClasses,
    taskMarkers,
    gutter({ class: 'cm-task-gutter', markers: (v) => v.state.field(taskMarkers) }),
    activeLine,
    diagnosticMark,
  ];
}
