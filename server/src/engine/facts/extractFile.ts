/** Facts of one file of any kind, from its text alone. */
import { wranglerVarSecrets } from './wranglerVars';
import * as crypto from 'crypto';
import type * as TS from 'typescript';
import type { FileFacts, SuppressionFact, AnnotationFact, EnvDefinitionFact, CorsFact } from '../types';
import { CodeExtractor } from './extractCode';
import { parsePrismaSchema } from '../data/prismaSchema';
import { parseSqlDdl } from '../data/sql';
import type { DiscoveredKind } from '../discover/discover';
import { checkNesting, extractionFailure, withBudget, FILE_BUDGET_MS } from './budget';
import { redactSecretsIn } from '../secrets/redactText';
import { buildFunctionIndex } from './functionIndex';
import { inertFacts, inertText, setInertExtractor } from './inert';
import { astroPageCode } from './astroFrontmatter';

export const FACTS_VERSION = '1';

export function hashText(text: string): string {
  return crypto.createHash('sha1').update(FACTS_VERSION).update(text).digest('hex');
}

/**
 * Facts as an audit takes them: a code file the text prefilter finds inert (inert.ts) is not
 * parsed until something reads more than the lists every file is scanned for.
 */
export function factsOf(file: string, text: string, kind: DiscoveredKind, hash = hashText(text)): FileFacts {
  return inertFactsOf(file, text, kind, hash) ?? extractFacts(file, text, kind, hash);
}

/** Inert facts of a file the prefilter accepts, else undefined. ROUTEGUARD_PREFILTER=0 parses every file (to compare, or to rule the prefilter out). */
export function inertFactsOf(file: string, text: string, kind: DiscoveredKind, hash: string): FileFacts | undefined {
  const inert = kind === 'code' && process.env.ROUTEGUARD_PREFILTER !== '0' ? inertText(file, text) : undefined;
  if (!inert) return undefined;
  const facts = inertFacts(file, text, hash, inert.useClient);
  const { suppressions, annotations } = scanComments(text, '//');
  facts.suppressions = suppressions;
  facts.annotations = annotations;
  return facts;
}
setInertExtractor((file, text, hash) => extractFacts(file, text, 'code', hash));

function emptyFacts(file: string, hash: string, kind: FileFacts['kind']): FileFacts {
  return {
    file, hash, kind, useServer: false, useClient: false, imports: {}, exports: {}, exportPos: {}, exportAll: [], bindings: {},
    functions: [], routerCalls: [], moduleCalls: [], envReads: [], envDefinitions: [], cors: [], loggerRedactions: {},
    suppressions: [], annotations: [], prismaModels: [], sqlTables: [],
  };
}

export function extractFacts(file: string, text: string, kind: DiscoveredKind, hash = hashText(text)): FileFacts {
  let facts: FileFacts;
  try {
    switch (kind) {
      case 'code': {
        const page = /\.astro$/i.test(file) ? astroPageCode(text) : undefined;
        const code = /\.(?:vue|svelte)$/i.test(file) ? componentScripts(text) : page ? page.code : text;
        checkNesting(code);
        facts = withBudget(FILE_BUDGET_MS, () => new CodeExtractor(code, file, hash).run());
        // an Astro page's route is reported at its first statement (the function around the frontmatter is ours)
        if (page?.bodyLine && facts.exportPos.default) facts.exportPos.default = { line: page.bodyLine, column: 1, endLine: page.bodyLine, endColumn: 1 };
        facts.functionIndex = buildFunctionIndex(facts.functions);
        break;
      }
      case 'env':
        facts = emptyFacts(file, hash, 'env');
        facts.envDefinitions = parseDotenvLines(text);
        break;
      case 'prisma': {
        facts = emptyFacts(file, hash, 'prisma');
        const r = parsePrismaSchema(text);
        facts.prismaModels = r.models;
        if (r.error) facts.parseError = r.error;
        break;
      }
      case 'sql':
        facts = emptyFacts(file, hash, 'sql');
        facts.sqlTables = parseSqlDdl(text);
        break;
      case 'json':
        facts = emptyFacts(file, hash, 'json');
        readJson(facts, text);
        break;
      case 'wrangler': {
        facts = emptyFacts(file, hash, 'other');
        const secrets = wranglerVarSecrets(text);
        if (secrets.length) facts.secretLiterals = secrets;
        break;
      }
      default:
        facts = emptyFacts(file, hash, 'other');
    }
  } catch (e) {
    facts = emptyFacts(file, hash, kind === 'code' ? 'code' : 'other');
    facts.parseError = extractionFailure(e);
  }
  // parsers quote the token they choke on: it may be a key
  if (facts.parseError) facts.parseError = redactSecretsIn(facts.parseError);
  facts.digest = factsDigest(facts);
  const { suppressions, annotations } = scanComments(text, kind === 'env' || kind === 'wrangler' ? '#' : '//');
  facts.suppressions = suppressions;
  facts.annotations = annotations;
  return facts;
}

