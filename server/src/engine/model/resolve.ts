/**
 * Import resolution the way TypeScript does it (tsconfig/jsconfig `paths`, `baseUrl`,
 * index files, extensions, package.json `exports` of workspace packages), through
 * TypeScript's own `resolveModuleName`. Reads config files as data only: no
 * plugin, no script, nothing from the workspace is executed.
 */
import * as path from 'path';
import * as fs from 'fs';
import * as crypto from 'crypto';
import type ts from 'typescript';

// loaded on first need: resolutions answered from the facts cache folder (a warm audit) need none,
// and loading TypeScript costs about a fifth of a second
let tsModule: typeof ts | undefined;
function typescript(): typeof ts {
  return (tsModule ??= require('typescript') as typeof ts); // eslint-disable-line @typescript-eslint/no-require-imports
}

export type Resolution = { kind: 'file'; rel: string } | { kind: 'package'; name: string } | { kind: 'unresolved' };

export class ModuleResolver {
  private readonly optionsByDir = new Map<string, ts.CompilerOptions>();
  private readonly cache = new Map<string, Resolution>();
  private readonly host: ts.ModuleResolutionHost;
  private tsCacheMade?: ts.ModuleResolutionCache;

  constructor(private readonly root: string, private readonly known: Set<string>) {
    this.host = {
      fileExists: (f) => {
        try {
          return fs.statSync(f).isFile();
        } catch {
          return false;
        }
      },
      readFile: (f) => {
        try {
          return fs.readFileSync(f, 'utf8');
        } catch {
          return undefined;
        }
      },
      directoryExists: (d) => {
        try {
          return fs.statSync(d).isDirectory();
        } catch {
          return false;
        }
      },
      realpath: (p) => p,
      getCurrentDirectory: () => root,
    };
  }

  private get tsCache(): ts.ModuleResolutionCache {
    return (this.tsCacheMade ??= typescript().createModuleResolutionCache(this.root, (x) => x));
  }

  /** resolutions computed here (not seeded): a saved set is out of date when this is above zero */
  computed = 0;

