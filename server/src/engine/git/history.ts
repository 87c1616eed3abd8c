/**
 * Secrets that were ever committed, on any branch: the added lines of every commit reachable
 * from any ref, matched with routeguard's own key formats and .env knowledge and with
 * secretlint's recommended rules. Commits already scanned are remembered (historyCache.ts), so
 * the next audit reads only new ones. Values are redacted here and never leave this module.
 *
 * `git log -p` is streamed line by line from the local git binary (simple-git buffers a whole
 * output, which on a repository with years of history is hundreds of megabytes).
 */
import { ENV_FILE, EXAMPLE_ENV } from '../secrets/envFiles';
import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as readline from 'readline';
import { classifySecretName, classifySecretValue, redactSecret } from '../secrets/envSecrets';
import { mayHoldSecret, secretlintHits } from '../secrets/secretlint';
import { NEUTRAL_ARGS } from './neutral';

export interface HistorySecret {
  /** full commit id */
  commit: string;
  /** author date, YYYY-MM-DD */
  date: string;
  /** path relative to the audited folder */
  file: string;
  /** line in that commit's version of the file */
  line: number;
  format: string;
  redacted: string;
  /** identity of (file, value) without the value: a hash prefix, for de-duplication across scans */
  id: string;
}


/** tokens worth classifying in a diff line (known key formats, key blocks, URLs with a password) */
const CANDIDATE = /(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z]{16,}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[0-9A-Za-z]{30,}|github_pat_[0-9A-Za-z_]{40,}|xox[abposr]-[0-9A-Za-z-]{10,}|SG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}|sk-ant-[0-9A-Za-z_-]{20,}|sk-(?:proj-)?[0-9A-Za-z_-]{32,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|[a-z][a-z0-9+.-]*:\/\/[^:/@\s'"]+:[^@\s'"]+@[^\s'"]+/g;

/** vendored code, tests, docs and example files hold sample values, not the project's keys */
const NOT_APP_FILE = /(?:^|\/)(?:node_modules|vendor|bower_components|test|tests|__tests__|spec|fixtures?|examples?|docs?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)(?:readme|changelog|contributing)[^/]*$|\.(?:md|mdx|txt|example|sample|template|lock|map|min\.js|snap|svg)$|(?:^|\/)\.?(?:example|sample)[-_.]env|\.env\.(?:example|sample|template)$|(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/i;

/** `postgres://postgres:postgres@localhost:5432/app`: local development credentials */
function devCredentials(url: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^:/@\s]+):([^@\s]+)@([^:/?\s]+)/i.exec(url);
  if (!m) return false;
  const [, user, pass, host] = m;
  return (
    /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|db|postgres|mysql|mongo|mongodb|redis|database|host\.docker\.internal)$/i.test(host) ||
    /^(?:postgres|password|pass|root|secret|example|admin|test|user|changeme|mysecretpassword|\$\{?\w+\}?|<[^>]+>|x+|\*+)$/i.test(pass) ||
    pass === user
  );
}

