/**
 * Python colors for the editor. CodeMirror's default style has a few (f-strings, invalid
 * tokens) below AA contrast; each color here is at least 4.5:1 on white and on the
 * running-line tint.
 */
import { HighlightStyle } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

export const pythonHighlight = HighlightStyle.define([
  { tag: t.keyword, color: '#6d28d9' },
  { tag: [t.atom, t.bool, t.null], color: '#1d4ed8' },
  { tag: [t.number, t.literal], color: '#047857' },
  { tag: [t.string, t.special(t.string)], color: '#b91c1c' },
  { tag: [t.regexp, t.escape], color: '#9a3412' },
  { tag: t.definition(t.variableName), color: '#1d4ed8' },
  { tag: t.function(t.definition(t.variableName)), color: '#1d4ed8', fontWeight: '600' },
  { tag: [t.className, t.typeName], color: '#0f766e' },
  { tag: t.comment, color: '#5b6475', fontStyle: 'italic' },
  { tag: [t.operator, t.punctuation], color: '#334155' },
  { tag: t.invalid, color: '#b91c1c' },
]);
