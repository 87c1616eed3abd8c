/**
 * SARIF output against the official SARIF 2.1.0 JSON schema (the copy shipped in Microsoft's
 * sarif-multitool package) with ajv, and through the multitool's own `validate` (schema and
 * SARIF rules), on fixture apps of several frameworks.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import Ajv2020 from 'ajv/dist/2020';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';
import { formatSarif } from '../server/src/outputs/sarif';

const REPO = path.resolve(__dirname, '../..');
const TOOL_DIR = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux');
const SCHEMA = path.join(TOOL_DIR, 'sarif-2.1.0.json');
const MULTITOOL = path.join(TOOL_DIR, 'Sarif.Multitool');
const APPS = ['northwind-portal', 'nest-invoicing-api', 'fastify-prisma-checklist', 'next-clerk-ats'];

describe('SARIF 2.1.0 validity', function () {
  this.timeout(120000);
  let dir: string;
  const files: string[] = [];

  before(async function () {
    if (!fs.existsSync(SCHEMA)) {
      console.log('      (skipped: @microsoft/sarif-multitool has no linux package here)');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-sarif-'));
    for (const app of APPS) {
      const root = path.join(REPO, 'test-fixtures', app);
      const result = await analyzeWorkspace(root, { config: loadConfig(root).config });
      const file = path.join(dir, `${app}.sarif`);
      fs.writeFileSync(file, formatSarif(result, '0.1.0'));
      files.push(file);
    }
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('validates against the official JSON schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    for (const f of files) {
      const ok = validate(JSON.parse(fs.readFileSync(f, 'utf8')));
      assert.ok(ok, `${path.basename(f)}: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
    }
  });

  it('passes the SARIF multitool validate (no errors or warnings)', function () {
    if (!fs.existsSync(MULTITOOL)) this.skip();
    for (const f of files) {
      const out = f + '.validation.sarif';
      const r = spawnSync(MULTITOOL, ['validate', f, '--output', out, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 90000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
      assert.strictEqual(r.status, 0, `${r.stdout}\n${r.stderr}`);
      const results = JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results as { level?: string; ruleId: string; message: { text?: string; id?: string } }[];
      const bad = results.filter((x) => x.level === 'error' || x.level === 'warning');
      assert.deepStrictEqual(bad.map((x) => `${x.ruleId}: ${x.message.text ?? x.message.id}`), [], path.basename(f));
    }
  });
});