/** `*    // http://tobi:hello@example.com`: a URL with a password in a comment is documentation */
const COMMENT_LINE = /^\s*(?:\/\/|\/?\*|#|<!--)/;

/** One added line's secrets by routeguard's own knowledge (key formats; KEY=value in .env files). */
function ownMatches(file: string, text: string): { value: string; format: string }[] {
  const out: { value: string; format: string }[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const v = classifySecretValue(m[0]);
    if (v.kind !== 'secret' || v.format === 'high-entropy') continue;
    if (v.format === 'connection string with a password' && (devCredentials(m[0]) || COMMENT_LINE.test(text))) continue;
    out.push({ value: m[0], format: v.format });
  }
  if (ENV_FILE.test(file) && !EXAMPLE_ENV.test(file)) {
    // JWT_SECRET=9f8a... : a secret by its name, real by its shape (an unknown vendor's key)
    const kv = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(['"]?)(.*?)\2\s*$/.exec(text);
    if (kv && classifySecretName(kv[1]).secretLike && !out.some((o) => o.value === kv[3])) {
      const v = classifySecretValue(kv[3]);
      if (v.kind === 'secret' && !(v.format === 'connection string with a password' && devCredentials(kv[3]))) out.push({ value: kv[3], format: v.format === 'high-entropy' ? `value of ${kv[1]}` : v.format });
    }
  }
  return out;
}

export interface HistoryScan {
  secrets: HistorySecret[];
  commits: number;
}

interface Pending {
  commit: string;
  date: string;
  file: string;
  lines: { line: number; text: string }[];
}

/**
 * Scan, oldest first (a key is reported at the commit that introduced it), the commits reachable from any ref but not from `exclude` (tips scanned before).
 * `pathspec` limits the walk to the audited folder; `rel` maps a repository path to it.
 */
export async function scanHistory(opts: {
  repoRoot: string;
  pathspec: string;
  exclude: string[];
  /** ids of secrets already reported by an earlier scan */
  known?: string[];
  rel: (repoPath: string) => string | undefined;
  timeoutMs?: number;
}): Promise<HistoryScan> {
  const args = [...NEUTRAL_ARGS, 'log', '--reverse', '--all', ...(opts.exclude.length ? ['--not', ...opts.exclude] : []), '-p', '-U0', '--no-color', '--no-ext-diff', '--no-renames', '--no-textconv', '--format=%x00commit %H %as', '--', opts.pathspec];
  const child = spawn('git', args, { cwd: opts.repoRoot, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_CONFIG_NOSYSTEM: '1', GIT_NO_LAZY_FETCH: '1' } });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10 * 60_000);
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', (code) => resolve(code ?? -1));
  });
  const secrets: HistorySecret[] = [];
  const seen = new Set<string>(opts.known ?? []);
  let commits = 0;
  let commit = '';
  let date = '';
  let file: string | undefined;
  let nextLine = 0;
  let pending: Pending | undefined;
  const flush = async () => {
    const p = pending;
    pending = undefined;
    if (!p || !p.lines.length) return;
    const found: { line: number; value: string; format: string; redacted?: string }[] = [];
    for (const l of p.lines) for (const m of ownMatches(p.file, l.text)) found.push({ line: l.line, ...m });
    // secretlint's vendor formats, on the added lines of this file in this commit only
    const joined = p.lines.map((l) => l.text).join('\n');
    if (mayHoldSecret(joined)) {
      for (const h of await secretlintHits(p.file, joined)) {
        const at = p.lines[h.pos.line - 1];
        if (at && /URL with a password|connection string/i.test(h.format) && COMMENT_LINE.test(at.text)) continue;
        if (at && !found.some((f) => f.line === at.line)) found.push({ line: at.line, value: '', format: h.format, redacted: h.redacted });
      }
    }
    for (const f of found) {
      const redacted = f.redacted ?? redactSecret(f.value);
      // the same key committed again (a rebase, a cherry-pick, a copy on another branch) is one finding
      const id = crypto.createHash('sha256').update(`${p.file}\0${f.value || f.format + redacted}`).digest('hex').slice(0, 20);
      if (seen.has(id)) continue;
      seen.add(id);
      secrets.push({ commit: p.commit, date: p.date, file: p.file, line: f.line, format: f.format, redacted, id });
    }
  };
  const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.startsWith('\0commit ')) {
      await flush();
      [, commit, date] = line.slice(1).split(' ');
      commits++;
      file = undefined;
      continue;
    }
    if (line.startsWith('+++ ')) {
      await flush();
      const repoPath = line.startsWith('+++ b/') ? line.slice(6) : undefined;
      file = repoPath ? opts.rel(repoPath) : undefined;
      if (file !== undefined && NOT_APP_FILE.test(file)) file = undefined;
      if (file !== undefined) pending = { commit, date, file, lines: [] };
      continue;
    }
    if (line.startsWith('@@ ')) {
      const m = /\+(\d+)/.exec(line);
      nextLine = m ? Number(m[1]) : 0;
      continue;
    }
    if (!pending) continue;
    if (line.startsWith('+')) {
      // minified or generated lines: no one pastes a key there, and matching them is slow
      if (line.length <= 4000) pending.lines.push({ line: nextLine, text: line.slice(1) });
      nextLine++;
    }
  }
  await flush();
  const code = await exited;
  clearTimeout(timer);
  // a rewritten history (an excluded tip is gone), no git, a timeout: the caller decides
  if (code !== 0) throw new Error(code === 128 ? 'git log failed (exit 128: the repository is missing objects or a commit is unreadable)' : `git log exited with ${code}`);
  return { secrets, commits };
}
