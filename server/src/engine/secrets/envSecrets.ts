/**
 * Is an env variable a secret? Judged by its name and by the shape of its value. Values are
 * never returned or printed in full: callers use redactSecret().
 */

export const PUBLIC_ENV_PREFIXES = ['NEXT_PUBLIC_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'REACT_APP_', 'VITE_', 'GATSBY_', 'PUBLIC_'];

export function publicPrefixOf(name: string): string | undefined {
  return PUBLIC_ENV_PREFIXES.find((p) => name.startsWith(p));
}

// SIGNING alone is document signing (`SIGNING_CONTACT_INFO`); a signing KEY (or secret) is a credential
const SECRET_NAME = /(SECRET|PRIVATE|PASSWORD|PASSWD|PASSPHRASE|PWD$|SERVICE_ROLE|SERVICE_KEY|DATABASE_URL|DB_URL|POSTGRES_URL|MONGO(?:DB)?_URI|REDIS_URL|CONNECTION_STRING|WEBHOOK|SIGNING_(?:[A-Z0-9]+_)*KEY|JWT|CLIENT_SECRET|ACCESS_KEY|API_KEY|APIKEY|(?:^|_)TOKEN(?:$|_)|AUTH_TOKEN|ACCESS_TOKEN|REFRESH_TOKEN|ADMIN_KEY|MASTER_KEY|ENCRYPTION_KEY|CREDENTIALS?)/;

/** Names of values that are public by design (the vendor says so). */
const PUBLISHABLE_NAME =
  /(PUBLISHABLE|ANON_KEY|ANON$|_DSN$|SENTRY_DSN|FIREBASE_(?:API_KEY|AUTH_DOMAIN|PROJECT_ID|STORAGE_BUCKET|MESSAGING_SENDER_ID|APP_ID|MEASUREMENT_ID)|MAPBOX_(?:ACCESS_|PUBLIC_)?TOKEN|MAPS_(?:API_|JS_)?KEY|GA_|GTM_|MEASUREMENT_ID|POSTHOG_(?:PROJECT_)?(?:API_)?KEY|SEGMENT_WRITE_KEY|AMPLITUDE|MIXPANEL|PLAUSIBLE|ALGOLIA_SEARCH_KEY|SEARCH_ONLY|RECAPTCHA_SITE_KEY|SITE_KEY|CLERK_PUBLISHABLE|STRIPE_PK|_URL$|_HOST$|_DOMAIN$|_ID$)/;

export interface NameVerdict {
  secretLike: boolean;
  publishableByName: boolean;
  reason: string;
}

/**
 * A feature flag or a setting rather than a credential: `DISABLE_EMAIL_PASSWORD_SIGNUP`, `ENABLE_SSO`,
 * `PASSWORD_MIN_LENGTH`, `PASSWORD_RESET_URL`. Said by a flag prefix or a setting suffix, unless the
 * name still ends in a credential noun (`USE_STRIPE_SECRET_KEY`, `FEATURE_FLAGS_API_KEY`) or names a
 * connection string (`DATABASE_URL`).
 */
const FLAG_PREFIX = /^(?:DISABLE|DISABLED|ENABLE|ENABLED|ALLOW|SHOW|HIDE|USE|IS|HAS|SHOULD|FEATURE|FF|FLAG)_/;
const SETTING_SUFFIX = /_(?:ENABLED|DISABLED|ALLOWED|REQUIRED|VISIBLE|SIGNUP|SIGNIN|SIGN_UP|SIGN_IN|LOGIN|LOGOUT|URL|URI|PATH|ROUTE|PAGE|LENGTH|MIN|MAX|POLICY|RULES?|STRENGTH|MODE|FLAG|PROVIDER|PROVIDERS|LABEL|TEXT|INFO|EMAIL|ATTEMPTS|TIMEOUT|TTL|EXPIRY|EXPIRES_IN|DAYS|HOURS|MINUTES|SECONDS)$/;
const CREDENTIAL_TAIL = /(?:^|_)(?:KEY|KEYS|SECRET|SECRETS|TOKEN|TOKENS|PASSWORD|PASSWD|PWD|PASSPHRASE|CREDENTIALS?|APIKEY|CERT|PEM|SALT|PEPPER|HASH)$/;
const CONNECTION_NAME = /DATABASE_URL|DB_URL|POSTGRES_URL|MONGO(?:DB)?_URI|REDIS_URL|CONNECTION_STRING|DSN|WEBHOOK_URL|HOOK_URL/;

export function settingEnvName(name: string): boolean {
  const upper = name.toUpperCase().replace(/^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|GATSBY_|STORYBOOK_)/, '');
  if (CREDENTIAL_TAIL.test(upper) || CONNECTION_NAME.test(upper)) return false;
  return FLAG_PREFIX.test(upper) || SETTING_SUFFIX.test(upper);
}