/**
 * The function summaries of the file extracted last, as JSON: made once here for the digest and
 * taken by `compactFunctions` (diskCache.ts), which would otherwise make it again (two thirds of a
 * second on a 3,800-file app). One slot, not a map: facts nobody compacts (the language server's)
 * must not keep a copy of their summaries alive.
 */
let lastFunctionsJson: { facts: FileFacts; json: string } | undefined;

export function takeFunctionsJson(facts: FileFacts): string | undefined {
  const last = lastFunctionsJson;
  lastFunctionsJson = undefined;
  return last?.facts === facts ? last.json : undefined;
}

/**
 * What the extractor found, without the content hash and the module's extent (the `<module>`
 * summary spans the file: lines added at its end move its end only, and no route is built from it).
 */
function factsDigest(facts: FileFacts): string {
  const { functions, ...head } = facts;
  const [moduleSummary, ...rest] = functions;
  const h = crypto.createHash('sha1');
  try {
    const restJson = JSON.stringify(rest);
    const moduleJson = moduleSummary ? JSON.stringify(moduleSummary) : '';
    h.update(JSON.stringify({ ...head, hash: '' })).update('\u0000');
    if (moduleSummary) h.update(JSON.stringify({ ...moduleSummary, pos: undefined }));
    h.update('\u0000').update(restJson);
    lastFunctionsJson = { facts, json: moduleSummary ? `[${moduleJson}${rest.length ? `,${restJson.slice(1)}` : ']'}` : '[]' };
  } catch {
    // a value JSON cannot hold (a bigint an extractor let through): digested as text, never fatal
    const shown = { ...facts, hash: '', functions: moduleSummary ? [{ ...moduleSummary, pos: undefined }, ...rest] : [] };
    return crypto.createHash('sha1').update(JSON.stringify(shown, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).digest('base64');
  }
  return h.digest('base64');
}

function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0].slice(0, 300);
}

/** KEY=value lines of a .env file (dotenv syntax: export prefix, quotes, multiline values). */
export function parseDotenvLines(text: string): EnvDefinitionFact[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dotenv = require('dotenv') as typeof import('dotenv');
  const parsed = dotenv.parse(text);
  const out: EnvDefinitionFact[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]/.exec(line);
    if (!m || seen.has(m[1]) || !(m[1] in parsed)) return;
    seen.add(m[1]);
    const col = line.indexOf(m[1]) + 1;
    out.push({ name: m[1], value: parsed[m[1]], pos: { line: i + 1, column: col, endLine: i + 1, endColumn: line.length + 1 }, source: 'dotenv' });
  });
  return out;
}

function readJson(facts: FileFacts, text: string) {
  let data: unknown;
  if (/(?:^|\/)[tj]sconfig\.json$/.test(facts.file)) {
    // tsconfig/jsconfig are JSON with comments and trailing commas: TypeScript's reader, as data
    // TypeScript's JSONC reader (comments, trailing commas), loaded only when a config file is read
    const ts = require('typescript') as typeof TS; // eslint-disable-line @typescript-eslint/no-require-imports
    const r = ts.parseConfigFileTextToJson(facts.file, text);
    if (r.error) facts.parseError = oneLine(ts.flattenDiagnosticMessageText(r.error.messageText, ' '));
    return;
  }
  try {
    data = JSON.parse(text);
  } catch (e) {
    facts.parseError = oneLine(e);
    return;
  }
  if (facts.file.endsWith('package.json') && data && typeof data === 'object') {
    const d = data as Record<string, Record<string, string> | undefined>;
    facts.packageDeps = Object.keys({ ...(d.dependencies ?? {}), ...(d.devDependencies ?? {}), ...(d.peerDependencies ?? {}) });
  }
  if (/(?:^|\/)vercel\.json$/.test(facts.file) && data && typeof data === 'object') facts.cors.push(...vercelCorsHeaders(data, text));
  if (/(?:^|\/)tsoa\.json$/.test(facts.file) && data && typeof data === 'object') {
    const d = data as { routes?: { basePath?: unknown }; spec?: { basePath?: unknown } };
    const base = typeof d.routes?.basePath === 'string' ? d.routes.basePath : typeof d.spec?.basePath === 'string' ? d.spec.basePath : undefined;
    if (base) facts.tsoaBasePath = base;
  }
}

/**
 * The `<script>` blocks of a Vue or Svelte component, everything else blanked out (line breaks kept), so that
 * positions in the code are positions in the file. The template's expressions are not read.
 */
export function componentScripts(text: string): string {
  const out = text.replace(/[^\n]/g, ' ').split('');
  const open = /<script\b[^>]*>/gi;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('</script>', start);
    const stop = end < 0 ? text.length : end;
    for (let i = start; i < stop; i++) out[i] = text[i];
    open.lastIndex = stop;
  }
  return out.join('');
}

