/**
 * The server survives: random edits (insertions of code and garbage, deletions, truncations,
 * restores, closes and reopens) across several files of the sample portal, with hovers and
 * route-details requests cancelled while in flight ($/cancelRequest). At the end the diagnostics
 * must equal a fresh server's on the final texts, heap growth (after a collection) is measured,
 * and shutdown/exit must be clean with no process left behind.
 *
 * Used by test/soak.test.ts (CI count) and scripts/soak.js (the full 10,000, prints figures).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspTestClient, Diag } from '../lsp/client';
import { prng, FIXTURES } from './corpus';

export interface SoakFigures {
  edits: number;
  cancelled: number;
  files: number;
  ms: number;
  heapAfterIndex: number;
  heapAtEnd: number;
  heapGrowth: number;
  rssAtEnd: number;
  /** files whose diagnostics differ from a fresh server's on the final texts */
  mismatches: string[];
  exitCode: number | null;
  orphans: number[];
  serverErrors: string[];
}

const EDITED = ['api/src/server.ts', 'api/src/routes/invoices.ts', 'api/src/routes/reports.ts', 'api/src/auth/middleware.ts', 'web/.env.local', 'api/src/routes/scratch.ts'];
const SNIPPETS = [
  "\nrouter.get('/soak/:id', async (req, res) => res.json(await prisma.invoice.findUnique({ where: { id: req.params.id } })));\n",
  "\napp.use('/api/soak', requireAuth, invoicesRouter);\n",
  '\nconsole.log(req.headers.authorization);\n',
  '\nNEXT_PUBLIC_SOAK_SECRET=not-a-real-value-0000000000\n',
  '{', '}', '(', ')', '=>', ';', '\n', '/*', '*/', '`', "'", 'export ', 'import x from "./nowhere";\n', '\u0000', '\r\n', '\r', 'é漢字',
];

/** children of a process (Linux /proc), to check none outlives the server */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === pid) out.push(Number(d));
      } catch {
        /* gone meanwhile */
      }
    }
  } catch {
    /* not Linux: nothing to check */
  }
  return out;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resolve when the server is idle and no diagnostics have been published for `quietMs`. */
