/**
 * The routeguard command line: audit, matrix, rules, init. Exit codes: 0 clean, 1 findings at
 * or above --fail-on, 2 usage or configuration error (one line, never a stack trace).
 */
import { limitHeapGrowth } from '../engine/heapGrowth';
import { enableHeapRelief } from '../engine/heapRelief';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { analyzeWorkspace, AnalysisResult } from '../engine/analyze';
import { loadConfig, ConfigError } from '../engine/config/load';
import { allRules } from '../../../rules';
import { formatText, formatJson, severityRank } from '../outputs/text';
import { formatSarif } from '../outputs/sarif';
import { formatReportMarkdown } from '../outputs/report';
import { formatReportHtml } from '../outputs/reportHtml';
import { formatMatrixMarkdown, formatMatrixJson, formatMatrixCsv } from '../outputs/matrix';
import { formatMatrixHtml } from '../outputs/matrixHtml';
import { GitRefError } from '../engine/git/gitFacts';
import { routeguardVersion } from '../engine/version';
import { BaselineError, readBaseline, newSinceBaseline, inChangedFiles } from './baseline';
import { starterConfig } from './init';

class UsageError extends Error {}

const USAGE = `usage:
  routeguard audit [DIR] [--format text|json|sarif|markdown|html] [--output FILE]
                   [--fail-on error|warning|info|never] [--config FILE]
                   [--baseline FILE] [--changed-since GIT_REF] [--no-git-history]
                   [--matrix-output FILE] [--cache-dir DIR | --no-cache]
  routeguard matrix [DIR] [--format markdown|csv|html|json] [--output FILE] [--config FILE]
                   [--cache-dir DIR | --no-cache]
  routeguard rules
  routeguard init [DIR]`;

const AUDIT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'];
const MATRIX_FORMATS = ['markdown', 'csv', 'html', 'json'];
const version = routeguardVersion;

function write(file: string | undefined, text: string) {
  if (!file) return void process.stdout.write(text);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

async function analyse(dir: string, configFile?: string, git: import('../engine/git/gitFacts').GitOptions = {}, diskCache?: { dir?: string }): Promise<AnalysisResult> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  const { config } = loadConfig(dir, configFile);
  const tty = process.stderr.isTTY;
  return analyzeWorkspace(dir, {
    config,
    workspaceAudit: true,
    // the history cache sits with the facts cache (--cache-dir), and --no-cache turns both off
    git: { ...git, cacheDir: git.cacheDir ?? diskCache?.dir ?? config.cacheDir, noCache: !diskCache },
    // a rule that throws goes on without the file that made it throw; say so once, on stderr
    onRuleError: (id, e, file) => process.stderr.write(`routeguard: rule ${id} failed${file ? ` on ${file}; skipped for that file` : '; skipped'} (${String((e as Error)?.message ?? e).split('\n')[0]})\n`),
    diskCache,
    onProgress: tty ? (p) => process.stderr.write(`\rrouteguard: ${p.phase === 'reading' ? 'reading ' : ''}${p.filesScanned}/${p.filesTotal} files${p.routes !== undefined ? `, ${p.routes} routes\n` : ''}`) : undefined,
  });
}

function relLink(fromFile: string, root: string): string {
  const rel = path.relative(path.dirname(path.resolve(fromFile)), path.resolve(root)).split(path.sep).join('/');
  return rel ? rel + '/' : '';
}

/** the on-disk facts cache, unless --no-cache */
function diskCacheOf(values: { 'no-cache'?: boolean; 'cache-dir'?: string }): { dir?: string } | undefined {
  return values['no-cache'] ? undefined : { dir: values['cache-dir'] };
}

