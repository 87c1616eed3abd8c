/**
 * The pipeline, end to end: discover -> facts (cached by content) -> model -> rules -> findings.
 * Used by the CLI and the language server alike.
 */
import * as fs from 'fs';
import * as path from 'path';
import { collectGitFacts, GitRefError } from './git/gitFacts';
import type { FileFacts } from './types';
import type { AppModel, SkippedFile } from './model/types';
import type { Finding, RuleMeta, Severity, Rule, RuleContext } from './findings';
import type { RouteguardConfig } from './config/types';
import { discoverFiles, DiscoveredFile } from './discover/discover';
import { factsOf, hashText, inertFactsOf } from './facts/extractFile';
import { FileStamps } from './facts/fileStamps';
import { attachText, isUnread } from './facts/inert';
import { compactFunctions, engineId, modelKey, readFactsCache, readResolutions, readRouteMemo, readSavedModel, resolveCacheDir, saveFactsCache, saveModel, saveModelKeys, saveResolutions, saveRouteMemo } from './facts/diskCache';
import { ModuleResolver, resolutionSignature } from './model/resolve';
import { linkModel } from './model/link';
import { allRules } from '../../../rules';
import { fingerprintFinding } from '../outputs/fingerprint';
import { runRuleIsolated } from './ruleIsolation';
import { RouteRuleCache } from './ruleCache';
import { addSecretlintHits } from './facts/secretlintFacts';
import { memTrace, relieveHeap } from './heapRelief';
import { FactsWorkerPool, workerCountFor } from './facts/workerPool';

export interface AnalysisResult {
  model: AppModel;
  findings: Finding[];
  rules: RuleMeta[];
  stats: { files: number; parsed: number; cached: number; ms: number };
}

export interface AnalyzeOptions {
  config: RouteguardConfig;
  /** `reading` while files are read and hashed, then extraction progress, then the routes found */
  onProgress?: (p: { filesScanned: number; filesTotal: number; routes?: number; phase?: 'reading' }) => void;
  /** shared in-memory cache of facts by file + content hash (the language server keeps one) */
  cache?: FactsCache;
  /** text of open editor buffers, by relative path (overrides disk) */
  overlays?: Map<string, string>;
  /** the workspace audit also asks git (tracked .env files, secrets in history) */
  workspaceAudit?: boolean;
  /** what the workspace audit asks git (history walk on/off, cache folder, --changed-since) */
  git?: import('./git/gitFacts').GitOptions;
  /** checked between chunks of work; a cancelled analysis throws AnalysisCancelled */
  isCancelled?: () => boolean;
  /** a rule threw on a file (undefined: on the whole model): it goes on without that file (the server logs it once) */
  onRuleError?: (ruleId: string, e: unknown, file?: string) => void;
  /** see LinkOptions.pause */
  pause?: () => Promise<void>;
  /** text of a file as last read (the language server keeps them; saves re-reading for fingerprints) */
  textOf?: (rel: string) => string | undefined;
  /** see LinkOptions.memo */
  memo?: import('./model/routeMemo').RouteMemo;
  /** findings of per-route rules kept by route across analyses (the language server keeps one) */
  ruleCache?: RouteRuleCache;
  /** see LinkOptions.early */
  early?: import('./model/link').EarlyRoutes;
  /**
   * keep facts on disk between runs (the CLI): in `dir`, else the config's cacheDir, else the
   * default place (see facts/diskCache.ts)
   */
  diskCache?: { dir?: string };
  /** worker threads for extraction (default: by core count and files to parse; 0: main thread only) */
  workers?: number;
}

export class FactsCache {
  private readonly byFile = new Map<string, FileFacts>();
  get(file: string, hash: string): FileFacts | undefined {
    const f = this.byFile.get(file);
    return f && f.hash === hash ? f : undefined;
  }
  set(f: FileFacts): void {
    this.byFile.set(f.file, f);
  }
  delete(file: string): void {
    this.byFile.delete(file);
  }
  /** facts read from the on-disk cache */
  seed(entries: Map<string, FileFacts>): void {
    for (const f of entries.values()) this.byFile.set(f.file, f);
  }
  get size(): number {
    return this.byFile.size;
  }
}

