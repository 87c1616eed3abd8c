/**
 * One workspace folder as the language server sees it: the discovered files, the facts of each
 * (re-extracted one file at a time as buffers change), and the latest analysis. The pipeline is
 * the CLI's (engine/analyze); this class only decides what to recompute.
 */
import * as path from 'path';
import * as fs from 'fs';
import type { FileFacts } from '../engine/types';
import type { SkippedFile, Route } from '../engine/model/types';
import type { RouteguardConfig } from '../engine/config/types';
import type { Finding } from '../engine/findings';
import { AnalysisResult, FactsCache, finishAnalysis, loadFile, AnalysisCancelled, routeRuleFindings } from '../engine/analyze';
import type { EarlyRoutes } from '../engine/model/link';
import { classifyPath, discoverFiles, DiscoveredFile, DEFAULT_IGNORED_DIRS } from '../engine/discover/discover';
import { loadConfig, ConfigError, CONFIG_FILE } from '../engine/config/load';
import { defaultConfig, RuleSetting } from '../engine/config/types';
import { ModuleResolver } from '../engine/model/resolve';
import { RouteMemo } from '../engine/model/routeMemo';
import { RouteRuleCache } from '../engine/ruleCache';
import { readFactsCache, readRouteMemo, resolveCacheDir, saveFactsCache } from '../engine/facts/diskCache';

export interface WorkspaceSettings {
  /** severity overrides from the editor's settings (routeguard.rules) */
  rules: Record<string, RuleSetting>;
}

/** Diagnostics for some files (the open editors) ahead of the whole analysis. */
export interface EarlyDiagnostics {
  files: Iterable<string>;
  /** when the last analysis took less (ms), everything is published at once (default EARLY_AFTER_MS) */
  afterMs?: number;
  publish(byFile: Map<string, Finding[]>): void;
}

/**
 * Below this (the last analysis's time, in ms) everything is published at once: nothing to gain.
 * ROUTEGUARD_EARLY_AFTER_MS overrides (the tests set 0).
 */
const EARLY_AFTER_MS = /^\d+$/.test(process.env.ROUTEGUARD_EARLY_AFTER_MS ?? '') ? Number(process.env.ROUTEGUARD_EARLY_AFTER_MS) : 40;

export class Workspace {
  config: RouteguardConfig = defaultConfig();
  /** why routeguard.config.json was not used (shown once to the user) */
  configProblem?: string;
  private readonly files = new Map<string, DiscoveredFile>();
  private readonly facts = new Map<string, FileFacts>();
  private readonly fileSkips = new Map<string, string>();
  private discoverySkipped: SkippedFile[] = [];
  /** open buffers by relative path; they win over the disk */
  readonly overlays = new Map<string, string>();
  private readonly cache = new FactsCache();
  private resolver?: ModuleResolver;
  private memo = new RouteMemo();
  /** per-route rules' findings by route, across edits */
  private ruleCache = new RouteRuleCache();
  /** the text each file's facts came from */
  private readonly texts = new Map<string, string>();
  private dirty = new Set<string>();
  /** git facts from the last workspace audit: kept so its findings stay until the next audit */
  private gitFacts?: import('../engine/git/gitFacts').GitFacts;
  result?: Omit<AnalysisResult, 'stats'>;
  indexed = false;
  /** how long the last analysis after an edit took (the whole of it) */
  private lastAnalysisMs = 0;

  constructor(readonly root: string, private settings: WorkspaceSettings = { rules: {} }) {}

