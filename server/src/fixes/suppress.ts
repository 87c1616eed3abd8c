/** For every finding: "suppress with a reason", a comment on the line above with the cursor on the reason. */
import type { FixProvider } from './types';

export const suppressFix: FixProvider = {
  ruleIds: ['*'],
  provide(ctx) {
    const f = ctx.finding;
    const text = ctx.textOf(f.loc.file);
    if (text === undefined) return [];
    const lines = text.split(/\r\n|\r|\n/);
    const target = lines[f.loc.line - 1];
    if (target === undefined) return [];
    const indent = /^\s*/.exec(target)![0];
    const hash = /(?:^|\/)\.env(?:\.[^/]*)?$/.test(f.loc.file) || f.loc.file.endsWith('.prisma') === false && /\.(?:ya?ml|toml|sh)$/.test(f.loc.file);
    const prisma = f.loc.file.endsWith('.prisma');
    const comment = `${hash ? '#' : '//'} routeguard-ignore ${f.ruleId} -- `;
    if (f.loc.file.endsWith('.json')) return []; // JSON has no comments
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    void prisma;
    return [{
      title: `Suppress ${f.ruleId} on this line (with a reason)`,
      edits: { [f.loc.file]: [{ start: { line: f.loc.line, column: 1 }, end: { line: f.loc.line, column: 1 }, newText: `${indent}${comment}${eol}` }] },
      cursor: { file: f.loc.file, line: f.loc.line, column: indent.length + comment.length + 1 },
    }];
  },
};