function matrixAs(format: string, result: AnalysisResult, link: string): string {
  if (format === 'json') return formatMatrixJson(result);
  if (format === 'csv') return formatMatrixCsv(result);
  if (format === 'html') return formatMatrixHtml(result, link);
  return formatMatrixMarkdown(result, link);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'matrix-output': { type: 'string' },
        baseline: { type: 'string' },
        'changed-since': { type: 'string' },
        'no-git-history': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one directory, got: ${positionals.join(' ')}`);
  const dir = positionals[0] ?? '.';
  switch (command) {
    case 'rules': {
      for (const r of allRules) process.stdout.write(`${r.meta.id.padEnd(26)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.description}\n`);
      return 0;
    }
    case 'init': {
      const file = path.join(dir, 'routeguard.config.json');
      if (fs.existsSync(file)) throw new UsageError(`${file} already exists; edit it instead`);
      fs.writeFileSync(file, starterConfig());
      process.stdout.write(`wrote ${file}\n`);
      return 0;
    }
    case 'audit': {
      const format = values.format ?? 'text';
      if (!AUDIT_FORMATS.includes(format)) throw new UsageError(`unknown --format "${format}" for audit (use ${AUDIT_FORMATS.join(', ')})`);
      const failOn = values['fail-on'] ?? 'error';
      if (!['error', 'warning', 'info', 'never'].includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (use error, warning, info or never)`);
      const baseline = values.baseline !== undefined ? readBaseline(values.baseline) : undefined;
      const changedSince = values['changed-since'];
      const result = await analyse(dir, values.config, { history: !values['no-git-history'], changedSince }, diskCacheOf(values));
      const notes: string[] = [];
      if (changedSince !== undefined) {
        const changed = result.model.git?.changedFiles;
        if (!changed) throw new UsageError(`--changed-since needs a git repository: ${dir} is not in one`);
        const r = inChangedFiles(result.findings, changed);
        result.findings = r.kept;
        notes.push(`Only findings in the ${changed.length} file(s) changed since ${changedSince}; ${r.hidden} finding(s) elsewhere not shown.`);
      }
      if (baseline) {
        const r = newSinceBaseline(result.findings, baseline);
        result.findings = r.kept;
        notes.push(`${r.hidden} finding(s) already in the baseline ${values.baseline} not shown.`);
      }
      const history = result.model.git?.history;
      if (history?.note) notes.push(history.note);
      const link = values.output ? relLink(values.output, dir) : '';
      const text =
        format === 'json' ? formatJson(result, notes.length ? { notes } : {})
        : format === 'sarif' ? formatSarif(result, version())
        : format === 'markdown' ? formatReportMarkdown(result, link, notes)
        : format === 'html' ? formatReportHtml(result, link, notes)
        : formatText(result, { color: !values.output && !!process.stdout.isTTY && !process.env.NO_COLOR, notes });
      write(values.output, text);
      if (values['matrix-output']) {
        const m = values['matrix-output'];
        write(m, matrixAs(m.endsWith('.json') ? 'json' : m.endsWith('.csv') ? 'csv' : m.endsWith('.html') ? 'html' : 'markdown', result, relLink(m, dir)));
        process.stderr.write(`routeguard: access matrix (${result.model.routes.length} routes) written to ${m}\n`);
      }
      if (failOn === 'never') return 0;
      const limit = severityRank(failOn as 'error');
      return result.findings.some((f) => !f.suppressed && severityRank(f.severity) <= limit) ? 1 : 0;
    }
    case 'matrix': {
      const format = values.format ?? 'markdown';
      if (!MATRIX_FORMATS.includes(format)) throw new UsageError(`unknown --format "${format}" for matrix (use ${MATRIX_FORMATS.join(', ')})`);
      const t0 = Date.now();
      // the matrix is about routes: the git history walk adds nothing to it
      const result = await analyse(dir, values.config, { history: false }, diskCacheOf(values));
      const out = values.output;
      write(out, matrixAs(format, result, out ? relLink(out, dir) : ''));
      if (out) process.stderr.write(`routeguard: access matrix (${result.model.routes.length} routes) written to ${out} in ${Date.now() - t0} ms\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

export function run(argv: string[]): void {
  limitHeapGrowth();
  enableHeapRelief();
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      if (e instanceof UsageError || e instanceof ConfigError || e instanceof BaselineError || e instanceof GitRefError) {
        process.stderr.write(`routeguard: ${e.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`routeguard: internal error: ${(e as Error)?.stack ?? e}\n`);
        process.exitCode = 3;
      }
    },
  );
}
