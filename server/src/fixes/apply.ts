/** Apply our 1-based edits to a text (tests, the CLI and non-LSP callers). */
import type { TextEditRel } from './types';
import { offsetOf } from './source';

export function applyEdits(text: string, edits: TextEditRel[]): string {
  const withOffsets = edits.map((e) => ({ from: offsetOf(text, e.start.line, e.start.column), to: offsetOf(text, e.end.line, e.end.column), newText: e.newText }));
  withOffsets.sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.from) + e.newText + out.slice(e.to);
  return out;
}