async function settle(client: LspTestClient, quietMs: number, maxMs = 60000): Promise<void> {
  const start = Date.now();
  // a server working through a backlog of edits may publish nothing for a while: wait for it to be idle
  while (Date.now() - start < maxMs && !(await client.request<{ idle?: boolean }>('routeguard/serverStats', {})).idle) await new Promise((r) => setTimeout(r, 100));
  for (;;) {
    if (!client.publishedAt.size && Date.now() - start < maxMs) {
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    const last = Math.max(0, ...client.publishedAt.values());
    if (Date.now() - last >= quietMs) return;
    if (Date.now() - start > maxMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Diagnostics by relative path, comparable across workspaces. */
function snapshot(client: LspTestClient): Map<string, string> {
  const root = client.uri('');
  const out = new Map<string, string>();
  for (const [uri, ds] of client.diagnostics) {
    if (!ds.length) continue;
    const norm = (d: Diag) => JSON.stringify(d).split(root).join('<root>/');
    out.set(uri.slice(root.length), ds.map(norm).sort().join('\n'));
  }
  return out;
}

async function stats(client: LspTestClient): Promise<{ heapUsed: number; rss: number }> {
  return client.request('routeguard/serverStats', {});
}

export async function soak(opts: { edits: number; seed?: number; log?: (s: string) => void }): Promise<SoakFigures> {
  const log = opts.log ?? (() => undefined);
  const rnd = prng(opts.seed ?? 9);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-soak-'));
  const root = path.join(tmp, 'live');
  fs.cpSync(path.join(FIXTURES, 'northwind-portal'), root, { recursive: true });
  const original = new Map(EDITED.map((rel) => [rel, fs.existsSync(path.join(root, rel)) ? fs.readFileSync(path.join(root, rel), 'utf8') : '']));
  const texts = new Map(original);
  const open = new Set<string>();
  const versions = new Map<string, number>();
  const serverErrors: string[] = [];
  const client = new LspTestClient(root, { execArgv: ['--expose-gc'] });
  const t0 = Date.now();
  let cancelled = 0;
  try {
    await client.initialize();
    await client.waitFor('api/src/routes/reports.ts', (d) => d.some((x) => x.code === 'missing-auth'), 120000);
    await settle(client, 1000);
    const heapAfterIndex = (await stats(client)).heapUsed;
    log(`indexed; heap ${(heapAfterIndex / 1e6).toFixed(1)} MB`);

    const lang = (rel: string) => (rel.includes('.env') ? 'dotenv' : 'typescript');
    const sendOpen = async (rel: string) => {
      versions.set(rel, 1);
      open.add(rel);
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: client.uri(rel), languageId: lang(rel), version: 1, text: texts.get(rel) } });
    };
    for (const rel of EDITED) await sendOpen(rel);
    const lineCol = (text: string, offset: number) => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      return { line, character: offset - (before.lastIndexOf('\n') + 1) };
    };
    for (let i = 0; i < opts.edits; i++) {
      const rel = pick(EDITED);
      if (!open.has(rel)) await sendOpen(rel);
      const text = texts.get(rel)!;
      const r = rnd();
      let next: string;
      let change: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
      if (r < 0.45) {
        // insert a snippet at a random place (an incremental change)
        const at = Math.floor(rnd() * (text.length + 1));
        const s = pick(SNIPPETS);
        next = text.slice(0, at) + s + text.slice(at);
        change = { range: { start: lineCol(text, at), end: lineCol(text, at) }, text: s };
      } else if (r < 0.75) {
        // delete a random range
        const a = Math.floor(rnd() * (text.length + 1));
        const b = Math.min(text.length, a + Math.floor(rnd() * 200));
        next = text.slice(0, a) + text.slice(b);
        change = { range: { start: lineCol(text, a), end: lineCol(text, b) }, text: '' };
      } else if (r < 0.85) {
        next = original.get(rel)!;
        change = { text: next };
      } else if (r < 0.92) {
        next = original.get(rel)!.slice(0, Math.floor(rnd() * original.get(rel)!.length));
        change = { text: next };
      } else if (r < 0.96) {
        next = '';
        change = { text: '' };
      } else {
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri(rel) } });
        open.delete(rel);
        // closed: the disk wins again (the scratch file does not exist on disk)
        texts.set(rel, original.get(rel)!);
        continue;
      }
      // CR-only line ends make LSP positions ambiguous between client and server: send those whole
      if (/\r(?!\n)/.test(text) || /\r(?!\n)/.test(next)) change = { text: next };
      texts.set(rel, next);
      const v = (versions.get(rel) ?? 1) + 1;
      versions.set(rel, v);
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: client.uri(rel), version: v }, contentChanges: [change] });
      if (rnd() < 0.15) {
        // a request the editor gives up on right away
        const cts = new CancellationTokenSource();
        const pos = { line: Math.floor(rnd() * 40), character: 4 };
        const req = rnd() < 0.5
          ? client.conn.sendRequest('textDocument/hover', { textDocument: { uri: client.uri(rel) }, position: pos }, cts.token)
          : client.conn.sendRequest('workspace/executeCommand', { command: 'routeguard.server.showRouteDetails', arguments: [client.uri(rel), pos] }, cts.token);
        req.catch(() => undefined);
        cts.cancel();
        cancelled++;
      }
      if (i % 25 === 0) await new Promise((res) => setTimeout(res, Math.floor(rnd() * 30)));
      if (i % 1000 === 999) log(`${i + 1} edits`);
    }
    // still answering, then quiet
    await client.request('textDocument/hover', { textDocument: { uri: client.uri('api/src/routes/reports.ts') }, position: { line: 6, character: 4 } });
    await settle(client, 2000, 120000);
    const live = snapshot(client);
    const end = await stats(client);

    // a fresh server on the final texts
    const freshRoot = path.join(tmp, 'fresh');
    fs.cpSync(root, freshRoot, { recursive: true });
    for (const rel of EDITED) {
      const abs = path.join(freshRoot, rel);
      if (open.has(rel)) fs.writeFileSync(abs, texts.get(rel)!);
      else if (!original.get(rel) && fs.existsSync(abs)) fs.rmSync(abs);
    }
    const fresh = new LspTestClient(freshRoot);
    let freshSnap: Map<string, string>;
    try {
      await fresh.initialize();
      await fresh.request('textDocument/hover', { textDocument: { uri: fresh.uri('api/src/server.ts') }, position: { line: 0, character: 0 } });
      await new Promise((r) => setTimeout(r, 1500));
      await settle(fresh, 2000, 120000);
      freshSnap = snapshot(fresh);
    } finally {
      await fresh.shutdown();
    }
    const mismatches = [...new Set([...live.keys(), ...freshSnap.keys()])].filter((k) => live.get(k) !== freshSnap.get(k));
    for (const m of mismatches.slice(0, 3)) log(`mismatch ${m}:\n live: ${live.get(m)?.slice(0, 400)}\n fresh: ${freshSnap.get(m)?.slice(0, 400)}`);

    // clean shutdown: answer shutdown, exit 0 on exit, leave no child behind
    const pid = client.proc.pid!;
    const kids = childrenOf(pid);
    const exited = new Promise<number | null>((res) => client.proc.once('exit', (code) => res(code)));
    await client.conn.sendRequest('shutdown');
    await client.conn.sendNotification('exit');
    const exitCode = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    await new Promise((r) => setTimeout(r, 200));
    serverErrors.push(...client.logs.filter((l) => /unexpected (error|rejection)|analysis failed|indexing failed/.test(l)));
    return {
      edits: opts.edits, cancelled, files: EDITED.length, ms: Date.now() - t0,
      heapAfterIndex, heapAtEnd: end.heapUsed, heapGrowth: end.heapUsed - heapAfterIndex, rssAtEnd: end.rss,
      mismatches, exitCode, orphans: kids.filter(alive), serverErrors,
    };
  } finally {
    client.conn.dispose();
    if (client.proc.exitCode === null) client.proc.kill();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
