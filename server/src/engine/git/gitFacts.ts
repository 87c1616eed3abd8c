/**
 * What git knows that the working tree does not say: `.env` files that are tracked or not
 * ignored, and secrets that were committed at some point (still there or since removed).
 * Workspace audit only; runs the local `git` (simple-git for questions, a streamed `git log` for
 * the history walk), never the network.
 */
import { ENV_FILE, EXAMPLE_ENV } from '../secrets/envFiles';
import * as fs from 'fs';
import * as path from 'path';
// (simple-git and dotenv are loaded when git is asked: a warm audit outside a repository never pays for them)
type SimpleGitModule = typeof import('simple-git');
type DotenvModule = typeof import('dotenv');
import { classifySecretValue } from '../secrets/envSecrets';
import { routeguardVersion } from '../version';
import { scanHistory, HistorySecret } from './history';
import { historyCacheFile, readHistoryCache, writeHistoryCache } from './historyCache';
import { NEUTRAL_ALLOWED, NEUTRAL_CONFIG } from './neutral';
import { resolveCacheDir } from '../facts/diskCache';

export interface GitFacts {
  /** tracked env files (workspace-relative) */
  trackedEnvFiles: string[];
  /** env files present, untracked and not ignored */
  unignoredEnvFiles: string[];
  historySecrets: HistorySecret[];
  /** the history walk: whether it ran, commits read now and known from the cache */
  history: { scanned: boolean; commitsRead: number; commitsCached: number; ms: number; note?: string };
  /** files changed since a ref (--changed-since), workspace-relative; undefined when not asked */
  changedFiles?: string[];
}

export interface GitOptions {
  /** walk the history for secrets (default true) */
  history?: boolean;
  /** where scanned commits are remembered (default: the facts cache's folder, see diskCache.ts) */
  cacheDir?: string;
  /** neither read nor write the history cache (--no-cache) */
  noCache?: boolean;
  /** also list files changed since this ref (committed, staged, unstaged, untracked) */
  changedSince?: string;
}


/** An env file of `KEY=` and `KEY=changeme` lines documents names, it holds no value. */
function onlyPlaceholders(text: string): boolean {
  const { parse: parseDotenv } = require('dotenv') as DotenvModule;
  const values = Object.values(parseDotenv(text));
  return values.every((v) => classifySecretValue(v).kind === 'placeholder');
}

export class GitRefError extends Error {}

/** Is there a `.git` (folder, or the file of a worktree) here or above? Without one, and without GIT_DIR, git finds no repository. */
function insideRepository(root: string): boolean {
  if (process.env.GIT_DIR) return true;
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

export async function collectGitFacts(root: string, opts: GitOptions = {}): Promise<GitFacts | null> {
  // (a folder outside any repository: no process to start)
  if (!insideRepository(root)) return null;
  const { simpleGit } = require('simple-git') as SimpleGitModule;
  // simple-git passes our environment through; it refuses a custom one that holds EDITOR and the like
  const git = simpleGit({ baseDir: root, timeout: { block: 60_000 }, config: NEUTRAL_CONFIG, unsafe: NEUTRAL_ALLOWED });
  try {
    if (!(await git.checkIsRepo())) return null;
  } catch {
    return null;
  }
  const top = (await git.revparse(['--show-toplevel'])).trim();
  const prefix = path.relative(fs.realpathSync(top), fs.realpathSync(root)).split(path.sep).join('/');
  const rel = (p: string) => (prefix ? p.slice(prefix.length + 1) : p);
  const inRoot = (p: string) => !prefix || p.startsWith(prefix + '/');
  const list = async (args: string[]) => (await git.raw(['ls-files', '--full-name', '-z', ...args, '--', ':/'])).split('\0').filter((p) => p && inRoot(p)).map(rel);
  const isEnv = (p: string) => ENV_FILE.test(p) && !EXAMPLE_ENV.test(p);
  const holdsValues = (p: string) => {
    try {
      return !onlyPlaceholders(fs.readFileSync(path.join(root, p), 'utf8'));
    } catch {
      return true; // tracked but deleted from the tree: its values are still in the history
    }
  };
  const trackedEnvFiles = (await list([])).filter(isEnv).filter(holdsValues);
  const unignoredEnvFiles = (await list(['--others', '--exclude-standard'])).filter(isEnv).filter(holdsValues);

  let changedFiles: string[] | undefined;
  if (opts.changedSince !== undefined) {
    // simple-git resolves a failing command that printed nothing: check the answer, not the exit
    const sha = await git.raw(['rev-parse', '--verify', '--quiet', `${opts.changedSince}^{commit}`]).catch(() => '');
    if (!/^[0-9a-f]{40,64}\s*$/.test(sha)) {
      throw new GitRefError(`--changed-since: "${opts.changedSince}" is not a commit, branch or tag in this repository (fetch it first, e.g. git fetch origin main)`);
    }
    const diff = (await git.raw(['diff', '--no-ext-diff', '--no-textconv', '--name-only', '-z', '--no-renames', opts.changedSince, '--', ':/'])).split('\0');
    const untracked = await list(['--others', '--exclude-standard']);
    changedFiles = [...new Set([...diff.filter((p) => p && inRoot(p)).map(rel), ...untracked])].sort();
  }

  const history: GitFacts['history'] = { scanned: false, commitsRead: 0, commitsCached: 0, ms: 0 };
  let historySecrets: HistorySecret[] = [];
  // a partial clone fetches the objects it lacks from its remote when `git log -p` reads them:
  // the walk would use the network (GIT_NO_LAZY_FETCH only stops that on git 2.45 and later)
  const partial = opts.history !== false && (await git.raw(['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$']).catch(() => '')).trim();
  if (partial) history.note = 'history not scanned: this is a partial clone, and reading its history would fetch objects over the network (clone it fully to scan it)';
  else if (opts.history !== false) {
    const t0 = Date.now();
    const pathspec = prefix || '.';
    const version = routeguardVersion();
    const cacheFile = historyCacheFile(resolveCacheDir(root, opts.cacheDir), top, pathspec);
    const cached = opts.noCache ? undefined : readHistoryCache(cacheFile, version, top, pathspec);
    const tips = (await git.raw(['for-each-ref', '--format=%(objectname)'])).split('\n').filter(Boolean);
    const head = (await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '')).trim();
    if (head) tips.push(head); // a detached HEAD is not a ref
    const scan = (exclude: string[], known: HistorySecret[]) =>
      scanHistory({ repoRoot: top, pathspec: prefix ? `:/${prefix}` : ':/', exclude, known: known.map((s) => s.id), rel: (p) => (inRoot(p) ? rel(p) : undefined) });
    try {
      let result;
      try {
        result = cached ? await scan(cached.tips, cached.secrets) : undefined;
      } catch {
        result = undefined; // history rewritten since: scan it all again
      }
      const reused = !!result;
      result ??= await scan([], []);
      historySecrets = reused ? [...cached!.secrets, ...result.secrets] : result.secrets;
      history.scanned = true;
      history.commitsRead = result.commits;
      history.commitsCached = reused ? cached!.commits : 0;
      if (!opts.noCache) writeHistoryCache(cacheFile, { version, repo: top, pathspec, tips: [...new Set(tips)], commits: history.commitsRead + history.commitsCached, secrets: historySecrets });
    } catch (e) {
      history.note = `history not scanned: ${(e as Error).message}`;
    }
    history.ms = Date.now() - t0;
  }
  return { trackedEnvFiles, unignoredEnvFiles, historySecrets, history, changedFiles };
}