/** A value that switches something on or off (`true`, `false`, `off`): a flag, whatever its name says. */
export function flagValue(value: string): boolean {
  return /^(?:true|false|yes|no|on|off|enabled|disabled)$/i.test(value.trim().replace(/^(['"])(.*)\1$/, '$2'));
}

export function classifySecretName(name: string): NameVerdict {
  const upper = name.toUpperCase();
  const s = settingEnvName(upper) ? null : SECRET_NAME.exec(upper);
  // DATABASE_URL is secret even though it ends in _URL
  // `STYTCH_PUBLIC_TOKEN`, `JWT_PUBLIC_KEY`: named public by the vendor (after the framework's own prefix)
  const bare = upper.replace(/^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|PUBLIC_|GATSBY_|STORYBOOK_)/, '');
  const publicByVendor = /(?:^|_)PUBLIC_(?:TOKEN|KEY|API_KEY|CLIENT_KEY)$/.test(bare) && !/SECRET|PRIVATE|PASSWORD/.test(bare);
  const publishable = (PUBLISHABLE_NAME.test(upper) || publicByVendor) && !(s && /URL|URI|STRING|SECRET|PRIVATE|PASSWORD|SERVICE_ROLE/.test(s[1]));
  return { secretLike: !!s, publishableByName: publishable, reason: s ? `"${s[1]}"` : '' };
}

interface ValueFormat {
  format: string;
  re: RegExp;
  kind: 'secret' | 'publishable';
}

/** Known key formats (subset of the vendor formats gitleaks and secretlint track). */
const FORMATS: ValueFormat[] = [
  { format: 'Stripe secret key', re: /^(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}$/, kind: 'secret' },
  { format: 'Stripe publishable key', re: /^pk_(?:live|test)_[0-9A-Za-z]{10,}$/, kind: 'publishable' },
  { format: 'Stripe webhook secret', re: /^whsec_[0-9A-Za-z]{16,}$/, kind: 'secret' },
  { format: 'AWS access key id', re: /^(?:AKIA|ASIA)[0-9A-Z]{16}$/, kind: 'secret' },
  { format: 'GitHub token', re: /^(?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{30,}$|^github_pat_[0-9A-Za-z_]{40,}$/, kind: 'secret' },
  { format: 'Slack token', re: /^xox[abposr]-[0-9A-Za-z-]{10,}$/, kind: 'secret' },
  { format: 'OpenAI key', re: /^sk-(?:proj-)?[0-9A-Za-z_-]{20,}$/, kind: 'secret' },
  { format: 'Anthropic key', re: /^sk-ant-[0-9A-Za-z_-]{20,}$/, kind: 'secret' },
  { format: 'SendGrid key', re: /^SG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}$/, kind: 'secret' },
  { format: 'Twilio key', re: /^SK[0-9a-fA-F]{32}$/, kind: 'secret' },
  { format: 'Google API key', re: /^AIza[0-9A-Za-z_-]{35}$/, kind: 'publishable' },
  // Mapbox: `pk.` tokens are the public ones a map in the browser loads with, `sk.` the secret scopes
  { format: 'Mapbox secret token', re: /^sk\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}$/, kind: 'secret' },
  { format: 'Mapbox public token', re: /^pk\.[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]{10,})?$/, kind: 'publishable' },
  { format: 'Clerk secret key', re: /^sk_(?:live|test)_[0-9A-Za-z]{20,}$/, kind: 'secret' },
  { format: 'Clerk publishable key', re: /^pk_(?:live|test)_[0-9A-Za-z$]{20,}$/, kind: 'publishable' },
  // (with key material after the marker: `-----BEGIN PRIVATE KEY-----\n[private-key-content]` is a placeholder)
  { format: 'private key', re: /-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\[nr]|\s)*[A-Za-z0-9+/=]{40,}/, kind: 'secret' },
  { format: 'Sentry DSN', re: /^https:\/\/[0-9a-f]{16,}@[\w.-]*sentry\.io\/\d+$/, kind: 'publishable' },
];

const PLACEHOLDER = /^(?:|changeme|change[-_]?me|your[-_].*|xxx+|<.*>|\.\.\.|todo|example|placeholder|test|dummy|secret|password|null|undefined|false|true|\d{1,6})$/i;

export interface ValueVerdict {
  kind: 'secret' | 'publishable' | 'placeholder' | 'unknown';
  format: string;
}

