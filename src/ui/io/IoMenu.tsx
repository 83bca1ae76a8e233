/** The header's file menu: export the run on screen, or import a file (button or drop). */
import { useRef } from 'react';
import { selectImported } from '../../store/io-slice';
import { useLoopscope } from '../../store/react';
import { selectRun } from '../../store/selectors';
import { ExportKind } from '../../trace/run-files';
import { download, exportFile } from './files';
import { useFileDrop, useImportFile } from './useImportFile';
import './io.css';

const CHOICES: readonly { kind: ExportKind; label: string; note: string }[] = [
  { kind: ExportKind.Trace, label: 'Canonical trace', note: '.txt, one line an event' },
  { kind: ExportKind.Events, label: 'Event log', note: '.json, opens here again' },
  { kind: ExportKind.Chrome, label: 'Chrome trace', note: '.json for Perfetto' },
];

/** Room kept between an open menu and the window's edge, px. */
const MENU_MARGIN = 8;

/** Moves an open menu sideways so that it lies wholly inside the window. */
function keepInside(menu: HTMLElement): void {
  menu.style.transform = '';
  const { left, right } = menu.getBoundingClientRect();
  const limit = document.documentElement.clientWidth - MENU_MARGIN;
  const shift = left < MENU_MARGIN ? MENU_MARGIN - left : right > limit ? limit - right : 0;
  if (shift !== 0) menu.style.transform = `translateX(${shift}px)`;
}

function ExportMenu() {
  const run = useLoopscope(selectRun);
  const imported = useLoopscope(selectImported);
  const details = useRef<HTMLDetailsElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  return (
    <details
      className="io-export"
      data-testid="export"
      ref={details}
      onToggle={(e) => {
        if (e.currentTarget.open && menu.current) keepInside(menu.current);
      }}
    >
      <summary className="io-button">Export</summary>
      <div className="io-menu" role="group" aria-label="Export the run" ref={menu}>
        {CHOICES.map((c) => (
          <button
            key={c.kind}
            type="button"
            data-testid={`export-${c.kind}`}
            disabled={run === null}
            onClick={() => {
              if (!run) return;
              download(exportFile(c.kind, run, imported));
              if (details.current) details.current.open = false;
            }}
          >
            <span>{c.label}</span>
            <small>{c.note}</small>
          </button>
        ))}
      </div>
    </details>
  );
}

function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const open = useImportFile();
  useFileDrop(open);
  return (
    <>
      <button
        type="button"
        className="io-button"
        data-testid="import"
        title="Open an exported event log or a recording from tools/loopscope_record.py (or drop it on the page)"
        onClick={() => input.current?.click()}
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        aria-label="Import a recording or event log"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again is a change too.
          e.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}

export function IoMenu() {
  return (
    <div className="io" role="group" aria-label="Files">
      <ExportMenu />
      <ImportButton />
    </div>
  );
}
