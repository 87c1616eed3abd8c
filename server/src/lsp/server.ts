/**
 * The routeguard language server (stdio, node IPC or socket: chosen by the command line, as
 * vscode-languageserver does). It owns all analysis: indexes each workspace folder in the
 * background with progress, re-extracts only the files that change, relinks, and publishes
 * diagnostics for every file whose findings changed, open or not.
 */
import * as path from 'path';
import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, CodeAction, CodeActionKind, Diagnostic,
  InitializeParams, InitializeResult, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  WorkspaceEdit, TextEdit, Hover, MarkupKind, WorkDoneProgressReporter, ShowMessageNotification, MessageType,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace, WorkspaceSettings, EarlyDiagnostics } from './workspace';
import { findingsByFile, diagnosticsSignature, toDiagnostic, toRange, skippedDiagnostic } from './diagnostics';
import { routeAt, routeDetailsMarkdown } from './routeDetails';
import { fixesFor, QuickFix } from '../fixes';
import { allRules } from '../../../rules';
import { formatMatrixMarkdown } from '../outputs/matrix';
import { formatReportMarkdown } from '../outputs/report';
import type { Finding } from '../engine/findings';
import { AnalysisCancelled } from '../engine/analyze';
import { limitHeapGrowth } from '../engine/heapGrowth';
import type { RuleSetting } from '../engine/config/types';

export const COMMANDS = {
  audit: 'routeguard.server.auditWorkspace',
  matrix: 'routeguard.server.generateAccessMatrix',
  routeDetails: 'routeguard.server.showRouteDetails',
};

interface ServerSettings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  debounceMs: number;
}

limitHeapGrowth();
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspaces = new Map<string, Workspace>();
/** what we last published per URI, to publish only what changed */
const published = new Map<string, string>();
const ruleErrorsLogged = new Set<string>();
const docsOf = new Map(allRules.map((r) => [r.meta.id, r.meta.docs]));
let settings: ServerSettings = { enable: true, rules: {}, debounceMs: 15 };
let canPullConfiguration = false;
let canWatchFiles = false;
let canReportProgress = false;
let canFolders = false;

function log(message: string) {
  connection.console.log(`[routeguard] ${message}`);
}

function onRuleError(id: string, e: unknown, file?: string) {
  const key = `${id}\0${file ?? ''}`;
  if (ruleErrorsLogged.has(key)) return;
  ruleErrorsLogged.add(key);
  const where = file ? `on ${file} and is skipped for that file only` : 'and was skipped';
  connection.console.error(`[routeguard] rule ${id} failed ${where}: ${(e as Error)?.stack ?? String(e)}`);
}

const uriToPath = (uri: string) => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
};
const pathToUri = (p: string) => pathToFileURL(p).href;

function workspaceOf(uri: string): { ws: Workspace; rel: string } | undefined {
  const p = uriToPath(uri);
  if (!p) return undefined;
  let best: Workspace | undefined;
  for (const ws of workspaces.values()) if (ws.contains(p) && (!best || ws.root.length > best.root.length)) best = ws;
  if (!best) return undefined;
  return { ws: best, rel: best.relPath(p)! };
}

/** each file's URI, made once (publishing after an edit asks for every file with findings) */
const uris = new WeakMap<Workspace, Map<string, string>>();
function uriOf(ws: Workspace) {
  let known = uris.get(ws);
  if (!known) uris.set(ws, (known = new Map()));
  const m = known;
  return (rel: string) => {
    let uri = m.get(rel);
    if (uri === undefined) {
      uri = pathToUri(path.join(ws.root, rel));
      m.set(rel, uri);
    }
    return uri;
  };
}

// ---------------------------------------------------------------------------
// Analysis scheduling: coalesce bursts of edits, never run two analyses at once, and drop a
// result when newer edits arrived while it ran (they are analysed right after).

/**
 * How long a stream of edits may keep cancelling analyses (or making their results stale) before
 * one runs to the end and is published anyway: someone typing without a pause still sees
 * diagnostics every second or so, a few keystrokes behind, instead of none until they stop.
 */
