/**
 * public-env-secret quick fix: rename the variable to a server-only name (drop the public
 * prefix) in every .env* file, next.config/vite define and every reference, as one workspace edit.
 * Client code that read it then reads `undefined`: the secret has to move behind an API route,
 * which is the point; the title says so.
 */
import type { FixProvider, TextEditRel } from './types';

const PREFIXES = ['NEXT_PUBLIC_', 'VITE_', 'REACT_APP_', 'NUXT_PUBLIC_', 'PUBLIC_', 'EXPO_PUBLIC_', 'GATSBY_', 'VUE_APP_', 'STORYBOOK_'];

export const publicEnvFix: FixProvider = {
  ruleIds: ['public-env-secret'],
  provide(ctx) {
    const name = ctx.finding.fixData?.name as string | undefined;
    if (!name) return [];
    const prefix = (ctx.finding.fixData?.prefix as string | undefined) || PREFIXES.find((p) => name.startsWith(p));
    if (!prefix || !name.startsWith(prefix)) return [];
    const serverName = name.slice(prefix.length);
    if (!/^[A-Za-z_]/.test(serverName)) return [];
    const edits: Record<string, TextEditRel[]> = {};
    const add = (file: string, pos: { line: number; column: number; endLine: number }) => {
      const text = ctx.textOf(file);
      if (text === undefined) return;
      const line = text.split(/\r\n|\r|\n/)[pos.line - 1] ?? '';
      let idx = line.indexOf(name, Math.max(0, pos.column - 1));
      if (idx < 0) idx = line.indexOf(name);
      if (idx < 0) return;
      // whole identifier only (NEXT_PUBLIC_KEY must not match NEXT_PUBLIC_KEY_ID)
      if (/[\w]/.test(line[idx + name.length] ?? '') || /[\w]/.test(line[idx - 1] ?? '')) return;
      const list = (edits[file] ??= []);
      if (list.some((e) => e.start.line === pos.line && e.start.column === idx + 1)) return;
      list.push({ start: { line: pos.line, column: idx + 1 }, end: { line: pos.line, column: idx + 1 + name.length }, newText: serverName });
    };
    for (const d of ctx.model.envDefinitions) if (d.name === name) add(d.file, d.pos);
    for (const r of ctx.model.envReads) if (r.name === name) add(r.file, r.pos);
    if (!Object.keys(edits).length) return [];
    const files = Object.keys(edits).length;
    return [{ title: `Rename ${name} to the server-only ${serverName} (${files} file${files === 1 ? '' : 's'}; read it on the server only)`, edits, isPreferred: true }];
  },
};
