/**
 * Fake secrets of every kind routeguard detects, generated at run time (random, never committed:
 * packaging and push protection reject committed keys), and a workspace that puts each of them
 * where a rule will report it: .env files, public env names, next.config, literals in code, log
 * calls, JWT signing, middleware options that appear in chains and hovers, schema.prisma, git
 * history.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function rand(n: number, alphabet = ALNUM): string {
  const bytes = crypto.randomBytes(n);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
/**
 * A generated secret as a password manager or `openssl rand` gives it: redrawn until it mixes
 * digits, lower and upper case. A pure draw sometimes has no digit or few distinct characters
 * (about one in 500), which the high-entropy test rightly does not call a secret, and the run
 * would fail by chance.
 */
function randSecret(n: number, alphabet = ALNUM): string {
  for (;;) {
    const v = rand(n, alphabet);
    if (/[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && new Set(v).size >= n / 2) return v;
  }
}
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export interface FakeSecret {
  kind: string;
  value: string;
  /** parts that must not appear either (a private key's body lines, a connection string's password) */
  parts: string[];
}

export function fakeSecrets(): FakeSecret[] {
  const s = (kind: string, value: string, parts: string[] = []): FakeSecret => ({ kind, value, parts });
  const pem = Array.from({ length: 6 }, () => rand(64, ALNUM + '+/'));
  const password = rand(22);
  return [
    s('Stripe secret key', ['sk', 'live', rand(28)].join('_')),
    s('Stripe restricted key', ['rk', 'live', rand(28)].join('_')),
    s('Stripe webhook secret', 'whsec_' + rand(32)),
    s('AWS access key id', 'AKIA' + rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
    s('AWS secret access key', randSecret(40, ALNUM + '+/')),
    s('GitHub token', 'ghp_' + rand(36)),
    s('GitHub fine-grained token', 'github_pat_' + rand(22) + '_' + rand(59)),
    s('Slack token', 'xoxb-' + rand(12, '0123456789') + '-' + rand(13, '0123456789') + '-' + rand(24)),
    s('OpenAI key', 'sk-proj-' + rand(48)),
    s('Anthropic key', 'sk-ant-api03-' + rand(40)),
    s('SendGrid key', 'SG.' + rand(22) + '.' + rand(43)),
    s('Twilio key', 'SK' + rand(32, '0123456789abcdef')),
    s('Supabase service-role JWT', `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase', role: 'service_role', ref: rand(20).toLowerCase() })}.${rand(43)}`),
    s('JWT', `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: rand(12), admin: true })}.${rand(43)}`),
    s('connection string with a password', `postgres://app_user:${password}@db-${rand(8).toLowerCase()}.internal.example.com:5432/app`, [password]),
    s('high-entropy session secret', randSecret(40)),
    s('JWT signing secret', randSecret(36)),
    s('private key', `-----BEGIN RSA PRIVATE KEY-----\n${pem.join('\n')}\n-----END RSA PRIVATE KEY-----`, pem),
  ];
}

/** env name for a secret kind */
const envName = (k: string) => k.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');

/** Write the workspace; commits a secret to git and removes it again (history only). */
export function writeSecretWorkspace(root: string, secrets: FakeSecret[]): void {
  const w = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const one = (kind: string) => secrets.find((x) => x.kind === kind)!.value;
  const inline = secrets.filter((x) => !x.value.includes('\n'));
  w('package.json', JSON.stringify({ name: 'secrets', dependencies: { express: '4', next: '14', jsonwebtoken: '9', 'express-session': '1', cors: '2', pino: '8', '@prisma/client': '5' } }));
  // public env names in .env files (public-env-secret), and a committed .env (env-file-committed)
  w('web/.env.local', inline.map((x) => `NEXT_PUBLIC_${envName(x.kind)}=${x.value}`).join('\n') + '\n');
  w('web/.env.production', inline.map((x) => `export VITE_${envName(x.kind)}="${x.value}"`).join('\n') + '\n');
  w('.env', inline.map((x) => `${envName(x.kind)}=${x.value}`).join('\n') + `\nPRIVATE_KEY="${one('private key')}"\n`);
  w('web/next.config.js', `module.exports = {\n  env: {\n${inline.map((x) => `    ${envName(x.kind)}: '${x.value}',`).join('\n')}\n  },\n};\n`);
  w('web/src/app/page.tsx', `'use client';\nexport default function Page() {\n${inline.map((x) => `  const v${envName(x.kind)} = process.env.NEXT_PUBLIC_${envName(x.kind)};`).join('\n')}\n  return null;\n}\n`);
  // literals in code (hardcoded-secret), a signing secret (insecure-jwt), logs (token-logging),
  // middleware options that show up in route chains, hovers and the matrix
  w('api/src/secrets.ts', secrets.map((x, i) => `export const ${envName(x.kind)}_${i} = ${x.value.includes('\n') ? '`' + x.value + '`' : `'${x.value}'`};`).join('\n') + '\n');
  w('api/src/app.ts', [
    "import express from 'express';",
    "import session from 'express-session';",
    "import cors from 'cors';",
    "import jwt from 'jsonwebtoken';",
    "import pino from 'pino';",
    'const logger = pino();',
    'const app = express();',
    `app.use(session({ secret: '${one('high-entropy session secret')}', resave: false }));`,
    "app.use(cors({ origin: '*', credentials: true }));",
    `const stripeKey = '${one('Stripe secret key')}';`,
    ...inline.map((x) => `app.use('/k/${envName(x.kind).toLowerCase()}', express.json({ verify: (req, res, buf) => check(buf, '${x.value}') }));`),
    "app.post('/login', (req, res) => {",
    `  const token = jwt.sign({ sub: req.body.user }, '${one('JWT signing secret')}');`,
    '  logger.info({ token, password: req.body.password, auth: req.headers.authorization });',
    `  console.log('stripe key', '${one('Stripe secret key')}', stripeKey);`,
    `  console.log('db', '${one('connection string with a password')}');`,
    '  res.json({ token });',
    '});',
    ...inline.map((x) => `app.get('/keys/${envName(x.kind).toLowerCase()}/:id', (req, res) => res.json({ key: '${x.value}', id: req.params.id }));`),
    "app.get('/users/:id', async (req, res) => res.json(await prisma.user.findUnique({ where: { id: req.params.id } })));",
    'export default app;',
    '',
  ].join('\n'));
  w('api/prisma/schema.prisma', `datasource db {\n  provider = "postgresql"\n  url      = "${one('connection string with a password')}"\n}\n\nmodel User {\n  id    String @id\n  orgId String\n}\n`);
  w('broken/prisma/schema.prisma', `model Broken {\n  id String @id @default("${one('Stripe secret key')}" ${one('GitHub token')}\n`);
  w('broken/package.json', `{ "name": "broken", "token": ${one('GitHub token')} }`);
  w('broken/bad.ts', `const key = '${one('OpenAI key')}' +;\n`);
  // git: the .env is tracked; a secret was committed and then removed (history only)
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'user.name', 'test');
  w('api/src/old.ts', `export const OLD_KEY = '${one('Stripe restricted key')}';\nexport const OLD_GH = '${one('GitHub token')}';\n`);
  git('add', '-A');
  git('commit', '-qm', 'add keys');
  fs.rmSync(path.join(root, 'api/src/old.ts'));
  git('add', '-A');
  git('commit', '-qm', 'remove keys');
}
