/**
 * Does a file import a module matching this pattern? Remembered per facts object: the language
 * server relinks after every edit and most files are unchanged, so an adapter asking every file
 * (`import ... from '@tanstack/react-start'`) reads each file's imports once.
 */
import type { FileFacts } from '../types';

const memo = new Map<string, WeakMap<FileFacts, boolean>>();

export function importsFrom(f: FileFacts, source: RegExp): boolean {
  let byFacts = memo.get(source.source);
  if (!byFacts) memo.set(source.source, (byFacts = new WeakMap()));
  let v = byFacts.get(f);
  if (v === undefined) {
    v = Object.values(f.imports).some((i) => source.test(i.source));
    byFacts.set(f, v);
  }
  return v;
}