/**
 * vercel.json `headers: [{ source: '/api/(.*)', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] }]`: the
 * CORS headers Vercel adds to every response whose path the source matches (next.config's `headers()` in JSON).
 */
function vercelCorsHeaders(data: object, text: string): CorsFact[] {
  const rules = (data as { headers?: unknown }).headers;
  if (!Array.isArray(rules)) return [];
  const out: CorsFact[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  // (positions: the line where the value is written, searched after the rule's source)
  let from = 0;
  for (const rule of rules as { source?: unknown; headers?: unknown }[]) {
    if (!rule || typeof rule.source !== 'string' || !Array.isArray(rule.headers)) continue;
    const list = (rule.headers as { key?: unknown; value?: unknown }[]).filter((h) => h && typeof h.key === 'string' && typeof h.value === 'string') as { key: string; value: string }[];
    const origin = list.find((h) => h.key.toLowerCase() === 'access-control-allow-origin');
    const sourceLine = Math.max(from, lines.findIndex((l, i) => i >= from && l.includes(JSON.stringify(rule.source))));
    from = sourceLine + 1;
    if (!origin) continue;
    const credentials = list.some((h) => h.key.toLowerCase() === 'access-control-allow-credentials' && h.value.trim().toLowerCase() === 'true');
    const v = origin.value.trim();
    const kind: CorsFact['origin'] = v === '*' ? 'wildcard' : v.toLowerCase() === 'null' ? 'null' : 'allowlist';
    let line = lines.findIndex((l, i) => i >= sourceLine && /access-control-allow-origin/i.test(l));
    // (the value may sit on the line after its key)
    if (line >= 0 && !hasJsonString(lines[line], origin.value) && hasJsonString(lines[line + 1] ?? '', origin.value)) line++;
    const at = line >= 0 ? line + 1 : sourceLine + 1;
    const col = Math.max(0, (lines[at - 1] ?? '').search(/\S/));
    const pos = { line: at, column: col, endLine: at, endColumn: (lines[at - 1] ?? '').length };
    out.push({ source: 'config-headers', library: 'vercel.json', origin: kind, credentials, evidence: `"Access-Control-Allow-Origin": ${JSON.stringify(origin.value)} for ${rule.source}`, pos, callPos: pos, sourcePatterns: [rule.source] });
  }
  return out;
}

function hasJsonString(line: string, value: string): boolean {
  return line.includes(JSON.stringify(value));
}

const SUPPRESS = /routeguard-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*))?$/;
const ANNOTATION = /^\s*(?:\/\/|#|\/\*|\*|<!--)\s*(expect|ok)\s*:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/;

/** routeguard-ignore comments, and the test annotations `// expect: rule` / `// ok: rule`. */
export function scanComments(text: string, marker: '//' | '#'): { suppressions: SuppressionFact[]; annotations: AnnotationFact[] } {
  const suppressions: SuppressionFact[] = [];
  const annotations: AnnotationFact[] = [];
  if (!text.includes('routeguard-ignore') && !/(?:expect|ok)\s*:/.test(text)) return { suppressions, annotations };
  const lines = text.split(/\r\n|\r|\n/);
  const isCommentOrBlank = (l: string) => {
    const t = l.trim();
    return t === '' || t.startsWith('//') || t.startsWith('#') || t.startsWith('/*') || t.startsWith('*') || t.startsWith('{/*');
  };
  const nextCodeLine = (from: number) => {
    for (let j = from; j < lines.length; j++) if (!isCommentOrBlank(lines[j])) return j + 1;
    return 0;
  };
  lines.forEach((line, i) => {
    const sm = SUPPRESS.exec(line);
    if (sm) {
      const idx = line.indexOf('routeguard-ignore');
      const before = line.slice(0, idx).replace(/(?:\/\/|#|\/\*|\{\/\*)\s*$/, '').trim();
      const fileWide = !!sm[1];
      suppressions.push({
        rules: sm[2].split(',').map((r) => r.trim()),
        reason: (sm[3] ?? '').replace(/\*\/\s*\}?\s*$/, '').trim(),
        line: fileWide ? 0 : before ? i + 1 : nextCodeLine(i + 1),
        commentLine: i + 1,
        fileWide,
      });
    }
    const am = ANNOTATION.exec(line);
    if (am && (marker === '#' || line.trim().startsWith('//') || line.trim().startsWith('#') || line.trim().startsWith('{/*') || line.trim().startsWith('/*'))) {
      annotations.push({ kind: am[1] as 'expect' | 'ok', rules: am[2].split(',').map((r) => r.trim()), targetLine: nextCodeLine(i + 1) });
    }
  });
  return { suppressions, annotations };
}
