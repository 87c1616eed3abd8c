/** token-in-localstorage: tokens stored where any script on the page can read them. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'token-in-localstorage',
    name: 'Token stored in browser storage',
    defaultSeverity: 'warning',
    description: 'A token, JWT or session identifier is written to localStorage or sessionStorage.',
    fullDescription:
      'Any script on the page, including one injected through XSS or a compromised dependency, can read web storage. Keep session tokens in httpOnly cookies.',
    cwe: ['CWE-922'],
    fixable: false,
    docs: 'rules/token-in-localstorage.md',
  },
  check(ctx) {
    for (const s of ctx.model.storageWrites) {
      const what = s.via ? `${s.via} (${s.storage})` : `${s.storage}.setItem(${s.key ? `"${s.key}"` : '...'})`;
      ctx.report({ loc: { file: s.file, ...s.pos }, message: `${what} stores a token where any script can read it; use an httpOnly cookie.`, evidence: [] });
    }
  },
};
