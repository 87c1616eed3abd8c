/**
 * secretlint's recommended rule set (AWS, GCP, GitHub, Slack, SendGrid, Shopify, npm, OpenAI,
 * Anthropic, Linear, 1Password, private keys, basic auth, connection strings...) run through its
 * API on source text, as a second opinion next to routeguard's own formats. Only files that
 * could hold a credential are scanned (a cheap prefilter), and values are redacted here.
 */
import { performance } from 'perf_hooks';
import { classifySecretValue, isExampleName, redactSecret } from './envSecrets';
import type { Pos } from '../types';

export interface SecretHit {
  pos: Pos;
  name: string;
  format: string;
  redacted: string;
}

type Core = typeof import('@secretlint/core', { with: { 'resolution-mode': 'import' } });
type Preset = typeof import('@secretlint/secretlint-rule-preset-recommend', { with: { 'resolution-mode': 'import' } });
let loaded: Promise<{ core: Core; preset: Preset } | null> | undefined;

/**
 * secretlint's core marks every lint and every rule run on the process-wide performance timeline
 * ('@core>lint::start'...) for its profiler, whose observer keeps every entry for good: about
 * 15 KB and 0.2 ms per scanned text, so a history walk over tens of thousands of blobs grew the
 * heap by hundreds of MB. Nothing reads that profile here; its marks are dropped, others kept.
 */
function muteSecretlintProfiler(): void {
  const mark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) =>
    name.startsWith('@core>') ? undefined : mark(name, options)) as typeof performance.mark;
}

function load() {
  // ESM packages: loaded once, lazily (the CLI and the server only pay for it when a file needs it)
  if (!loaded) muteSecretlintProfiler();
  loaded ??= Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend')])
    .then(([core, preset]) => ({ core, preset }))
    .catch(() => null);
  return loaded;
}

/**
 * Worth scanning: a quoted token of 20+ characters with letters and digits and no path
 * separator (not an import path), a URL with credentials, a key block, a Slack webhook or a
 * known key prefix.
 */
const MAY_HOLD = /['"`](?=[^'"`\s]*\d)(?=[^'"`\s]*[A-Za-z])[^'"`\s/]{20,}['"`]|:\/\/[^\s:/@'"`]+:[^\s@'"`]+@|PRIVATE KEY|hooks\.slack\.com|\b(?:xox[abpr]|ghp|gho|ghs|npm|shpat|lin_api|ops_|AKIA|sk-)[A-Za-z0-9_-]{8,}/;

export function mayHoldSecret(text: string): boolean {
  return MAY_HOLD.test(text);
}

const READABLE: Record<string, string> = {
  GITHUB_TOKEN: 'GitHub token', AWSAccessKeyID: 'AWS access key id', AWSSecretAccessKey: 'AWS secret access key', AWSAccountID: 'AWS account id',
  SLACK_TOKEN: 'Slack token', IncomingWebhook: 'Slack incoming webhook URL', SENDGRID_API_KEY: 'SendGrid API key', NPM_TOKEN: 'npm token',
  PostgreSQLConnection: 'PostgreSQL connection string', MySQLConnection: 'MySQL connection string', MongoDBConnection: 'MongoDB connection string',
  BasicAuth: 'URL with a password', PRIVATE_KEY: 'private key', OPENAI_TOKEN: 'OpenAI API key', ANTHROPIC_API_KEY: 'Anthropic API key',
};

function readable(ruleId: string, messageId: string): string {
  if (READABLE[messageId]) return READABLE[messageId];
  const rule = ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  return `${rule} credential (${messageId.replace(/_/g, ' ').toLowerCase()})`;
}

/** The name the value is assigned to on its line (`const KEY =`, `key:`), for the message. */
function nameAt(line: string, column: number): string {
  const before = line.slice(0, column);
  const m = /([A-Za-z_$][\w$]*)\s*(?:=|:)\s*(?:['"`]|new\s+\w+\(\s*['"`]|\w+\(\s*['"`])?[^=:]*$/.exec(before);
  return m ? m[1] : 'a string literal';
}

export async function secretlintHits(file: string, text: string): Promise<SecretHit[]> {
  if (!mayHoldSecret(text)) return [];
  const lib = await load();
  if (!lib) return [];
  let result;
  try {
    result = await lib.core.lintSource({
      source: { filePath: '/' + file, content: text, contentType: 'text' },
      options: { config: { rules: [{ id: lib.preset.creator.meta.id, rule: lib.preset.creator }] }, maskSecrets: true },
    });
  } catch {
    return [];
  }
  const lines = text.split('\n');
  const out: SecretHit[] = [];
  for (const m of result.messages) {
    const value = text.slice(m.range[0], m.range[1]);
    if (classifySecretValue(value).kind === 'placeholder') continue;
    // a local development default (`postgres://postgres:postgres@localhost/dev`) or a placeholder password
    const conn = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@([^/:?\s]+)/i.exec(value);
    if (conn && (/^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|db|postgres|mysql|mongo|database)$/i.test(conn[2]) || classifySecretValue(conn[1]).kind === 'placeholder')) continue;
    const line = m.loc.start.line;
    const column = m.loc.start.column + 1;
    const name = nameAt(lines[line - 1] ?? '', column - 1);
    if (isExampleName(name)) continue;
    out.push({
      pos: { line, column, endLine: m.loc.end.line, endColumn: m.loc.end.column + 1 },
      name,
      format: readable(m.ruleId, m.messageId),
      redacted: redactSecret(value),
    });
  }
  return out;
}