/** Read a file as text: BOMs and UTF-16 handled; binary content refused with a reason. */
export function readText(abs: string): { text: string } | { skip: string } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(abs);
  } catch (e) {
    return { skip: `not readable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { skip: 'binary content (NUL bytes)' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Does a file look minified (huge lines, few of them)? Those are not hand-written sources. */
function looksMinified(text: string): boolean {
  if (text.length < 20000) return false;
  const lines = text.split('\n').length;
  return text.length / lines > 1000;
}

export function factsFor(file: DiscoveredFile, text: string, cache?: FactsCache): { facts: FileFacts; cached: boolean } {
  const hash = hashText(text);
  const hit = cache?.get(file.rel, hash);
  if (hit) {
    attachText(hit, text);
    return { facts: hit, cached: true };
  }
  const facts = factsOf(file.rel, text, file.kind, hash);
  cache?.set(facts);
  return { facts, cached: false };
}

/** The text of a discovered file to extract facts from, or why it is skipped (unreadable, binary, minified). */
function readSource(file: DiscoveredFile, overlays?: Map<string, string>): { text: string } | { skip: string } {
  const overlay = overlays?.get(file.rel);
  // a buffer is judged like the file it will be saved as (NUL bytes: binary)
  const read = overlay !== undefined ? (overlay.slice(0, 8192).includes('\0') ? { skip: 'binary content (NUL bytes)' } : { text: overlay }) : readText(file.abs);
  if ('skip' in read) return read;
  if (file.kind === 'code' && looksMinified(read.text)) return { skip: 'minified or generated code (very long lines)' };
  return read;
}

function parseSkip(facts: FileFacts): string | undefined {
  return facts.parseError ? `could not be parsed: ${facts.parseError}` : undefined;
}

/** Facts of one discovered file, or why it was skipped (unreadable, binary, minified, parse error noted). */
export async function loadFile(file: DiscoveredFile, options: { cache?: FactsCache; overlays?: Map<string, string> }): Promise<{ facts?: FileFacts; skip?: string; cached: boolean; text?: string }> {
  const read = readSource(file, options.overlays);
  if ('skip' in read) return { skip: read.skip, cached: false };
  const { facts, cached } = factsFor(file, read.text, options.cache);
  if (facts.kind === 'code' && !facts.secretlintScanned) await addSecretlintHits(facts, read.text);
  return { facts, cached, text: read.text, skip: parseSkip(facts) };
}

/** Extract on the main thread (no pool, or its worker failed). */
async function extractHere(file: DiscoveredFile, text: string, hash: string): Promise<FileFacts> {
  const facts = factsOf(file.rel, text, file.kind, hash);
  if (facts.kind === 'code') await addSecretlintHits(facts, text);
  return facts;
}

export async function analyzeWorkspace(root: string, options: AnalyzeOptions): Promise<AnalysisResult> {
  const t0 = Date.now();
  const absRoot = path.resolve(root);
  const config = options.config;
  const discovery = discoverFiles(absRoot, { include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize });
  const skipped: SkippedFile[] = [...discovery.skipped];
  const files = new Map<string, FileFacts>();
  const cacheDir = options.diskCache ? resolveCacheDir(absRoot, options.diskCache.dir ?? config.cacheDir) : undefined;
  const cache = options.cache ?? (cacheDir ? new FactsCache() : undefined);
  // 1. read and hash every file (a file the last audit read and that is provably unchanged: its stamp answers)
  type Slot = { file: DiscoveredFile; text?: string; hash?: string; skip?: string; facts?: FileFacts; cached: boolean };
  const slots: Slot[] = [];
  const texts = new Map<string, string>();
  const stamps = cacheDir ? FileStamps.read(cacheDir, engineId()) : undefined;
  const readAt = Date.now();
  let readCount = 0;
  for (const file of discovery.files) {
    if (options.onProgress && readCount++ % 200 === 0) options.onProgress({ filesScanned: readCount - 1, filesTotal: discovery.files.length, phase: 'reading' });
    const overlaid = options.overlays?.has(file.rel);
    const known = overlaid ? undefined : stamps?.lookup(file);
    if (known) {
      stamps!.record(file, known, readAt);
      slots.push('skip' in known ? { file, skip: known.skip, cached: false } : { file, hash: known.hash, cached: false });
      continue;
    }
    const read = readSource(file, options.overlays);
    if ('skip' in read) {
      // (what the content says, binary or minified, holds while the file is the same; an unreadable file may not stay so)
      if (!overlaid && !read.skip.startsWith('not readable')) stamps?.record(file, read, readAt);
      slots.push({ file, skip: read.skip, cached: false });
      continue;
    }
    texts.set(file.rel, read.text);
    const hash = hashText(read.text);
    if (!overlaid) stamps?.record(file, { hash }, readAt);
    slots.push({ file, text: read.text, hash, cached: false });
  }
  if (stamps && cacheDir) stamps.saveIfChanged(cacheDir);
  /** the text of a file trusted by its stamp, read when something needs it */
  const textFor = (slot: Slot): string | undefined => {
    if (slot.text === undefined && slot.hash !== undefined) {
      const read = readSource(slot.file, options.overlays);
      if ('text' in read) (slot.text = read.text), texts.set(slot.file.rel, read.text);
    }
    return slot.text;
  };
  const slotOf = new Map(slots.map((s) => [s.file.rel, s]));
  const textOf = options.textOf ?? ((rel: string) => texts.get(rel) ?? (slotOf.has(rel) ? textFor(slotOf.get(rel)!) : undefined));
  // no file changed since the last audit: its model, without reading the facts cache or linking
  const keyed = new Map<string, { hash: string }>();
  for (const s of slots) if (s.hash) keyed.set(s.file.rel, { hash: s.hash });
  const signature = cacheDir ? resolutionSignature(absRoot, keyed) : undefined;
  const readSkips = slots.filter((s) => s.skip).map((s) => ({ file: s.file.rel, reason: s.skip! }));
  const hashKey = cacheDir && !options.memo ? modelKey(absRoot, keyed, config, [...skipped, ...readSkips], signature!) : undefined;
  const unchanged = hashKey ? readSavedModel(cacheDir!, hashKey) : undefined;
  if (unchanged) {
    const result = await finishAnalysis(absRoot, new Map(), unchanged.skipped, { ...options, linked: unchanged, textOf });
    options.onProgress?.({ filesScanned: discovery.files.length, filesTotal: discovery.files.length, routes: result.model.routes.length });
    return { ...result, stats: { files: discovery.files.length, parsed: 0, cached: keyed.size, ms: Date.now() - t0 } };
  }
  // the facts cache answers for unchanged files
  if (cacheDir) cache!.seed(await readFactsCache(cacheDir));
  const cachedBefore = cache?.size ?? 0;
  const misses: Slot[] = [];
  for (const slot of slots) {
    if (slot.hash === undefined) continue;
    const hit = cache?.get(slot.file.rel, slot.hash);
    if (hit) attachText(hit, slot.text ?? (() => textFor(slot)));
    slot.facts = hit;
    slot.cached = !!hit;
    if (hit) continue;
    // (a file its stamp vouched for but whose facts the cache no longer holds: read now)
    if (slot.text === undefined) {
      const read = readSource(slot.file, options.overlays);
      if ('skip' in read) {
        slot.skip = read.skip;
        slot.hash = undefined;
        continue;
      }
      slot.text = read.text;
      texts.set(slot.file.rel, read.text);
      slot.hash = hashText(read.text);
    }
    misses.push(slot);
  }
  // 2. extract the others, across cores when there are enough of them
  let done = slots.length - misses.length;
  const progress = () => {
    done++;
    if (options.onProgress && done % 50 === 0) options.onProgress({ filesScanned: done, filesTotal: discovery.files.length });
  };
  const workers = workerCountFor(misses.length, options.workers);
  const pool = workers > 0 ? new FactsWorkerPool(workers) : undefined;
  try {
    if (pool) {
      // inert files (facts/inert.ts) are not parsed: no worker needed for them
      const parsed: Slot[] = [];
      for (const s of misses) {
        const inert = inertFactsOf(s.file.rel, s.text!, s.file.kind, s.hash!);
        if (inert) {
          await addSecretlintHits(inert, s.text!);
          s.facts = inert;
          progress();
        } else parsed.push(s);
      }
      await Promise.all(parsed.map(async (s) => {
        s.facts = compactFunctions(await pool.extract(s.file.rel, s.file.kind, s.text!, s.hash!).catch(() => extractHere(s.file, s.text!, s.hash!)));
        progress();
      }));
      if (options.isCancelled?.()) throw new AnalysisCancelled();
    } else {
      let slice = Date.now();
      for (const s of misses) {
        s.facts = compactFunctions(await extractHere(s.file, s.text!, s.hash!));
        progress();
        relieveHeap();
        // give the event loop a breath every few milliseconds (the language server answers requests meanwhile)
        if (Date.now() - slice > 20) {
          await new Promise((res) => setImmediate(res));
          slice = Date.now();
          if (options.isCancelled?.()) throw new AnalysisCancelled();
        }
      }
    }
  } finally {
    await pool?.close();
  }
  memTrace('extracted');
  // 3. in discovery order (route ids and outputs follow it)
  let parsed = 0;
  let cached = 0;
  for (const s of slots) {
    if (s.skip) skipped.push({ file: s.file.rel, reason: s.skip });
    if (!s.facts) continue;
    if (s.facts.kind === 'code' && !s.facts.secretlintScanned) await addSecretlintHits(s.facts, textFor(s) ?? '');
    if (!s.cached) cache?.set(s.facts);
    const skip = parseSkip(s.facts);
    if (skip) skipped.push({ file: s.file.rel, reason: skip });
    if (s.cached) cached++;
    else parsed++;
    files.set(s.file.rel, s.facts);
  }
  // only what differs from what was read is written (see saveFactsCache)
  if (cacheDir) saveFactsCache(cacheDir, files, misses.map((m) => m.facts!).filter(Boolean), cachedBefore - cached);
  const unreadWhenSaved = cacheDir ? [...files.values()].filter(isUnread) : [];
  // nothing linking reads changed since the last audit (every facts digest, the config, resolution): its model
  const key = hashKey ? modelKey(absRoot, files, config, skipped, signature!, true) : undefined;
  const saved = key ? readSavedModel(cacheDir!, key) : undefined;
  if (saved) {
    saveModelKeys(cacheDir!, hashKey!, key!);
    const result = await finishAnalysis(absRoot, files, skipped, { ...options, linked: saved, textOf });
    options.onProgress?.({ filesScanned: discovery.files.length, filesTotal: discovery.files.length, routes: result.model.routes.length });
    return { ...result, stats: { files: discovery.files.length, parsed, cached, ms: Date.now() - t0 } };
  }
  // routes built by the last audit, reused where nothing they read changed
  const memo = options.memo ?? (cacheDir ? readRouteMemo(cacheDir) : undefined);
  // and the import resolutions it made, while the file set, the config files and node_modules are the same
  let resolver: ModuleResolver | undefined;
  if (cacheDir && signature) {
    resolver = new ModuleResolver(absRoot, new Set(files.keys()));
    resolver.seed(readResolutions(cacheDir, signature));
  }
  const result = await finishAnalysis(absRoot, files, skipped, { ...options, memo, resolver, textOf });
  // inert files the link read were extracted meanwhile: written too, or every later link parses them again
  // (a comment added to one file of logto: 1.6 s of its 2.3 s audit went to parsing 300 such files)
  const readSince = unreadWhenSaved.filter((f) => !isUnread(f));
  if (readSince.length) saveFactsCache(cacheDir!, files, readSince, 0);
  if (key) saveModel(cacheDir!, hashKey!, key, result.model);
  if (cacheDir && memo && !options.memo) saveRouteMemo(cacheDir, memo);
  if (cacheDir && signature && resolver!.computed > 0) saveResolutions(cacheDir, signature, resolver!.entries());
  options.onProgress?.({ filesScanned: discovery.files.length, filesTotal: discovery.files.length, routes: result.model.routes.length });
  return { ...result, stats: { files: discovery.files.length, parsed, cached, ms: Date.now() - t0 } };
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

/** Facts -> model -> rules -> fingerprinted findings. The language server calls this after each change. */
export async function finishAnalysis(absRoot: string, files: Map<string, FileFacts>, skipped: SkippedFile[], options: AnalyzeOptions & { resolver?: import('./model/resolve').ModuleResolver; gitFacts?: import('./git/gitFacts').GitFacts; linked?: AppModel }): Promise<Omit<AnalysisResult, 'stats'>> {
  const model = options.linked ?? await linkModel(absRoot, files, options.config, skipped, { resolver: options.resolver, pause: options.pause, memo: options.memo, early: options.early });
  memTrace('linked');
  if (options.workspaceAudit) model.git = (await collectGitFacts(absRoot, options.git).catch(gitFailure)) ?? undefined;
  else if (options.gitFacts) model.git = options.gitFacts;
  memTrace('git');
  if (options.pause) await options.pause();
  const findings = runRules(model, allRules, options.onRuleError, options.ruleCache && options.memo ? { cache: options.ruleCache, memo: options.memo } : undefined);
  attachFingerprints(absRoot, findings, options.overlays, options.textOf);
  memTrace('rules');
  return { model, findings, rules: allRules.map((r) => r.meta) };
}

/**
 * The per-route rules' findings for some routes only, in the context (config aside) of an earlier
 * model: the language server's early diagnostics for the open editors, before the whole link ends.
 * Suppressions are those given (the routes' files' own); the rules read nothing but the routes and
 * the context (RuleMeta.perRoute).
 */
export function routeRuleFindings(absRoot: string, routes: AppModel['routes'], context: AppModel, config: RouteguardConfig, suppressions: AppModel['suppressions'], options: Pick<AnalyzeOptions, 'overlays' | 'textOf' | 'onRuleError'> = {}): Finding[] {
  const model: AppModel = { ...context, config, routes, suppressions: suppressions.filter((s) => s.reason) };
  const findings = runRules(model, allRules.filter((r) => r.meta.perRoute), options.onRuleError);
  attachFingerprints(absRoot, findings, options.overlays, options.textOf);
  return findings;
}

/** A bad --changed-since ref is the user's to fix; any other git trouble only loses the git rules. */
function gitFailure(e: unknown): null {
  if (e instanceof GitRefError) throw e;
  return null;
}

/** Run every enabled rule; a rule that throws is isolated per file (reported once, others go on). */
export function runRules(model: AppModel, rules: Rule[], onRuleError?: (id: string, e: unknown, file?: string) => void, kept?: { cache: RouteRuleCache; memo: import('./model/routeMemo').RouteMemo }): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const setting = model.config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const configured: Severity | undefined = setting ? (setting as Severity) : undefined;
    const severity: Severity = configured ?? rule.meta.defaultSeverity;
    const report = (f: Parameters<RuleContext['report']>[0]) => {
      const key = `${rule.meta.id}|${f.loc.file}|${f.loc.line}|${f.loc.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      // a configured severity overrides the rule's own choice; otherwise the rule may refine it
      const sev = configured ?? f.severity ?? severity;
      out.push({ ...f, ruleId: rule.meta.id, severity: sev });
    };
    // per route, reusing the findings of routes an edit left alone (language server)
    if (kept && rule.meta.perRoute && kept.cache.run(rule, model, severity, report, kept.memo)) continue;
    // a throw disables the rule for the file that caused it only (see ruleIsolation.ts)
    runRuleIsolated(rule, model, severity, report, (e, file) => onRuleError?.(rule.meta.id, e, file));
  }
  applySuppressions(model, out);
  out.sort((a, b) => (a.loc.file < b.loc.file ? -1 : a.loc.file > b.loc.file ? 1 : a.loc.line - b.loc.line || a.ruleId.localeCompare(b.ruleId)));
  return out;
}