  /** Resolutions a previous audit made under the same signature (see resolutionSignature). */
  seed(entries: unknown): void {
    if (!Array.isArray(entries)) return;
    for (const e of entries) {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || !isResolution(e[1])) continue;
      // a file that is gone is answered afresh
      if (e[1].kind === 'file' && !this.known.has(e[1].rel)) continue;
      this.cache.set(e[0], e[1]);
    }
  }

  /** Every resolution known, as plain JSON. */
  entries(): [string, Resolution][] {
    return [...this.cache];
  }

  /**
   * The same answers by importing file and specifier: a link asks tens of thousands of times (every evaluation of an
   * imported name), and this answers without building a key
   */
  private readonly byFile = new Map<string, Map<string, Resolution>>();

  resolve(fromRel: string, specifier: string): Resolution {
    let mine = this.byFile.get(fromRel);
    const known = mine?.get(specifier);
    if (known) return known;
    if (!mine) this.byFile.set(fromRel, (mine = new Map()));
    const res = this.resolveByDir(fromRel, specifier);
    mine.set(specifier, res);
    return res;
  }

  private resolveByDir(fromRel: string, specifier: string): Resolution {
    const dir = path.posix.dirname(fromRel);
    const key = `${dir}\0${specifier}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const res = this.resolveUncached(fromRel, specifier);
    this.computed++;
    this.cache.set(key, res);
    return res;
  }

  private resolveUncached(fromRel: string, specifier: string): Resolution {
    if (specifier.startsWith('node:')) return { kind: 'package', name: specifier };
    const containing = path.join(this.root, fromRel);
    const options = this.optionsFor(path.dirname(containing));
    // Shortcuts that give TypeScript's answer without its probing of the disk (most of the cost
    // of linking): a bare specifier only resolves to a workspace file through paths/baseUrl (one
    // found in node_modules is a package); a relative one with exactly one workspace file it can
    // name resolves to that file.
    // SvelteKit's `$lib` alias lives in the generated .svelte-kit/tsconfig.json (not in the workspace): src/lib
    if ((specifier === '$lib' || specifier.startsWith('$lib/')) && !matchesPaths(specifier, options.paths)) {
      const at = `/${fromRel}`.indexOf('/src/');
      const root = at > 0 ? fromRel.slice(0, at - 1) + '/' : '';
      const hit = at >= 0 ? this.candidates(`${root}src/lib${specifier.slice(4)}`)[0] : undefined;
      if (hit) return { kind: 'file', rel: hit };
    }
    // `@/x` and `~/x` with no `paths` entry for them: the project's conventional source alias (a
    // tsconfig the workspace does not hold, or a bundler alias): `src/x`, Remix's `app/x`, or `x`
    // from the nearest package root
    if (/^[@~]\//.test(specifier) && !matchesPaths(specifier, options.paths)) {
      const hit = this.conventionalAlias(fromRel, specifier);
      if (hit) return { kind: 'file', rel: hit };
    }
    if (isBare(specifier) && !matchesPaths(specifier, options.paths)) {
      const own = this.workspacePackage(specifier);
      if (own) return { kind: 'file', rel: own };
    }
    if (isBare(specifier) && !matchesPaths(specifier, options.paths) && !this.underBaseUrl(specifier, options.baseUrl)) return { kind: 'package', name: packageName(specifier) };
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      const only = this.onlyCandidate(path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), specifier)));
      if (only) return { kind: 'file', rel: only };
    } else if (isBare(specifier)) {
      const only = this.onlyAliasCandidate(specifier, options);
      if (only) return { kind: 'file', rel: only };
    }
    let resolved: string | undefined;
    try {
      const r = typescript().resolveModuleName(specifier, containing, options, this.host, this.tsCache);
      resolved = r.resolvedModule?.resolvedFileName;
    } catch {
      resolved = undefined;
    }
    if (resolved) {
      const rel = path.relative(this.root, resolved).split(path.sep).join('/');
      if (!rel.startsWith('..') && !rel.includes('node_modules/')) {
        if (this.known.has(rel)) return { kind: 'file', rel };
        // a .d.ts next to the source, or a .js path written for a .ts file
        const alt = rel.replace(/\.d\.([cm]?)ts$/, '.$1ts').replace(/\.d\.ts$/, '.ts');
        if (this.known.has(alt)) return { kind: 'file', rel: alt };
      }
    }
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      // TypeScript refuses some JS layouts (e.g. no allowJs-compatible extension): try the usual suspects.
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), specifier));
      for (const cand of [base, ...['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'].map((e) => base + e), ...['ts', 'tsx', 'js', 'jsx', 'mjs'].map((e) => `${base}/index.${e}`), base.replace(/\.js$/, '.ts')]) {
        if (this.known.has(cand)) return { kind: 'file', rel: cand };
      }
      return { kind: 'unresolved' };
    }
    return { kind: 'package', name: packageName(specifier) };
  }

  private packages?: Map<string, { dir: string; entries: string[] }>;
  /**
   * A monorepo's own packages (`@acme/lib/server/x` from `packages/lib/package.json` named
   * `@acme/lib`): what the package manager links into node_modules, resolved to the sources,
   * since a built `main` (`build/index.js`) is not in the workspace.
   */
  private conventionalAlias(fromRel: string, spec: string): string | undefined {
    const rest = spec.slice(2);
    const parts = fromRel.split('/').slice(0, -1);
    for (let n = parts.length; n >= 0; n--) {
      const dir = parts.slice(0, n).join('/');
      if (!this.known.has(dir ? `${dir}/package.json` : 'package.json')) continue;
      const pre = dir ? `${dir}/` : '';
      for (const sub of spec.startsWith('~') ? ['app/', 'src/', ''] : ['src/', '']) {
        const cs = this.candidates(`${pre}${sub}${rest}`);
        if (cs.length === 1) return cs[0];
        if (cs.length > 1) return undefined;
      }
      return undefined;
    }
    return undefined;
  }

  private workspacePackage(spec: string): string | undefined {
    if (!this.packages) {
      this.packages = new Map();
      for (const rel of this.known) {
        if (!rel.endsWith('package.json') || rel.includes('node_modules/')) continue;
        let data: { name?: unknown; main?: unknown; types?: unknown; module?: unknown; exports?: unknown } | undefined;
        try {
          data = JSON.parse(this.host.readFile(path.join(this.root, rel)) ?? 'null');
        } catch {
          data = undefined;
        }
        if (!data || typeof data.name !== 'string' || this.packages.has(data.name)) continue;
        const dot = typeof data.exports === 'string' ? data.exports : (data.exports as Record<string, unknown> | undefined)?.['.'];
        const entries = [data.types, data.module, data.main, typeof dot === 'string' ? dot : (dot as Record<string, unknown> | undefined)?.types ?? (dot as Record<string, unknown> | undefined)?.import ?? (dot as Record<string, unknown> | undefined)?.default]
          .filter((x): x is string => typeof x === 'string');
        this.packages.set(data.name, { dir: path.posix.dirname(rel), entries });
      }
    }
    const name = packageName(spec);
    const pkg = this.packages.get(name);
    if (!pkg) return undefined;
    const join = (sub: string) => path.posix.normalize(pkg.dir === '.' ? sub : `${pkg.dir}/${sub}`);
    const sub = spec.slice(name.length).replace(/^\//, '');
    // built output maps back to the sources: build/main/index.js, dist/index.js -> src/index.ts
    const fromBuild = (p: string) => p.replace(/^\.\//, '').replace(/^(?:build|dist|lib|out)\/(?:main\/|module\/|esm\/|cjs\/)?/, 'src/');
    const tries = sub ? [sub, `src/${sub}`] : [...pkg.entries.flatMap((e) => [e.replace(/^\.\//, ''), fromBuild(e)]), 'src/index', 'index'];
    for (const t of tries) {
      const hit = this.candidates(join(t))[0];
      if (hit) return hit;
    }
    return undefined;
  }

  private stems?: Set<string>;
  /** Could `baseUrl/spec` name a workspace file or folder? */
  private underBaseUrl(spec: string, baseUrl: string | undefined): boolean {
    if (!baseUrl) return false;
    if (!this.stems) {
      this.stems = new Set();
      for (const rel of this.known) {
        const parts = rel.split('/');
        for (let i = 1; i < parts.length; i++) this.stems.add(parts.slice(0, i).join('/'));
        this.stems.add(rel.replace(/\.[^./]+$/, '').replace(/\.d$/, ''));
      }
    }
    const base = path.relative(this.root, baseUrl).split(path.sep).join('/');
    if (base.startsWith('..')) return true; // outside the workspace: let TypeScript decide
    const cand = path.posix.normalize(base ? `${base}/${spec}` : spec).replace(/\.[cm]?[jt]sx?$/, '');
    return this.stems.has(cand);
  }

  /**
   * The single workspace file a `paths` alias (`@/lib/db`) can name through the pattern TypeScript
   * would pick (the longest matching prefix), or undefined: then TypeScript decides.
   */
  private onlyAliasCandidate(spec: string, options: ts.CompilerOptions): string | undefined {
    const base = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath;
    if (!options.paths || !base) return undefined;
    let best: { pattern: string; star: number } | undefined;
    for (const pattern of Object.keys(options.paths)) {
      const star = pattern.indexOf('*');
      const ok = star < 0 ? spec === pattern : spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1)) && spec.length >= pattern.length - 1;
      if (!ok) continue;
      if (star < 0) {
        best = { pattern, star };
        break; // an exact match wins
      }
      if (!best || star > best.star) best = { pattern, star };
    }
    if (!best) return undefined;
    const matched = best.star < 0 ? '' : spec.slice(best.star, spec.length - (best.pattern.length - best.star - 1));
    let found: string | undefined;
    for (const sub of options.paths[best.pattern]) {
      const rel = path.relative(this.root, path.resolve(base, sub.replace('*', matched))).split(path.sep).join('/');
      if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
      const cs = this.candidates(rel);
      if (cs.length > 1) return undefined;
      if (!cs.length) continue;
      if (found && found !== cs[0]) return undefined;
      found = cs[0];
    }
    return found;
  }

  /** The single workspace file a relative specifier can name, or undefined (none or several). */
  private onlyCandidate(base: string): string | undefined {
    const cs = this.candidates(base);
    return cs.length === 1 ? cs[0] : undefined;
  }

  /** The workspace files a path without extension (or with a JS one written for TS) can name. */
  private candidates(base: string): string[] {
    const stem = base.replace(/\.[cm]?[jt]sx?$/, '');
    const exts = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '.d.ts'];
    const cands = new Set([base, ...exts.map((e) => stem + e), ...exts.map((e) => `${base}/index${e}`)]);
    return [...cands].filter((c) => this.known.has(c));
  }

  /** Compiler options of the nearest tsconfig.json / jsconfig.json above a directory. */
  private optionsFor(absDir: string): ts.CompilerOptions {
    const hit = this.optionsByDir.get(absDir);
    if (hit) return hit;
    let opts: ts.CompilerOptions | undefined;
    const relDir = path.relative(this.root, absDir).split(path.sep).join('/');
    const inWorkspace = !relDir.startsWith('..') && !path.isAbsolute(relDir);
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      const p = path.join(absDir, name);
      // discovery lists every config file of the workspace: no need to ask the disk for those
      if (inWorkspace ? this.known.has(relDir ? `${relDir}/${name}` : name) : this.host.fileExists(p)) {
        opts = this.readConfig(p);
        break;
      }
    }
    if (!opts) {
      const parent = path.dirname(absDir);
      const insideRoot = !path.relative(this.root, absDir).startsWith('..') && absDir !== this.root;
      opts = insideRoot && parent !== absDir ? this.optionsFor(parent) : defaultOptions();
    }
    this.optionsByDir.set(absDir, opts);
    return opts;
  }

  private readConfig(file: string): ts.CompilerOptions {
    try {
      const ts = typescript();
      const read = ts.readConfigFile(file, (f) => this.host.readFile(f));
      if (read.error || !read.config) return defaultOptions();
      const parsed = ts.parseJsonConfigFileContent(
        read.config,
        {
          useCaseSensitiveFileNames: true,
          readDirectory: () => [], // we never need the file list, only the options
          fileExists: (f) => this.host.fileExists(f),
          readFile: (f) => this.host.readFile(f),
        },
        path.dirname(file),
        undefined,
        file,
      );
      const o = { ...parsed.options, allowJs: true, noEmit: true };
      if (o.moduleResolution === undefined || o.moduleResolution === ts.ModuleResolutionKind.Classic) o.moduleResolution = ts.ModuleResolutionKind.Bundler;
      if (o.moduleResolution === ts.ModuleResolutionKind.Bundler && o.module !== undefined && o.module !== ts.ModuleKind.ESNext && o.module !== ts.ModuleKind.Preserve) o.module = ts.ModuleKind.ESNext;
      return o;
    } catch {
      return defaultOptions();
    }
  }
}

function defaultOptions(): ts.CompilerOptions {
  // ModuleResolutionKind.Bundler and ModuleKind.ESNext, written as numbers so that no TypeScript is loaded for them
  return { allowJs: true, moduleResolution: 100 as ts.ModuleResolutionKind, module: 99 as ts.ModuleKind, noEmit: true };
}

function isBare(spec: string): boolean {
  return !spec.startsWith('.') && !spec.startsWith('/') && !spec.startsWith('#') && !path.isAbsolute(spec);
}

/** Does a specifier match one of tsconfig's `paths` patterns (`@/*`, `~lib`)? */
function matchesPaths(spec: string, paths: ts.MapLike<string[]> | undefined): boolean {
  if (!paths) return false;
  for (const pattern of Object.keys(paths)) {
    const star = pattern.indexOf('*');
    if (star < 0 ? spec === pattern : spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1)) && spec.length >= pattern.length - 1) return true;
  }
  return false;
}

