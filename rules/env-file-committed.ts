/** env-file-committed: a .env file tracked by git or not covered by .gitignore. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'env-file-committed',
    name: '.env file committed or not ignored',
    defaultSeverity: 'warning',
    description: 'A .env file with real values is tracked by git, or present and not covered by .gitignore.',
    fullDescription:
      'Environment files hold the real keys. Tracked, they are in every clone and in the history for good; unignored, the next `git add .` commits them. Keep a `.env.example` with placeholders instead.',
    cwe: ['CWE-538', 'CWE-798'],
    fixable: false,
    docs: 'rules/env-file-committed.md',
    workspaceOnly: true,
  },
  check(ctx) {
    const g = ctx.model.git;
    if (!g) return;
    const at = (file: string) => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });
    for (const f of g.trackedEnvFiles) ctx.report({ loc: at(f), message: `${f} is tracked by git: its values are in every clone and in the history. Remove it from the index, add it to .gitignore and rotate its keys.`, evidence: [], identity: `tracked:${f}` });
    for (const f of g.unignoredEnvFiles) ctx.report({ loc: at(f), message: `${f} is not covered by .gitignore; the next \`git add .\` commits it.`, evidence: [], identity: `unignored:${f}` });
  },
};
