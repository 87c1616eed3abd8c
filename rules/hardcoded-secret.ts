/** hardcoded-secret: credential literals in source files. */
import type { Rule } from '../server/src/engine/findings';

const NOT_APP_CODE = /(?:^|\/)(?:test|tests|__tests__|spec|fixtures?|examples?|docs?|stories|__mocks__|mocks?)\/|\.(?:test|spec|stories|example)\.[cm]?[jt]sx?$/;

const SEED_OR_TEST_CODE = /(?:^|\/)(?:testing|e2e|cypress|playwright|seeds?|seeders?|artifacts)\/|seed[^/]*\.[cm]?[jt]s$|(?:^|\/)(?:db-?reset|reset-?db)[^/]*$/i;

export const rule: Rule = {
  meta: {
    id: 'hardcoded-secret',
    name: 'Hardcoded secret',
    defaultSeverity: 'error',
    description: 'A credential literal (known key format, private key, connection string with a password, high-entropy value under a secret-like name) is in the source.',
    fullDescription:
      'Secrets in source end up in every clone, build log and bundle. Move the value to the environment (or a secret manager) and rotate it: it has been exposed.',
    cwe: ['CWE-798'],
    fixable: false,
    docs: 'rules/hardcoded-secret.md',
  },
  check(ctx) {
    for (const s of ctx.model.secretLiterals) {
      if (NOT_APP_CODE.test(s.file)) continue;
      // a password written for demo or test users (seed scripts, test helpers) signs in nowhere real
      if (s.format === 'password' && SEED_OR_TEST_CODE.test(s.file)) continue;
      // (a Worker's `[vars]` are the environment: its secrets go in with `wrangler secret put`)
      const fix = /(?:^|\/)wrangler\.toml$/.test(s.file) ? 'Set it with `wrangler secret put` instead of `[vars]` and rotate it.' : 'Read it from the environment and rotate it.';
      ctx.report({ loc: { file: s.file, ...s.pos }, message: `${s.name} holds a hardcoded ${s.format} (${s.redacted}). ${fix}`, evidence: [] });
    }
  },
};