function applySuppressions(model: AppModel, findings: Finding[]) {
  const extra: Finding[] = [];
  for (const s of model.suppressions) {
    if (!s.reason) {
      extra.push({
        ruleId: s.rules[0], severity: 'info',
        loc: { file: s.file, line: s.commentLine, column: 1, endLine: s.commentLine, endColumn: 1 },
        message: `routeguard-ignore ${s.rules.join(', ')} has no reason: write one after "--" (suppressions without a reason are not applied).`,
        evidence: [],
      });
    }
  }
  for (const f of findings) {
    const s = model.suppressions.find((x) => x.reason && x.file === f.loc.file && x.rules.includes(f.ruleId) && (x.fileWide || x.line === f.loc.line));
    if (s) f.suppressed = { reason: s.reason, loc: { file: s.file, line: s.commentLine, column: 1, endLine: s.commentLine, endColumn: 1 } };
  }
  findings.push(...extra);
}

/** Lines of a file's text, kept while the text is the same (the language server asks after every edit). */
const splitLines = new Map<string, { text: string; lines: string[] }>();
function linesOf(file: string, text: string): string[] {
  const hit = splitLines.get(file);
  if (hit && hit.text === text) return hit.lines;
  const lines = text.split(/\r\n|\r|\n/);
  if (splitLines.size > 20000) splitLines.clear();
  splitLines.set(file, { text, lines });
  return lines;
}

function attachFingerprints(root: string, findings: Finding[], overlays?: Map<string, string>, textOf?: (rel: string) => string | undefined) {
  const lines = new Map<string, string[]>();
  for (const f of findings) {
    let ls = lines.get(f.loc.file);
    if (!ls) {
      const known = overlays?.get(f.loc.file) ?? textOf?.(f.loc.file);
      const r = known !== undefined ? { text: known } : readText(path.join(root, f.loc.file));
      ls = 'text' in r ? linesOf(f.loc.file, r.text) : [];
      lines.set(f.loc.file, ls);
    }
    f.fingerprint = fingerprintFinding(f, f.identity ?? ls[f.loc.line - 1] ?? '');
  }
}
