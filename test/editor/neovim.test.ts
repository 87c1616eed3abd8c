/**
 * Neovim 0.7 (Debian, headless) as a second LSP client: it starts the server over stdio and
 * must receive the same diagnostics the CLI reports for the file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { analyzeWorkspace } from '../../server/src/engine/analyze';
import { loadConfig } from '../../server/src/engine/config/load';

const REPO = path.resolve(__dirname, '../../..');
const SERVER = path.join(REPO, 'out/server/src/lsp/server.js');
const FIXTURE = path.join(REPO, 'test-fixtures/northwind-portal');
const required = process.env.ROUTEGUARD_REQUIRE_EDITORS === '1';

function hasNvim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('Neovim (headless) over stdio', function () {
  this.timeout(60000);

  before(function () {
    if (!hasNvim()) {
      if (required) throw new Error('nvim is not installed (.ci/run installs Debian neovim)');
      console.log('      (skipped: nvim not installed; .ci/run installs it)');
      this.skip();
    }
  });

  for (const file of ['api/src/routes/reports.ts', 'api/src/routes/admin.ts']) {
    it(`gets the CLI's diagnostics for ${file}`, async () => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-nvim-'));
      try {
        const r = spawnSync('nvim', ['--headless', '--clean', '-i', 'NONE', '-c', `luafile ${path.join(REPO, 'test/editor/neovim-lsp.lua')}`], {
          encoding: 'utf8', timeout: 45000,
          env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, RG_SERVER: SERVER, RG_ROOT: FIXTURE, RG_FILE: file },
        });
        const lines = (r.stdout ?? '').split('\n').filter(Boolean);
        assert.ok(lines.some((l) => l.startsWith('DIAGNOSTICS')), `nvim printed: ${r.stdout}\n${r.stderr}`);
        const got = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { code: string; line: number; source: string });
        const cli = await analyzeWorkspace(FIXTURE, { config: loadConfig(FIXTURE).config });
        const want = cli.findings.filter((f) => f.loc.file === file && !f.suppressed).map((f) => `${f.ruleId}@${f.loc.line}`).sort();
        assert.deepStrictEqual(got.map((g) => `${g.code}@${g.line}`).sort(), want);
        assert.ok(got.every((g) => g.source === 'routeguard'));
        assert.strictEqual(Number(lines.find((l) => l.startsWith('DIAGNOSTICS'))!.split(' ')[1]), want.length);
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    });
  }
});