const MAX_UNPUBLISHED_MS = 1000;
/** since when each workspace has had edits its published diagnostics do not reflect */
const behindSince = new Map<Workspace, number>();
const timers = new Map<Workspace, NodeJS.Timeout>();
const running = new Set<Workspace>();
const rerun = new Set<Workspace>();

function schedule(ws: Workspace, delay = settings.debounceMs) {
  if (!behindSince.has(ws)) behindSince.set(ws, Date.now());
  const t = timers.get(ws);
  if (t) {
    // keystrokes closer together than the debounce would put the analysis off for as long as they last
    if (Date.now() - behindSince.get(ws)! > MAX_UNPUBLISHED_MS) return;
    clearTimeout(t);
  }
  timers.set(ws, setTimeout(() => void analyze(ws), delay));
}


async function analyze(ws: Workspace) {
  timers.delete(ws);
  if (!ws.indexed || !settings.enable) return;
  if (running.has(ws)) {
    rerun.add(ws);
    return;
  }
  running.add(ws);
  if (!behindSince.has(ws)) behindSince.set(ws, Date.now());
  try {
    do {
      rerun.delete(ws);
      const overdue = Date.now() - (behindSince.get(ws) ?? Date.now()) > MAX_UNPUBLISHED_MS;
      try {
        await ws.analyze(onRuleError, false, !overdue, earlyFor(ws));
      } catch (e) {
        if (!(e instanceof AnalysisCancelled)) throw e;
        rerun.add(ws); // an edit arrived mid-analysis: start over with it
        continue;
      }
      // edits that arrived meanwhile make this result stale: analyse again before publishing
      // (unless the published diagnostics are overdue: then this result is shown meanwhile)
      await new Promise((r) => setImmediate(r));
      const stale = ws.hasPendingChanges();
      if (stale) rerun.add(ws);
      if (!stale || overdue) {
        publish(ws);
        if (stale) behindSince.set(ws, Date.now());
        else behindSince.delete(ws);
      }
    } while (rerun.has(ws));
  } catch (e) {
    connection.console.error(`[routeguard] analysis failed: ${(e as Error)?.stack ?? String(e)}`);
  } finally {
    running.delete(ws);
  }
}

function publish(ws: Workspace) {
  const byFile = findingsByFile(ws.findings());
  // a file that was not analysed says why (an info diagnostic), next to any findings it still has
  for (const s of ws.result?.model.skipped ?? []) if (!byFile.has(s.file)) byFile.set(s.file, []);
  const seen = publishFiles(ws, byFile);
  for (const uri of [...published.keys()]) {
    if (seen.has(uri) || workspaceOf(uri)?.ws !== ws) continue;
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** Publish these files' diagnostics (those that changed since the last publish); returns their URIs. */
function publishFiles(ws: Workspace, byFile: Map<string, Finding[]>): Set<string> {
  const skips = new Map<string, string>();
  for (const s of ws.result?.model.skipped ?? []) skips.set(s.file, s.reason);
  const toUri = uriOf(ws);
  const seen = new Set<string>();
  for (const [rel, findings] of byFile) {
    const uri = toUri(rel);
    seen.add(uri);
    const skip = skips.get(rel);
    // diagnostics are built only for the files whose findings changed since the last publish
    const sig = diagnosticsSignature(findings, skip);
    if (published.get(uri) === sig) continue;
    published.set(uri, sig);
    const diags = findings.map((f) => toDiagnostic(f, toUri, docsOf.get(f.ruleId) ?? `rules/${f.ruleId}.md`));
    void connection.sendDiagnostics({ uri, diagnostics: skip !== undefined ? [skippedDiagnostic(skip), ...diags] : diags });
  }
  return seen;
}

/**
 * The open editors' diagnostics, published while the rest of the analysis runs (a large workspace
 * relinks in a fraction of a second; the file being typed in should not wait for all of it).
 */
let earlyPublishes = 0;
function earlyFor(ws: Workspace): EarlyDiagnostics {
  return {
    files: ws.overlays.keys(),
    publish: (byFile) => {
      earlyPublishes++;
      for (const [rel, list] of byFile) byFile.set(rel, list.filter((f) => !f.suppressed));
      publishFiles(ws, byFile);
    },
  };
}

function clearAll() {
  for (const uri of published.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] });
  published.clear();
}

