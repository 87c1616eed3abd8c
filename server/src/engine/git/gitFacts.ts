/**
 * What git knows that the working tree does not say: `.env` files that are tracked or not
 * ignored, and secrets that were committed at some point (still there or since removed).
 * Workspace audit only; runs `git` locally through simple-git, never the network.
 */
import * as path from 'path';
import { simpleGit } from 'simple-git';
import { classifySecretValue, redactSecret } from '../secrets/envSecrets';

export interface GitFacts {
  /** tracked env files (workspace-relative) */
  trackedEnvFiles: string[];
  /** env files present, untracked and not ignored */
  unignoredEnvFiles: string[];
  historySecrets: { commit: string; file: string; format: string; redacted: string; date: string }[];
  commitsScanned: number;
}

const ENV_FILE = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;
const EXAMPLE_ENV = /\.(?:example|sample|template|dist|defaults?|schema)$/i;
/** tokens worth classifying in a diff line (quoted values, KEY=value, bare key formats) */
const CANDIDATE = /(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z]{16,}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[0-9A-Za-z]{30,}|github_pat_[0-9A-Za-z_]{40,}|xox[abposr]-[0-9A-Za-z-]{10,}|SG\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}|sk-ant-[0-9A-Za-z_-]{20,}|sk-(?:proj-)?[0-9A-Za-z_-]{32,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|[a-z][a-z0-9+.-]*:\/\/[^:/@\s'"]+:[^@\s'"]+@[^\s'"]+/g;

/** vendored code, tests, docs and example files hold sample values, not the project's keys */
const NOT_APP_FILE = /(?:^|\/)(?:node_modules|vendor|bower_components|test|tests|__tests__|spec|fixtures?|examples?|docs?)\/|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)(?:readme|changelog|contributing)[^/]*$|\.(?:md|mdx|txt|example|sample|template)$|(?:^|\/)\.?(?:example|sample)[-_.]env|\.env\.(?:example|sample|template)$/i;

/** `postgres://postgres:postgres@localhost:5432/app`: local development credentials */
function devCredentials(url: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^:/@\s]+):([^@\s]+)@([^:/?\s]+)/i.exec(url);
  if (!m) return false;
  const [, user, pass, host] = m;
  return /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|db|postgres|mysql|mongo|mongodb|redis|database|host\.docker\.internal)$/i.test(host) ||
    /^(?:postgres|password|pass|root|secret|example|admin|test|user|changeme|mysecretpassword|\$\{?\w+\}?|<[^>]+>|x+|\*+)$/i.test(pass) || pass === user;
}

/**
 * A repository's own .git/config is workspace content: it can name commands that git runs on
 * read-only operations (an fsmonitor hook on ls-files, a textconv driver on log -p, gpg for
 * signatures). These overrides, with --no-textconv/--no-ext-diff on log, keep git from running
 * anything but itself (test/sandbox.test.ts plants each of them). simple-git refuses to set
 * these keys at all unless told; we set them only to these fixed, inert values.
 */
const NEUTRAL_CONFIG = ['core.fsmonitor=false', 'log.showSignature=false', 'diff.external=', 'core.hooksPath=/dev/null', 'core.pager=cat'];
const NEUTRAL_ALLOWED = { allowUnsafeFsMonitor: true, allowUnsafeDiffExternal: true, allowUnsafeHooksPath: true, allowUnsafePager: true };

export async function collectGitFacts(root: string, opts: { maxCommits?: number } = {}): Promise<GitFacts | null> {
  try {
    const git = simpleGit({ baseDir: root, timeout: { block: 20000 }, config: NEUTRAL_CONFIG, unsafe: NEUTRAL_ALLOWED });
    if (!(await git.checkIsRepo())) return null;
    const top = (await git.revparse(['--show-toplevel'])).trim();
    const prefix = path.relative(top, root).split(path.sep).join('/');
    const rel = (p: string) => (prefix ? p.slice(prefix.length + 1) : p);
    const inRoot = (p: string) => !prefix || p.startsWith(prefix + '/');
    const tracked = (await git.raw(['ls-files', '--full-name', '-z', '--', ':/'])).split('\0').filter((p) => p && inRoot(p));
    const trackedEnvFiles = tracked.filter((p) => ENV_FILE.test(p) && !EXAMPLE_ENV.test(p)).map(rel);
    const others = (await git.raw(['ls-files', '--full-name', '--others', '--exclude-standard', '-z', '--', ':/'])).split('\0').filter((p) => p && inRoot(p));
    const unignoredEnvFiles = others.filter((p) => ENV_FILE.test(p) && !EXAMPLE_ENV.test(p)).map(rel);
    const max = opts.maxCommits ?? 1000;
    const log = await git.raw(['log', '--all', `--max-count=${max}`, '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--format=@@commit %h %cs', '--', prefix ? prefix : '.']);
    const historySecrets: GitFacts['historySecrets'] = [];
    const seen = new Set<string>();
    let commit = '';
    let date = '';
    let file = '';
    let commitsScanned = 0;
    for (const line of log.split('\n')) {
      if (line.startsWith('@@commit ')) {
        [, commit, date] = line.split(' ');
        commitsScanned++;
        continue;
      }
      if (line.startsWith('+++ ')) {
        file = line.startsWith('+++ b/') ? line.slice(6) : '';
        continue;
      }
      if (!line.startsWith('+') || !file || line.length > 4000 || !inRoot(file) || NOT_APP_FILE.test(file)) continue;
      for (const m of line.matchAll(CANDIDATE)) {
        const v = classifySecretValue(m[0]);
        if (v.kind !== 'secret' || v.format === 'high-entropy') continue;
        if (v.format === 'connection string with a password' && devCredentials(m[0])) continue;
        const key = `${file}\0${m[0]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        historySecrets.push({ commit, date, file: rel(file), format: v.format, redacted: redactSecret(m[0]) });
      }
    }
    return { trackedEnvFiles, unignoredEnvFiles, historySecrets, commitsScanned };
  } catch {
    return null;
  }
}
