/**
 * Redaction of free text that routeguard did not write itself but may print: source snippets in
 * messages, chains and hovers, parser error messages (a parser names the token it choked on),
 * config errors (ajv names an unknown key). Every secret-looking token becomes `abcd…(N chars)`.
 * Known key formats, JWTs, private keys and URLs with a password are found anywhere; the
 * high-entropy test only applies inside quotes (bare, it would redact file paths and hashes).
 */
import { classifySecretValue, redactSecret } from './envSecrets';

/** tokens worth classifying wherever they are */
const ANYWHERE = new RegExp(
  [
    '-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)',
    '[a-z][a-z0-9+.-]*:\\/\\/[^\\s\'"`<>()]+',
    'eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+',
    '[A-Za-z0-9][\\w.+/=-]{14,}[A-Za-z0-9=]',
  ].join('|'),
  'g',
);
/** quoted strings: the high-entropy test applies to their content */
const QUOTED = /(['"`])((?:\\.|(?!\1)[^\\\n]){16,}?)\1/g;

const isSecret = (token: string) => classifySecretValue(token).kind === 'secret';

/**
 * Whether a bare token is redacted, remembered: extraction asks for every call's snippet, and the
 * same member chains (`prisma.invoice.findMany`) come back thousands of times in a workspace.
 */
const bareVerdicts = new Map<string, boolean>();
function redactsBare(token: string): boolean {
  let v = bareVerdicts.get(token);
  if (v === undefined) {
    const c = classifySecretValue(token);
    // a bare token only when it has a known shape: long words, paths and hashes stay readable
    v = c.kind === 'secret' && c.format !== 'high-entropy';
    if (bareVerdicts.size >= 20_000) bareVerdicts.clear();
    bareVerdicts.set(token, v);
  }
  return v;
}

export function redactSecretsIn(text: string): string {
  if (text.length < 16) return text;
  let out = text.replace(QUOTED, (m, q: string, body: string) => (isSecret(body) ? `${q}${redactSecret(body)}${q}` : m));
  out = out.replace(ANYWHERE, (m) => (redactsBare(m) ? redactSecret(m) : m));
  return out;
}