  relPath(abs: string): string | undefined {
    const rel = path.relative(this.root, abs);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  contains(abs: string): boolean {
    return this.relPath(abs) !== undefined;
  }

  setSettings(settings: WorkspaceSettings) {
    this.settings = settings;
    this.applySettings();
  }

  private loadConfig() {
    this.configProblem = undefined;
    try {
      this.config = loadConfig(this.root).config;
    } catch (e) {
      // a broken config never stops the analysis: defaults apply and the user is told why
      this.config = defaultConfig();
      this.configProblem = e instanceof ConfigError ? e.message : `${CONFIG_FILE}: ${(e as Error).message}`;
    }
    this.applySettings();
  }

  private applySettings() {
    this.config = { ...this.config, rules: { ...this.config.rules, ...this.settings.rules } };
  }

  /** Discover and extract every file, yielding to the event loop between slices. */
  async index(onProgress?: (done: number, total: number) => void, isCancelled?: () => boolean): Promise<void> {
    this.loadConfig();
    const discovery = discoverFiles(this.root, { include: this.config.include, exclude: this.config.exclude, maxFileSize: this.config.maxFileSize });
    this.files.clear();
    this.facts.clear();
    this.texts.clear();
    this.fileSkips.clear();
    this.discoverySkipped = discovery.skipped;
    this.resolver = undefined;
    // the facts cache the CLI keeps (same place, same rules): reopening a workspace parses only
    // what changed since the last audit or session
    const cacheDir = resolveCacheDir(this.root, this.config.cacheDir);
    const cachedBefore = this.cache.size;
    // read in slices: a cache of thousands of files must not hold up the editor's requests
    this.cache.seed(await readFactsCache(cacheDir, () => new Promise((r) => setImmediate(r))));
    // and the routes the last audit built (each is checked against the facts it read)
    if (cachedBefore === 0) this.memo = readRouteMemo(cacheDir);
    const extracted: FileFacts[] = [];
    let hits = 0;
    let slice = Date.now();
    let i = 0;
    for (const f of discovery.files) {
      this.files.set(f.rel, f);
      const r = await this.load(f);
      if (r.facts && r.cached) hits++;
      else if (r.facts) extracted.push(r.facts);
      i++;
      if (Date.now() - slice > 15) {
        onProgress?.(i, discovery.files.length);
        await new Promise((r) => setImmediate(r));
        slice = Date.now();
        if (isCancelled?.()) throw new AnalysisCancelled();
      }
    }
    this.dirty.clear();
    this.indexed = true;
    this.indexStats = { files: discovery.files.length, fromCache: hits, parsed: extracted.length };
    // written where the project keeps caches (node_modules/.cache, or its cacheDir), never to the
    // system's temporary folder for any folder the editor happens to open
    const ownsCacheFolder = !!this.config.cacheDir || fs.existsSync(path.join(this.root, 'node_modules'));
    if (cachedBefore === 0 && ownsCacheFolder) saveFactsCache(cacheDir, this.facts, extracted, Math.max(0, this.cache.size - this.facts.size));
  }

  /** how the last index went: files, facts read from the cache, files parsed */
  indexStats?: { files: number; fromCache: number; parsed: number };

  /** files whose facts are being computed (their text is not in `texts` yet) */
  private readonly loading = new Set<string>();

  private async load(f: DiscoveredFile) {
    this.loading.add(f.rel);
    let r: Awaited<ReturnType<typeof loadFile>>;
    try {
      r = await loadFile(f, { cache: this.cache, overlays: this.overlays });
    } finally {
      this.loading.delete(f.rel);
    }
    if (r.text !== undefined && r.facts) this.texts.set(f.rel, r.text);
    else this.texts.delete(f.rel);
    if (r.skip) this.fileSkips.set(f.rel, r.skip);
    else this.fileSkips.delete(f.rel);
    if (r.facts) this.facts.set(f.rel, r.facts);
    else this.facts.delete(f.rel);
    return r;
  }

  /** Is this path one routeguard analyses (by kind and location)? */
  private candidate(rel: string): DiscoveredFile | undefined {
    const known = this.files.get(rel);
    if (known) return known;
    const kind = classifyPath(rel);
    if (!kind) return undefined;
    if (rel.split('/').slice(0, -1).some((seg) => DEFAULT_IGNORED_DIRS.has(seg) || seg.startsWith('.'))) return undefined;
    return { rel, abs: path.join(this.root, rel), size: 0, kind };
  }

  /**
   * A buffer was opened or edited (text) or closed (undefined: the disk wins again). Returns
   * whether the analysis is out of date: opening a file, or closing one without unsaved changes,
   * gives the text its facts already came from, and costs nothing.
   */
  setOverlay(rel: string, text: string | undefined): boolean {
    if (text === undefined) {
      this.overlays.delete(rel);
      // a buffer that was never saved leaves nothing behind (not a "not readable" file)
      if (this.files.has(rel) && !fs.existsSync(path.join(this.root, rel))) {
        this.forget(rel);
        return true;
      }
      if (this.upToDate(rel, () => fs.readFileSync(path.join(this.root, rel), 'utf8'))) return false;
    } else {
      this.overlays.set(rel, text);
      if (this.upToDate(rel, () => text)) return false;
    }
    this.markDirty(rel);
    return true;
  }

  /** Do the facts of a known file come from this text already (and no change is pending)? */
  private upToDate(rel: string, text: () => string): boolean {
    const known = this.texts.get(rel);
    // (while a file loads, `texts` still holds the text before the one being loaded)
    if (known === undefined || !this.facts.has(rel) || this.dirty.has(rel) || this.loading.has(rel)) return false;
    try {
      return text() === known;
    } catch {
      return false;
    }
  }

  private forget(rel: string) {
    if (!this.files.delete(rel)) return;
    this.facts.delete(rel);
    this.texts.delete(rel);
    this.fileSkips.delete(rel);
    this.dirty.add(rel); // relink without it (analyze skips files it no longer has)
    this.resolver = undefined;
  }

  /** A watched file changed on disk. Returns true when a full re-index is needed (config changed). */
  fileChanged(rel: string, deleted: boolean): boolean {
    if (rel === CONFIG_FILE || /(?:^|\/)\.gitignore$/.test(rel)) return true;
    if (deleted && !this.overlays.has(rel)) {
      this.forget(rel);
      return false;
    }
    this.markDirty(rel);
    return false;
  }

  private markDirty(rel: string) {
    const f = this.candidate(rel);
    if (!f) return;
    if (!this.files.has(rel)) {
      if (!this.overlays.has(rel) && !fs.existsSync(f.abs)) return;
      this.files.set(rel, f);
      this.resolver = undefined; // the set of files changed: imports may resolve differently
    }
    this.dirty.add(rel);
  }

  hasPendingChanges(): boolean {
    return this.dirty.size > 0;
  }

  /**
   * Re-extract the changed files (only those) and relink. The model is relinked as a whole:
   * routes depend on middleware, mounts and models in other files, and linking from cached
   * facts is cheap compared with parsing.
   */
  async analyze(onRuleError?: (id: string, e: unknown, file?: string) => void, workspaceAudit = false, cancellable = true, early?: EarlyDiagnostics): Promise<Omit<AnalysisResult, 'stats'>> {
    const changed = [...this.dirty];
    this.dirty.clear();
    for (const rel of changed) {
      const f = this.files.get(rel);
      if (f) await this.load(f);
    }
    if (!this.resolver) this.resolver = new ModuleResolver(this.root, new Set(this.facts.keys()));
    const skipped = [...this.discoverySkipped, ...[...this.fileSkips].map(([file, reason]) => ({ file, reason }))];
    // newer edits make this analysis stale: stop at the next pause (the caller analyses again)
    const pause = async () => {
      await new Promise((r) => setImmediate(r));
      if (cancellable && this.dirty.size) throw new AnalysisCancelled();
    };
    const started = Date.now();
    this.result = await finishAnalysis(this.root, this.facts, skipped, {
      config: this.config, overlays: this.overlays, resolver: this.resolver, onRuleError, memo: this.memo, ruleCache: this.ruleCache, textOf: (rel) => this.texts.get(rel),
      // (a small workspace links in a few milliseconds: nothing to gain)
      ...(early && this.result && this.lastAnalysisMs >= (early.afterMs ?? EARLY_AFTER_MS) ? { early: this.earlyRoutes(early, this.result, onRuleError) } : {}),
      // the audit runs to the end and asks git; edits reuse its git facts
      ...(workspaceAudit ? { workspaceAudit: true } : { gitFacts: this.gitFacts, pause }),
    });
    if (workspaceAudit) this.gitFacts = this.result.model.git;
    else this.lastAnalysisMs = Date.now() - started;
    // (indexed now, while the editor waits for nothing: the next edit's early path reads it)
    findingsIn(this.result, '');
    return this.result;
  }

  /**
   * The open editors' findings before the whole link ends: the per-route rules over the routes they
   * register or handle, every other finding of theirs as the last analysis had it. The whole
   * analysis follows and corrects anything that depends on more (another file's routes, a rule over
   * the whole model).
   */
  private earlyRoutes(early: EarlyDiagnostics, previous: Omit<AnalysisResult, 'stats'>, onRuleError?: (id: string, e: unknown, file?: string) => void): EarlyRoutes {
    const files = new Set([...early.files].filter((f) => this.facts.has(f)));
    const perRoute = new Set(previous.rules.filter((r) => r.perRoute).map((r) => r.id));
    // routes registered elsewhere whose findings sit in these files (a query in a service file)
    const labels = new Set<string>();
    for (const file of files) for (const f of findingsIn(previous, file)) if (f.route && perRoute.has(f.ruleId)) labels.add(f.route);
    return {
      files,
      labels,
      emit: (routes) => {
        try {
          this.emitEarly(routes, files, perRoute, early, previous, onRuleError);
        } catch {
          // the whole analysis goes on and publishes everything
        }
      },
    };
  }

  /** Publish the early findings of the open editors (see earlyRoutes). */
  private emitEarly(routes: Route[], files: Set<string>, perRoute: Set<string>, early: EarlyDiagnostics, previous: Omit<AnalysisResult, 'stats'>, onRuleError?: (id: string, e: unknown, file?: string) => void): void {
    const suppressions = [...files].flatMap((file) => (this.facts.get(file)?.suppressions ?? []).map((s) => ({ ...s, file })));
    const fresh = routeRuleFindings(this.root, routes, previous.model, this.config, suppressions, { overlays: this.overlays, textOf: (rel) => this.texts.get(rel), onRuleError });
    const byFile = new Map<string, Finding[]>([...files].map((f) => [f, []]));
    // the route findings in these files are all judged again (every route that had one is among the
    // routes, unless the edit removed it); the other findings stay as they were
    for (const file of files) for (const f of findingsIn(previous, file)) if (!(perRoute.has(f.ruleId) && f.route)) byFile.get(file)!.push(f);
    for (const f of fresh) byFile.get(f.loc.file)?.push(f);
    for (const list of byFile.values()) list.sort((a, b) => a.loc.line - b.loc.line || a.ruleId.localeCompare(b.ruleId));
    early.publish(byFile);
  }

  /** The whole audit, git included (the "Audit Workspace" command). */
  async audit(onRuleError?: (id: string, e: unknown, file?: string) => void): Promise<Omit<AnalysisResult, 'stats'>> {
    return this.analyze(onRuleError, true);
  }

  findings(): Finding[] {
    return this.result?.findings ?? [];
  }

  /** Current text of a file: the open buffer, else the disk. */
  textOf(rel: string): string | undefined {
    const o = this.overlays.get(rel) ?? this.texts.get(rel);
    if (o !== undefined) return o;
    try {
      return fs.readFileSync(path.join(this.root, rel), 'utf8');
    } catch {
      return undefined;
    }
  }

  factsOf(rel: string): FileFacts | undefined {
    return this.facts.get(rel);
  }

  fileCount(): number {
    return this.files.size;
  }
}

/** An analysis's findings by file, indexed once per result (the early path asks for a few files of thousands of findings). */
const findingsByFile = new WeakMap<object, Map<string, Finding[]>>();
function findingsIn(result: Omit<AnalysisResult, 'stats'>, file: string): Finding[] {
  let index = findingsByFile.get(result);
  if (!index) {
    index = new Map();
    for (const f of result.findings) {
      const list = index.get(f.loc.file);
      if (list) list.push(f);
      else index.set(f.loc.file, [f]);
    }
    findingsByFile.set(result, index);
  }
  return index.get(file) ?? [];
}
