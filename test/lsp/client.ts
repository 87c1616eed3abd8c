/**
 * A small LSP client for protocol tests: spawns the built server over stdio, records every
 * publishDiagnostics, and lets tests wait for a file's diagnostics to satisfy a predicate.
 */
import { spawn, ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/nodeFlags';

export const SERVER = path.resolve(__dirname, '../../server/src/lsp/server.js');

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  code?: string;
  severity?: number;
  source?: string;
  codeDescription?: { href: string };
  relatedInformation?: { location: { uri: string; range: Diag['range'] }; message: string }[];
  data?: unknown;
}

export class LspTestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, Diag[]>();
  /** time each publish arrived, by uri */
  readonly publishedAt = new Map<string, number>();
  readonly logs: string[] = [];
  private waiters: (() => void)[] = [];
  /** what workspace/configuration answers for the routeguard section */
  settings: unknown = { enable: true, rules: {} };
  private versions = new Map<string, number>();

  /** env: the server's environment (a preload in NODE_OPTIONS, say); execArgv: node flags (--expose-gc) after the
   *  server's own (SERVER_NODE_FLAGS, as the VS Code client passes them; RG_DEFAULT_NODE_FLAGS=0 leaves them out) */
  constructor(readonly root: string, opts: { env?: NodeJS.ProcessEnv; execArgv?: string[] } = {}) {
    this.proc = spawn(process.execPath, [...(process.env.RG_DEFAULT_NODE_FLAGS === '0' ? [] : SERVER_NODE_FLAGS), ...(opts.execArgv ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env });
    this.proc.stderr!.on('data', (d) => this.logs.push(String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publishedAt.set(p.uri, Date.now());
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null as any);
    this.conn.onRequest('client/registerCapability', () => null as any);
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => {
      this.logs.push(`${p.message}${p.verbose ? `\n${p.verbose}` : ''}`);
    });
    this.conn.onNotification('window/showMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.listen();
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.root, rel)).href;
  }

  async initialize(initializationOptions: unknown = {}): Promise<any> {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } } },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Wait until a file's diagnostics satisfy the predicate (they may already). */
  async waitFor(rel: string, pred: (d: Diag[]) => boolean, timeoutMs = 20000): Promise<Diag[]> {
    const uri = this.uri(rel);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && pred(d)) return d;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for diagnostics of ${rel}; last: ${JSON.stringify(d?.map((x) => `${x.code}@${x.range.start.line + 1}`))}\n${this.logs.join('\n')}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  open(rel: string, text: string, languageId = 'typescript') {
    this.versions.set(rel, 1);
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(rel), languageId, version: 1, text } });
  }

  change(rel: string, text: string) {
    const v = (this.versions.get(rel) ?? 1) + 1;
    this.versions.set(rel, v);
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version: v }, contentChanges: [{ text }] });
  }

  close(rel: string) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(rel) } });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async shutdown() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
      // a server that exits by itself gets to flush (e.g. a --cpu-prof profile); one that hangs is killed
      if (this.proc.exitCode === null) await Promise.race([new Promise((r) => this.proc.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

/** Apply LSP text edits to a text. */
export function applyLspEdits(text: string, edits: { range: Diag['range']; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
