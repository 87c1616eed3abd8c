/**
 * The routeguard command line: audit, matrix, rules, init. Exit codes: 0 clean, 1 findings at
 * or above --fail-on, 2 usage or configuration error (one line, never a stack trace).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { analyzeWorkspace, AnalysisResult } from '../engine/analyze';
import { loadConfig, ConfigError } from '../engine/config/load';
import { allRules } from '../../../rules';
import { formatText, formatJson, severityRank } from '../outputs/text';
import { formatSarif } from '../outputs/sarif';
import { formatReportMarkdown } from '../outputs/report';
import { formatMatrixMarkdown, formatMatrixJson, formatMatrixCsv } from '../outputs/matrix';

class UsageError extends Error {}

const USAGE = `usage:
  routeguard audit [DIR] [--format text|json|sarif|markdown] [--output FILE]
                   [--fail-on error|warning|info|never] [--config FILE]
                   [--matrix-output FILE] [--cache-dir DIR | --no-cache]
  routeguard matrix [DIR] [--format markdown|csv|json] [--output FILE] [--config FILE]
  routeguard rules
  routeguard init [DIR]`;

function version(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

function write(file: string | undefined, text: string) {
  if (!file) return void process.stdout.write(text);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

async function analyse(dir: string, configFile?: string, diskCache?: { dir?: string }): Promise<AnalysisResult> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  const { config } = loadConfig(dir, configFile);
  const tty = process.stderr.isTTY;
  return analyzeWorkspace(dir, {
    config,
    workspaceAudit: true,
    diskCache,
    onProgress: tty ? (p) => process.stderr.write(`\rrouteguard: ${p.filesScanned}/${p.filesTotal} files${p.routes !== undefined ? `, ${p.routes} routes\n` : ''}`) : undefined,
  });
}

function relLink(fromFile: string, root: string): string {
  const rel = path.relative(path.dirname(path.resolve(fromFile)), path.resolve(root)).split(path.sep).join('/');
  return rel ? rel + '/' : '';
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
      fs.writeFileSync(file, JSON.stringify({ $schema: './node_modules/routeguard/server/src/engine/config/schema.json', publicRoutes: [], authMiddleware: [], tenantKeys: [], rules: {} }, null, 2) + '\n');
      process.stdout.write(`wrote ${file}\n`);
      return 0;
    }
    case 'audit': {
      const format = values.format ?? 'text';
      if (!['text', 'json', 'sarif', 'markdown'].includes(format)) throw new UsageError(`unknown --format "${format}" for audit (use text, json, sarif or markdown)`);
      const failOn = values['fail-on'] ?? 'error';
      if (!['error', 'warning', 'info', 'never'].includes(failOn)) throw new UsageError(`unknown --fail-on "${failOn}" (use error, warning, info or never)`);
      const result = await analyse(dir, values.config, values['no-cache'] ? undefined : { dir: values['cache-dir'] });
      const text =
        format === 'json' ? formatJson(result) : format === 'sarif' ? formatSarif(result, version()) : format === 'markdown' ? formatReportMarkdown(result, values.output ? relLink(values.output, dir) : '') : formatText(result);
      write(values.output, text);
      if (values['matrix-output']) {
        const m = values['matrix-output'];
        write(m, m.endsWith('.json') ? formatMatrixJson(result) : m.endsWith('.csv') ? formatMatrixCsv(result) : formatMatrixMarkdown(result, relLink(m, dir)));
        process.stderr.write(`routeguard: access matrix (${result.model.routes.length} routes) written to ${m}\n`);
      }
      if (failOn === 'never') return 0;
      const limit = severityRank(failOn as 'error');
      return result.findings.some((f) => !f.suppressed && severityRank(f.severity) <= limit) ? 1 : 0;
    }
    case 'matrix': {
      const format = values.format ?? 'markdown';
      if (!['markdown', 'csv', 'json'].includes(format)) throw new UsageError(`unknown --format "${format}" for matrix (use markdown, csv or json)`);
      const result = await analyse(dir, values.config);
      const out = values.output;
      write(out, format === 'json' ? formatMatrixJson(result) : format === 'csv' ? formatMatrixCsv(result) : formatMatrixMarkdown(result, out ? relLink(out, dir) : ''));
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      if (e instanceof UsageError || e instanceof ConfigError) {
        process.stderr.write(`routeguard: ${e.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`routeguard: internal error: ${(e as Error)?.stack ?? e}\n`);
        process.exitCode = 3;
      }
    },
  );
}
