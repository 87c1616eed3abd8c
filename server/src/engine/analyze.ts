/**
 * The pipeline, end to end: discover -> facts (cached by content) -> model -> rules -> findings.
 * Used by the CLI and the language server alike.
 */
import * as fs from 'fs';
import * as path from 'path';
import { collectGitFacts } from './git/gitFacts';
import type { FileFacts } from './types';
import type { AppModel, SkippedFile } from './model/types';
import type { Finding, RuleMeta, Severity, Rule } from './findings';
import type { RouteguardConfig } from './config/types';
import { discoverFiles, DiscoveredFile } from './discover/discover';
import { extractFacts, hashText } from './facts/extractFile';
import { readFactsCache, resolveCacheDir, writeFactsCache } from './facts/diskCache';
import { linkModel } from './model/link';
import { allRules } from '../../../rules';
import { fingerprintFinding } from '../outputs/fingerprint';
import { secretlintHits } from './secrets/secretlint';

export interface AnalysisResult {
  model: AppModel;
  findings: Finding[];
  rules: RuleMeta[];
  stats: { files: number; parsed: number; cached: number; ms: number };
}

export interface AnalyzeOptions {
  config: RouteguardConfig;
  onProgress?: (p: { filesScanned: number; filesTotal: number; routes?: number }) => void;
  /** shared in-memory cache of facts by file + content hash (the language server keeps one) */
  cache?: FactsCache;
  /** text of open editor buffers, by relative path (overrides disk) */
  overlays?: Map<string, string>;
  /** the workspace audit also asks git (tracked .env files, secrets in history) */
  workspaceAudit?: boolean;
  /** checked between chunks of work; a cancelled analysis throws AnalysisCancelled */
  isCancelled?: () => boolean;
  /** a rule threw: the others go on (the server logs it once) */
  onRuleError?: (ruleId: string, e: unknown) => void;
  /** see LinkOptions.pause */
  pause?: () => Promise<void>;
  /** text of a file as last read (the language server keeps them; saves re-reading for fingerprints) */
  textOf?: (rel: string) => string | undefined;
  /** see LinkOptions.memo */
  memo?: import('./model/routeMemo').RouteMemo;
  /**
   * keep facts on disk between runs (the CLI): in `dir`, else the config's cacheDir, else the
   * default place (see facts/diskCache.ts)
   */
  diskCache?: { dir?: string };
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
  if (hit) return { facts: hit, cached: true };
  const facts = extractFacts(file.rel, text, file.kind, hash);
  cache?.set(facts);
  return { facts, cached: false };
}

/** Facts of one discovered file, or why it was skipped (unreadable, binary, minified, parse error noted). */
export async function loadFile(file: DiscoveredFile, options: { cache?: FactsCache; overlays?: Map<string, string> }): Promise<{ facts?: FileFacts; skip?: string; cached: boolean; text?: string }> {
  const overlay = options.overlays?.get(file.rel);
  const read = overlay !== undefined ? { text: overlay } : readText(file.abs);
  if ('skip' in read) return { skip: read.skip, cached: false };
  if (file.kind === 'code' && looksMinified(read.text)) return { skip: 'minified or generated code (very long lines)', cached: false };
  const { facts, cached } = factsFor(file, read.text, options.cache);
  if (facts.kind === 'code' && !facts.secretlintScanned) await addSecretlintHits(facts, read.text);
  return { facts, cached, text: read.text, skip: facts.parseError ? `could not be parsed: ${facts.parseError}` : undefined };
}

