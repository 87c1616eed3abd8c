/**
 * File discovery: which files of the workspace are analysed. Honors .gitignore
 * files (via `ignore`), default ignores and a size cap. Never follows symlinks
 * (no loops, nothing outside the workspace).
 */
import { isEnvFileName } from '../secrets/envFiles';
import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';

export const DEFAULT_IGNORED_DIRS = new Set([
  'node_modules', 'dist', 'build', 'out', '.next', 'coverage', 'vendor', '.git', '.turbo', '.vercel',
  '.svelte-kit', '.nuxt', '.output', '.cache', 'bower_components', 'jspm_packages', 'tmp', 'storybook-static',
]);

// (Vue and Svelte single-file components: their `<script>` blocks are read, for browser-side env reads and storage writes)
const CODE_EXT = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;

/**
 * Tests, mocks and stories are not deployed: their routes are not the app's routes and their keys
 * and cookies are fakes. Skipped by default; `include` globs that name them bring them back.
 */
export const TEST_DIRS = new Set(['test', 'tests', '__tests__', '__mocks__', '__fixtures__', 'e2e', 'cypress', 'playwright']);
/** a workspace package or folder of tests: `integration-tests`, `e2e-tests`, `api_tests` */
const TEST_PACKAGE_DIR = /^(?:integration|e2e|unit|api|smoke|load|acceptance)[-_]tests?$/i;
/** a folder named for test tooling, skipped when it is a workspace package (it holds a package.json) */
const TEST_TOOLING_DIR = /^(?:testing|test[-_]?(?:utils|helpers|kit|support|setup))$/i;
// (test runners' setup files too: `vitest.setup.ts`, `jest.setup.js`, `vitest-e2e.setup.ts`, `setupTests.ts`;
// and mocks, `mock.ts`, `handlers.mock.ts`: canned data for tests and local runs)
const TEST_FILE = /\.(?:test|spec|e2e-spec|e2e|cy|stories|story|mocks?)\.[cm]?[jt]sx?$|^mocks?\.[cm]?[jt]sx?$|^(?:vitest|jest)[\w.-]*\.setup\.[cm]?[jt]sx?$|^setupTests\.[cm]?[jt]sx?$/i;

export type DiscoveredKind = 'code' | 'env' | 'prisma' | 'sql' | 'json' | 'wrangler';

export interface DiscoveredFile {
  rel: string; // forward slashes
  abs: string;
  size: number;
  kind: DiscoveredKind;
  /** size, mtime, ctime and inode as one string: the file is unchanged while it is the same (see facts/fileStamps.ts) */
  stamp?: string;
  mtimeMs?: number;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  skipped: { file: string; reason: string }[];
}

export interface DiscoveryOptions {
  include?: string[];
  exclude?: string[];
  maxFileSize: number;
}

export function classifyPath(rel: string): DiscoveredKind | null {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (isEnvFileName(base)) return 'env';
  if (base.endsWith('.prisma')) return 'prisma';
  if (base === 'wrangler.toml') return 'wrangler';
  if (base.endsWith('.sql')) return 'sql';
  if (base === 'package.json' || base === 'vercel.json' || base === 'tsconfig.json' || base === 'jsconfig.json' || base === 'tsoa.json') return 'json';
  if (CODE_EXT.test(base) && !base.endsWith('.d.ts') && !base.endsWith('.d.mts') && !base.endsWith('.d.cts')) return 'code';
  return null;
}

/** Generated or minified by name: not written by the team, not worth parsing. */
function isGeneratedName(base: string): boolean {
  return /\.min\.[cm]?js$/i.test(base) || /[.-]bundle\.[cm]?js$/i.test(base) || /\.chunk\.[cm]?js$/i.test(base);
}

export function discoverFiles(root: string, opts: DiscoveryOptions): DiscoveryResult {
  const files: DiscoveredFile[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const includeMatch = opts.include && opts.include.length ? picomatch(opts.include, { dot: true }) : null;
  const excludeMatch = opts.exclude && opts.exclude.length ? picomatch(opts.exclude, { dot: true }) : null;

  // Each directory carries the ignore rules of the .gitignore files above it.
  type Frame = { dir: string; rel: string; rules: { base: string; ig: Ignore }[] };
  const stack: Frame[] = [{ dir: root, rel: '', rules: [] }];
  while (stack.length) {
    const frame = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(frame.dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ file: frame.rel || '.', reason: `directory not readable (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    let rules = frame.rules;
    const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gi) {
      try {
        const text = fs.readFileSync(path.join(frame.dir, '.gitignore'), 'utf8');
        rules = [...rules, { base: frame.rel, ig: ignore().add(text) }];
      } catch {
        /* unreadable .gitignore: keep parent rules */
      }
    }
    const isIgnored = (rel: string, isDir: boolean) =>
      rules.some((r) => {
        const sub = r.base ? rel.slice(r.base.length + 1) : rel;
        return sub !== '' && r.ig.ignores(isDir ? sub + '/' : sub);
      });

    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const rel = frame.rel ? `${frame.rel}/${ent.name}` : ent.name;
      const abs = path.join(frame.dir, ent.name);
      if (ent.isSymbolicLink()) {
        // listed whatever it points at: a link to a folder may hide sources (or loop, or leave the workspace)
        skipped.push({ file: rel, reason: 'symbolic link (not followed)' });
        continue;
      }
      if (ent.isDirectory()) {
        if (DEFAULT_IGNORED_DIRS.has(ent.name)) continue;
        if ((TEST_DIRS.has(ent.name) || TEST_PACKAGE_DIR.test(ent.name)) && !includeMatch) continue;
        // a workspace package of test tooling (`libs/testing`, `packages/test-utils` with a package.json of its own):
        // the sessions and keys it makes are for the test suites
        if (TEST_TOOLING_DIR.test(ent.name) && !includeMatch && fs.existsSync(path.join(abs, 'package.json'))) continue;
        if (ent.name.startsWith('.') && ent.name !== '.') continue; // .yarn, .idea, .github...
        if (isIgnored(rel, true)) continue;
        if (excludeMatch && excludeMatch(rel + '/')) continue;
        stack.push({ dir: abs, rel, rules });
        continue;
      }
      if (!ent.isFile()) continue;
      const kind = classifyPath(rel);
      if (!kind) continue;
      // .env files are usually gitignored: that is exactly why we must still read them.
      if (kind !== 'env' && isIgnored(rel, false)) continue;
      if (excludeMatch && excludeMatch(rel)) continue;
      if (includeMatch && kind === 'code' && !includeMatch(rel)) continue;
      if (kind === 'code' && !includeMatch && TEST_FILE.test(ent.name)) continue;
      let size = 0;
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
        size = st.size;
      } catch (e) {
        skipped.push({ file: rel, reason: `not readable (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      if (kind === 'code' && isGeneratedName(ent.name)) {
        skipped.push({ file: rel, reason: 'minified or generated file (by name)' });
        continue;
      }
      if (size > opts.maxFileSize) {
        skipped.push({ file: rel, reason: `larger than the size cap (${size} bytes > ${opts.maxFileSize})` });
        continue;
      }
      files.push({ rel, abs, size, kind, stamp: `${size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`, mtimeMs: st.mtimeMs });
    }
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { files, skipped };
}
