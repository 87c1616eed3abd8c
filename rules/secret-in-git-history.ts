/** secret-in-git-history: a credential that was committed, whether or not it is still in the tree. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'secret-in-git-history',
    name: 'Secret in git history',
    defaultSeverity: 'error',
    description: 'A secret was committed at some point; deleting the line does not remove it from the history.',
    fullDescription:
      'Anyone with a clone can read every past commit, on every branch. A key that was ever committed must be rotated; rewriting history alone is not enough once it has been pushed.',
    cwe: ['CWE-540', 'CWE-798'],
    fixable: false,
    docs: 'rules/secret-in-git-history.md',
    workspaceOnly: true,
  },
  check(ctx) {
    for (const s of ctx.model.git?.historySecrets ?? []) {
      ctx.report({
        loc: { file: s.file, line: s.line, column: 1, endLine: s.line, endColumn: 1 },
        message: `A ${s.format} (${s.redacted}) was committed to ${s.file}:${s.line} in ${s.commit.slice(0, 10)} (authored ${s.date}). Rotate the key: removing it from the file, or even from the history, does not un-leak it.`,
        evidence: [{ message: `commit ${s.commit}, ${s.file} line ${s.line}` }],
        identity: `history:${s.id}`,
      });
    }
  },
};