/** secretlint's findings join ours (one per line; ours win, they name the format we know). */
async function addSecretlintHits(facts: FileFacts, text: string) {
  facts.secretlintScanned = true;
  const hits = await secretlintHits(facts.file, text);
  if (!hits.length) return;
  const lines = new Set((facts.secretLiterals ?? []).map((s) => s.pos.line));
  for (const h of hits) if (!lines.has(h.pos.line)) (facts.secretLiterals ??= []).push(h);
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
  if (cacheDir) cache!.seed(readFactsCache(cacheDir));
  const cachedBefore = cache?.size ?? 0;
  let parsed = 0;
  let cached = 0;
  let i = 0;
  let slice = Date.now();
  for (const file of discovery.files) {
    i++;
    if (options.onProgress && i % 50 === 0) options.onProgress({ filesScanned: i, filesTotal: discovery.files.length });
    const r = await loadFile(file, { ...options, cache });
    if (r.skip) skipped.push({ file: file.rel, reason: r.skip });
    if (!r.facts) continue;
    if (r.cached) cached++;
    else parsed++;
    files.set(file.rel, r.facts);
    // give the event loop a breath every few milliseconds (the language server answers requests meanwhile)
    if (Date.now() - slice > 20) {
      await new Promise((res) => setImmediate(res));
      slice = Date.now();
      if (options.isCancelled?.()) throw new AnalysisCancelled();
    }
  }
  // rewritten only when something differs from what was read (a file changed, came or went)
  if (cacheDir && (parsed > 0 || cached !== cachedBefore)) writeFactsCache(cacheDir, files);
  const result = await finishAnalysis(absRoot, files, skipped, options);
  options.onProgress?.({ filesScanned: discovery.files.length, filesTotal: discovery.files.length, routes: result.model.routes.length });
  return { ...result, stats: { files: discovery.files.length, parsed, cached, ms: Date.now() - t0 } };
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

/** Facts -> model -> rules -> fingerprinted findings. The language server calls this after each change. */
export async function finishAnalysis(absRoot: string, files: Map<string, FileFacts>, skipped: SkippedFile[], options: AnalyzeOptions & { resolver?: import('./model/resolve').ModuleResolver; gitFacts?: import('./git/gitFacts').GitFacts }): Promise<Omit<AnalysisResult, 'stats'>> {
  const model = await linkModel(absRoot, files, options.config, skipped, { resolver: options.resolver, pause: options.pause, memo: options.memo });
  if (options.workspaceAudit) model.git = (await collectGitFacts(absRoot)) ?? undefined;
  else if (options.gitFacts) model.git = options.gitFacts;
  const findings = runRules(model, allRules, options.onRuleError);
  attachFingerprints(absRoot, findings, options.overlays, options.textOf);
  return { model, findings, rules: allRules.map((r) => r.meta) };
}

/** Run every enabled rule; a rule that throws is isolated (reported once, others go on). */
export function runRules(model: AppModel, rules: Rule[], onRuleError?: (id: string, e: unknown) => void): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const setting = model.config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const configured: Severity | undefined = setting ? (setting as Severity) : undefined;
    const severity: Severity = configured ?? rule.meta.defaultSeverity;
    try {
      rule.check({
        model,
        severity,
        report(f) {
          const key = `${rule.meta.id}|${f.loc.file}|${f.loc.line}|${f.loc.column}`;
          if (seen.has(key)) return;
          seen.add(key);
          // a configured severity overrides the rule's own choice; otherwise the rule may refine it
          const sev = configured ?? f.severity ?? severity;
          out.push({ ...f, ruleId: rule.meta.id, severity: sev });
        },
      });
    } catch (e) {
      onRuleError?.(rule.meta.id, e);
    }
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

function attachFingerprints(root: string, findings: Finding[], overlays?: Map<string, string>, textOf?: (rel: string) => string | undefined) {
  const lines = new Map<string, string[]>();
  for (const f of findings) {
    let ls = lines.get(f.loc.file);
    if (!ls) {
      const known = overlays?.get(f.loc.file) ?? textOf?.(f.loc.file);
      const r = known !== undefined ? { text: known } : readText(path.join(root, f.loc.file));
      ls = 'text' in r ? r.text.split(/\r\n|\r|\n/) : [];
      lines.set(f.loc.file, ls);
    }
    f.fingerprint = fingerprintFinding(f, ls[f.loc.line - 1] ?? '');
  }
}