/**
 * A Deno-style specifier for a package (`npm:hono@4.6/cors`, `jsr:@hono/hono@^4/cors`,
 * `https://deno.land/x/hono@v4.3.11/mod.ts`, `https://esm.sh/hono@4/cors`) as Node code would write
 * it (`hono/cors`), so Supabase Edge Functions and Deno apps import the libraries the adapters know.
 * Anything else is returned as it is.
 */
export function nodeSpecifier(spec: string): string {
  const m = /^(?:npm:|jsr:|https?:\/\/(?:esm\.sh|deno\.land\/x|cdn\.skypack\.dev|cdn\.jsdelivr\.net\/npm)\/)(@[^/@]+\/[^/@]+|[^/@]+)(?:@[^/]*)?(\/.*)?$/.exec(spec);
  if (!m) return spec;
  // Hono is published on JSR as @hono/hono
  const name = m[1] === '@hono/hono' ? 'hono' : m[1];
  const sub = (m[2] ?? '').replace(/\/mod\.[jt]s$/, '').replace(/\.[jt]s$/, '');
  return name + sub;
}

export function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isResolution(r: unknown): r is Resolution {
  const x = r as { kind?: unknown; rel?: unknown; name?: unknown } | null;
  if (!x || typeof x !== 'object') return false;
  return (x.kind === 'file' && typeof x.rel === 'string') || (x.kind === 'package' && typeof x.name === 'string') || x.kind === 'unresolved';
}

/**
 * What resolutions depend on besides the specifier: which files exist, the config files
 * (tsconfig/jsconfig, package.json: paths, baseUrl, workspace packages) and what is installed
 * (a tsconfig may extend a package's). Saved resolutions are reused only under the same one.
 */
export function resolutionSignature(root: string, files: Map<string, { hash: string }>): string {
  const h = crypto.createHash('sha1');
  for (const file of [...files.keys()].sort()) {
    h.update(file).update('\u0000');
    if (/(?:^|\/)(?:[tj]sconfig[^/]*|package)\.json$/.test(file)) h.update(files.get(file)!.hash).update('\u0000');
  }
  for (const marker of ['node_modules', 'node_modules/.package-lock.json', 'node_modules/.modules.yaml', 'node_modules/.yarn-state.yml']) {
    try {
      h.update(`${marker}:${fs.statSync(path.join(root, marker)).mtimeMs}`);
    } catch {
      h.update(`${marker}:-`);
    }
  }
  return h.digest('base64');
}
