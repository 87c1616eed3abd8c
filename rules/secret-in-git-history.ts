/** secret-in-git-history: a credential that was committed, whether or not it is still in the tree. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'secret-in-git-history',
    name: 'Secret in git history',
    defaultSeverity: 'error',
    description: 'A secret was committed at some point; deleting the line does not remove it from the history.',
    fullDescription:
      'Anyone with a clone can read every past commit. A key that was ever committed must be rotated; rewriting history alone is not enough once it has been pushed.',
    cwe: ['CWE-540', 'CWE-798'],
    fixable: false,
    docs: 'rules/secret-in-git-history.md',
    workspaceOnly: true,
  },
  check(ctx) {
    for (const s of ctx.model.git?.historySecrets ?? []) {
      ctx.report({
        loc: { file: s.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: `A ${s.format} (${s.redacted}) was committed to ${s.file} in ${s.commit} (${s.date}). Rotate the key; removing it from the file does not remove it from the history.`,
        evidence: [],
      });
    }
  },
};