async function indexWorkspace(ws: Workspace) {
  let progress: WorkDoneProgressReporter | undefined;
  if (canReportProgress) {
    try {
      progress = await connection.window.createWorkDoneProgress();
      progress.begin('routeguard', 0, 'indexing the workspace', false);
    } catch {
      progress = undefined;
    }
  }
  const t0 = Date.now();
  try {
    await ws.index((done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`));
    if (ws.configProblem) {
      const message = `routeguard: ${ws.configProblem} Defaults are used until it is fixed.`;
      connection.console.warn(message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    await analyze(ws);
    log(`indexed ${ws.root}: ${ws.fileCount()} files, ${ws.result?.model.routes.length ?? 0} routes, ${ws.findings().length} findings in ${Date.now() - t0} ms`);
  } catch (e) {
    if (!(e instanceof AnalysisCancelled)) connection.console.error(`[routeguard] indexing failed: ${(e as Error)?.stack ?? String(e)}`);
  } finally {
    progress?.done();
  }
}

// ---------------------------------------------------------------------------
// Lifecycle

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  canPullConfiguration = !!caps.workspace?.configuration;
  canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canReportProgress = !!caps.window?.workDoneProgress;
  canFolders = !!caps.workspace?.workspaceFolders;
  const init = (params.initializationOptions ?? {}) as Partial<ServerSettings>;
  settings = { ...settings, ...pickSettings(init) };
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToUri(params.rootPath)] : []);
  for (const uri of folders) {
    const p = uriToPath(uri);
    if (p) workspaces.set(uri, new Workspace(p, wsSettings()));
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: Object.values(COMMANDS) },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'routeguard', version: '0.1.0' },
  };
});

function pickSettings(raw: Partial<ServerSettings> | undefined): Partial<ServerSettings> {
  const out: Partial<ServerSettings> = {};
  if (!raw || typeof raw !== 'object') return out;
  if (typeof raw.enable === 'boolean') out.enable = raw.enable;
  if (raw.rules && typeof raw.rules === 'object') {
    out.rules = {};
    for (const [k, v] of Object.entries(raw.rules)) if (['error', 'warning', 'info', 'off'].includes(v as string)) out.rules[k] = v as RuleSetting;
  }
  if (typeof raw.debounceMs === 'number' && raw.debounceMs >= 0) out.debounceMs = raw.debounceMs;
  return out;
}

const wsSettings = (): WorkspaceSettings => ({ rules: settings.rules });

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    await pullSettings();
  }
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts,vue,svelte,astro,prisma,sql}' }, { globPattern: '**/.env*' }, { globPattern: '**/.dev.vars*' }, { globPattern: '**/{routeguard.config.json,package.json,tsconfig.json,.gitignore,wrangler.toml}' }],
    });
  }
  if (canFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => {
    for (const f of e.removed) workspaces.delete(f.uri);
    for (const f of e.added) {
      const p = uriToPath(f.uri);
      if (!p) continue;
      const ws = new Workspace(p, wsSettings());
      workspaces.set(f.uri, ws);
      void indexWorkspace(ws);
    }
  });
  if (!settings.enable) return;
  for (const ws of workspaces.values()) await indexWorkspace(ws);
});

async function pullSettings() {
  try {
    const raw = await connection.workspace.getConfiguration('routeguard');
    const next = { ...settings, ...pickSettings(raw) };
    const wasEnabled = settings.enable;
    settings = next;
    for (const ws of workspaces.values()) ws.setSettings(wsSettings());
    if (!settings.enable) clearAll();
    else if (!wasEnabled) for (const ws of workspaces.values()) void indexWorkspace(ws);
  } catch {
    /* a client without the section: keep what we have */
  }
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await pullSettings();
  else {
    settings = { ...settings, ...pickSettings((change.settings as { routeguard?: Partial<ServerSettings> })?.routeguard) };
    for (const ws of workspaces.values()) ws.setSettings(wsSettings());
  }
  for (const ws of workspaces.values()) if (ws.indexed) schedule(ws, 0);
});

// ---------------------------------------------------------------------------
// Documents and files

function ensureWorkspaceFor(uri: string): { ws: Workspace; rel: string } | undefined {
  const hit = workspaceOf(uri);
  if (hit) return hit;
  // a file opened without a folder: its package root is the workspace
  const p = uriToPath(uri);
  if (!p) return undefined;
  let dir = path.dirname(p);
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) {
      dir = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const ws = new Workspace(dir, wsSettings());
  workspaces.set(pathToUri(dir), ws);
  void indexWorkspace(ws);
  return { ws, rel: ws.relPath(p)! };
}

documents.onDidOpen((e) => {
  const hit = ensureWorkspaceFor(e.document.uri);
  if (!hit) return;
  if (hit.ws.setOverlay(hit.rel, e.document.getText()) && hit.ws.indexed) schedule(hit.ws);
});

documents.onDidChangeContent((e) => {
  const hit = workspaceOf(e.document.uri);
  if (!hit) return;
  if (hit.ws.setOverlay(hit.rel, e.document.getText()) && hit.ws.indexed) schedule(hit.ws);
});

documents.onDidClose((e) => {
  const hit = workspaceOf(e.document.uri);
  if (!hit) return;
  if (hit.ws.setOverlay(hit.rel, undefined) && hit.ws.indexed) schedule(hit.ws);
});

connection.onDidChangeWatchedFiles((e) => {
  const touched = new Set<Workspace>();
  for (const c of e.changes) {
    const hit = workspaceOf(c.uri);
    if (!hit) continue;
    if (hit.ws.fileChanged(hit.rel, c.type === FileChangeType.Deleted)) {
      void indexWorkspace(hit.ws);
      continue;
    }
    touched.add(hit.ws);
  }
  for (const ws of touched) if (ws.indexed) schedule(ws);
});

// ---------------------------------------------------------------------------
// Hover, code actions, commands

connection.onHover((params): Hover | null => {
  const hit = workspaceOf(params.textDocument.uri);
  const result = hit?.ws.result;
  if (!hit || !result) return null;
  const route = routeAt(result.model.routes, hit.rel, params.position.line + 1);
  if (!route) return null;
  return { contents: { kind: MarkupKind.Markdown, value: routeDetailsMarkdown(route, result.findings) }, range: toRange(route.loc) };
});

function findingFor(ws: Workspace, rel: string, d: Diagnostic): Finding | undefined {
  const data = d.data as { fingerprint?: string; ruleId?: string } | undefined;
  const fs = ws.findings().filter((f) => f.loc.file === rel && f.ruleId === (data?.ruleId ?? d.code));
  return fs.find((f) => data?.fingerprint && f.fingerprint === data.fingerprint) ?? fs.find((f) => f.loc.line - 1 === d.range.start.line);
}

function toWorkspaceEdit(ws: Workspace, fix: QuickFix): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const [rel, edits] of Object.entries(fix.edits)) {
    changes[uriOf(ws)(rel)] = edits.map((e) => ({
      range: { start: { line: e.start.line - 1, character: e.start.column - 1 }, end: { line: e.end.line - 1, character: e.end.column - 1 } },
      newText: e.newText,
    }));
  }
  return { changes };
}

connection.onCodeAction((params): CodeAction[] => {
  const hit = workspaceOf(params.textDocument.uri);
  if (!hit || !hit.ws.result) return [];
  const { ws, rel } = hit;
  const model = hit.ws.result.model;
  const out: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== 'routeguard') continue;
    const finding = findingFor(ws, rel, d);
    if (!finding) continue;
    const fixes = fixesFor({ finding, model, textOf: (r) => ws.textOf(r), factsOf: (r) => ws.factsOf(r) }, (id, e) => onRuleError(`quick fix for ${id}`, e));
    for (const fix of fixes) {
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: toWorkspaceEdit(ws, fix), isPreferred: fix.isPreferred };
      if (fix.cursor) action.command = { title: 'Place the cursor', command: 'routeguard.placeCursor', arguments: [uriOf(ws)(fix.cursor.file), fix.cursor.line - 1, fix.cursor.column - 1] };
      out.push(action);
    }
  }
  return out;
});

connection.onExecuteCommand(async (params) => {
  const args = params.arguments ?? [];
  const pickWs = (uri?: unknown) => (typeof uri === 'string' ? workspaceOf(uri)?.ws ?? workspaces.get(uri) : undefined) ?? [...workspaces.values()][0];
  switch (params.command) {
    case COMMANDS.audit: {
      const ws = pickWs(args[0]);
      if (!ws) return { error: 'no workspace folder is open' };
      const progress = canReportProgress ? await connection.window.createWorkDoneProgress() : undefined;
      progress?.begin('routeguard: auditing the workspace', undefined, 'analysing files and git history', false);
      try {
        if (!ws.indexed) await ws.index();
        const result = await ws.audit(onRuleError);
        publish(ws);
        const visible = result.findings.filter((f) => !f.suppressed);
        const report = formatReportMarkdown({ ...result, stats: { files: ws.fileCount(), parsed: 0, cached: 0, ms: 0 } }, pathToUri(ws.root) + '/');
        return { findings: visible.length, errors: visible.filter((f) => f.severity === 'error').length, warnings: visible.filter((f) => f.severity === 'warning').length, routes: result.model.routes.length, report };
      } finally {
        progress?.done();
      }
    }
    case COMMANDS.matrix: {
      const ws = pickWs(args[0]);
      if (!ws) return { error: 'no workspace folder is open' };
      if (!ws.indexed) await ws.index();
      const result = await ws.analyze(onRuleError);
      const file = path.join(ws.root, 'access-matrix.md');
      fs.writeFileSync(file, formatMatrixMarkdown({ ...result, stats: { files: ws.fileCount(), parsed: 0, cached: 0, ms: 0 } }));
      return { uri: pathToUri(file), routes: result.model.routes.length };
    }
    case COMMANDS.routeDetails: {
      const [uri, pos] = args as [string, { line: number; character: number }];
      const hit = typeof uri === 'string' ? workspaceOf(uri) : undefined;
      const result = hit?.ws.result;
      if (!hit || !result || !pos) return { markdown: null };
      const route = routeAt(result.model.routes, hit.rel, pos.line + 1) ?? nearestRoute(result.model.routes, hit.rel, pos.line + 1);
      return { markdown: route ? routeDetailsMarkdown(route, result.findings) : null };
    }
    default:
      return null;
  }
});

/** The route whose handler contains the line (the cursor inside a handler body). */
function nearestRoute(routes: import('../engine/model/types').Route[], file: string, line: number) {
  return routes
    .filter((r) => (r.handlerLoc ?? r.loc).file === file && (r.handlerLoc ?? r.loc).line <= line && (r.handlerLoc ?? r.loc).endLine >= line)
    .sort((a, b) => (b.handlerLoc ?? b.loc).line - (a.handlerLoc ?? a.loc).line)[0];
}

// Figures for soak tests and benchmarks (heap after a collection when node runs with --expose-gc).
connection.onRequest('routeguard/serverStats', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  // idle: nothing analysing, scheduled or pending (tests wait for it before comparing diagnostics)
  const idle = !running.size && !timers.size && [...workspaces.values()].every((w) => w.indexed && !w.hasPendingChanges());
  return { heapUsed: m.heapUsed, rss: m.rss, workspaces: workspaces.size, published: published.size, earlyPublishes, index: [...workspaces.values()].map((w) => w.indexStats), idle };
});

// A failure in one request or file is logged, never fatal: the editor keeps its server.
process.on('uncaughtException', (e) => connection.console.error(`[routeguard] unexpected error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`[routeguard] unexpected rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
