/** insecure-jwt: decode instead of verify, alg none, ignored expiry, weak or hardcoded secrets. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'insecure-jwt',
    name: 'Insecure JWT handling',
    defaultSeverity: 'error',
    description: 'jwt.decode trusted as verification, algorithms allowing none, ignoreExpiration, no algorithm allowlist for asymmetric keys, or a hardcoded/short signing secret.',
    fullDescription:
      'decode() does not check the signature, so anyone can mint the token it reads. Allowing "none" or skipping expiry has the same effect. Verifying with a public key and no algorithm allowlist invites algorithm confusion. A secret in the source or shorter than 32 characters can be read or brute-forced.',
    cwe: ['CWE-347', 'CWE-798', 'CWE-613'],
    fixable: true,
    docs: 'rules/insecure-jwt.md',
  },
  check(ctx) {
    const clientFiles = new Set(ctx.model.clientFiles);
    const verifyIn = new Set(ctx.model.jwtUses.filter((j) => j.op === 'verify').map((j) => `${j.file}#${j.inFunction}`));
    for (const j of ctx.model.jwtUses) {
      const loc = { file: j.file, ...j.pos };
      const problems: string[] = [];
      if (j.op === 'decode' && !j.providerToken && !j.inComponent && !j.expiryOnly && !j.ownToken && !clientFiles.has(j.file) && !verifyIn.has(`${j.file}#${j.inFunction}`)) problems.push('decodes a token without verifying its signature');
      if (j.algorithmsNone) problems.push('allows the "none" algorithm');
      if (j.ignoreExpiration) problems.push('ignores expiration');
      if (j.op === 'verify' && j.asymmetric && !j.hasAlgorithms) problems.push('verifies with a public key but no algorithm allowlist');
      if ((j.op === 'sign' || j.op === 'verify' || j.op === 'config') && j.secret === 'literal') problems.push(j.fallback ? `falls back to a hardcoded signing secret (${j.secretLength} characters) when the environment variable is unset` : `uses a hardcoded signing secret (${j.secretLength} characters)`);
      if (!problems.length) continue;
      ctx.report({ loc, message: `JWT ${j.op === 'config' ? (j.fallback || j.declared ? 'secret' : 'middleware') : j.op} ${problems.join('; ')}.`, evidence: [], fixData: { op: j.op, library: j.library } });
    }
  },
};
