/** What the page says when CPython gave no run, from the store's code (`CpythonFailure`). */
import type { CpythonFailure } from '../../store/cpython/runner';

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('en-US')} s`;

export function cpythonFailure(f: CpythonFailure): string {
  switch (f.why) {
    case 'run-limit':
      return `CPython was stopped: the run passed the ${seconds(f.ms)} wall-clock limit (an endless loop?)`;
    case 'load-limit':
      return `CPython was stopped: loading it passed the ${seconds(f.ms)} limit`;
    case 'stopped':
      return 'CPython was stopped: you pressed Stop';
    case 'crashed':
      return `CPython failed: ${f.detail}`;
    case 'worker':
      return `the CPython worker failed: ${f.detail || 'it could not start'}`;
    case 'unreadable':
      return `CPython's recording does not open: ${f.detail}`;
    case 'invalid':
      return f.detail;
    default:
      return f satisfies never;
  }
}