function jwtRole(v: string): string | undefined {
  const parts = v.split('.');
  if (parts.length !== 3 || !/^eyJ/.test(parts[0])) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8')) as { role?: unknown };
    return typeof payload.role === 'string' ? payload.role : '';
  } catch {
    return undefined;
  }
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** a character set spelled out (nanoid's customAlphabet, a base62 table): mostly ascending runs */
function isAlphabet(v: string): boolean {
  let steps = 0;
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) === v.charCodeAt(i - 1) + 1) steps++;
  return steps >= (v.length - 1) * 0.6;
}

/**
 * A long random string that happens to hold no digit (one 36-character base62 secret in ~550):
 * upper and lower case mixed about evenly, unlike a camelCase identifier or a sentence in
 * PascalCase, whose capitals start words and are a small share of the letters.
 */
function isRandomLetters(v: string): boolean {
  if (v.length < 32 || !/^[A-Za-z+/=_-]+$/.test(v)) return false;
  const upper = v.replace(/[^A-Z]/g, '').length;
  const lower = v.replace(/[^a-z]/g, '').length;
  const share = upper / (upper + lower);
  return share >= 0.3 && share <= 0.7 && shannonEntropy(v) >= 4.3;
}

export function classifySecretValue(raw: string): ValueVerdict {
  const v = raw.trim();
  // documented example values (AWS's AKIAIOSFODNN7EXAMPLE) are not credentials
  if (PLACEHOLDER.test(v) || /EXAMPLE/.test(v)) return { kind: 'placeholder', format: '' };
  // an elided example in API docs (`token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...'`), or a JWT whose signature is a
  // word (`eyJ...eyJ....signature`): the token is not there
  if (/(?:\.\.\.|…)$/.test(v) && v.length < 200) return { kind: 'placeholder', format: '' };
  const jwtParts = v.split('.');
  if (jwtParts.length === 3 && /^eyJ/.test(jwtParts[0]) && (jwtParts[2].length < 16 || /^[a-z]+$/i.test(jwtParts[2]) || /^(?:x+|sig\w*|signature\w*)$/i.test(jwtParts[2]))) return { kind: 'placeholder', format: '' };
  for (const f of FORMATS) {
    if (!f.re.test(v)) continue;
    // words joined by dashes in a key's format (`'sk-local-no-key-required'`, `'sk_test_your_key_here'`): key material
    // is random, never a phrase
    if (f.kind === 'secret' && /^[a-z]{1,12}(?:[-_][a-z]{1,12}){3,}$/.test(v)) return { kind: 'placeholder', format: '' };
    return { kind: f.kind, format: f.format };
  }
  const role = jwtRole(v);
  if (role !== undefined) {
    if (role === 'anon') return { kind: 'publishable', format: 'Supabase anon key' };
    if (role === 'service_role') return { kind: 'secret', format: 'Supabase service-role JWT' };
    return { kind: 'secret', format: 'JWT' };
  }
  // connection string with an embedded password: postgres://user:pass@host/db
  const conn = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i.exec(v);
  // a local development default (`postgres://postgres:postgres@localhost/dev`) guards nothing
  const local = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@\s/]+@)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?:[:/?]|$)/i.test(v);
  if (conn && !PLACEHOLDER.test(conn[1]) && !local) return { kind: 'secret', format: 'connection string with a password' };
  // (nor is it high-entropy key material: its length and mix of characters come from the URL)
  if (local) return { kind: 'unknown', format: '' };
  if (/^https?:\/\//i.test(v) || /\s/.test(v)) return { kind: 'unknown', format: '' };
  // a connection URL naming no password (`mongodb://db.internal:27017/app`, `redis://cache:6379`): an address, not a key
  // (`redis://:s3cret@host` names one with no user)
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(v) && !/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^@\s]+@/i.test(v) && !/[?&](?:password|pass|pwd|secret|token|key|sig|signature)=/i.test(v)) return { kind: 'unknown', format: '' };
  if (isAlphabet(v)) return { kind: 'unknown', format: '' };
  if (v.length >= 24 && shannonEntropy(v) >= 4.0 && /[0-9]/.test(v) && /[A-Za-z]/.test(v)) return { kind: 'secret', format: 'high-entropy' };
  if (isRandomLetters(v)) return { kind: 'secret', format: 'high-entropy' };
  return { kind: 'unknown', format: '' };
}

/** At most 4 characters and the length: `sk_l…(32 chars)`. */
export function redactSecret(value: string): string {
  return `${value.slice(0, 4)}…(${value.length} chars)`;
}

/** A name that holds a form field's hint or a documented example (`placeholder="https://hooks.slack.com/..."`, `example: 'sk_test_...'`): it shows the shape of a value. */
export function isExampleName(name: string): boolean {
  return /^(?:placeholder|example|sample)$|(?:Placeholder|Example)$|_(?:placeholder|example)$/i.test(name);
}
