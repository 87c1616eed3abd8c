/**
 * The language server's incremental analysis (one file re-extracted, routes reused from the
 * memo when nothing they read changed) must give exactly the findings of a fresh analysis.
 * For every fixture app: edit files that matter (drop a line that mentions auth, a role or a
 * tenant key; touch a middleware; break a file's parse and mend it), compare with
 * analyzeWorkspace on the same overlays, revert, compare again.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workspace } from '../server/src/lsp/workspace';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import type { Finding } from '../server/src/engine/findings';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');
const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.loc.file}:${f.loc.line}:${f.loc.column} ${f.route ?? ''} ${f.message}`).sort();

describe('incremental analysis equals a fresh analysis', function () {
  this.timeout(120000);
  for (const app of fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory())) {
    it(app, async () => {
      const root = path.join(FIXTURES, app);
      const ws = new Workspace(root);
      await ws.index();
      await ws.analyze();
      const candidates = listCode(root).filter((rel) => /auth|role|orgId|tenant|workspaceId|Guard|session|use\(/.test(fs.readFileSync(path.join(root, rel), 'utf8'))).slice(0, 6);
      for (const [k, rel] of candidates.entries()) {
        const text = fs.readFileSync(path.join(root, rel), 'utf8');
        const lines = text.split('\n');
        const i = lines.findIndex((l) => /requireAuth|authenticate|Guard|role|orgId|tenantId|workspaceId|getSession|auth\(\)/.test(l) && !/^\s*(?:import|\/\/)/.test(l));
        const edited = i >= 0 ? [...lines.slice(0, i), '', ...lines.slice(i + 1)].join('\n') : text + '\n// touched\n';
        // half-typed: the file stops parsing (its imports vanish from the model) and parses again
        const broken = `import {\n${text}`;
        for (const version of k < 2 ? [edited, broken, text, broken, text] : [edited, text]) {
          ws.setOverlay(rel, version);
          const incremental = await ws.analyze();
          const fresh = await analyzeWorkspace(root, { config: ws.config, overlays: new Map(ws.overlays) });
          assert.deepStrictEqual(summary(incremental.findings), summary(fresh.findings), `${app}: after editing ${rel}${version === text ? ' and reverting' : version === broken ? ' (not parsing)' : ''}`);
        }
        ws.setOverlay(rel, undefined);
      }
    });
  }
});

describe('opening and closing files', () => {
  it('needs no analysis when the buffer holds the text the facts came from', async () => {
    const root = path.join(FIXTURES, 'express-checklist-shop');
    const ws = new Workspace(root);
    await ws.index();
    await ws.analyze();
    const rel = 'server/app.js';
    const text = fs.readFileSync(path.join(root, rel), 'utf8');
    assert.strictEqual(ws.setOverlay(rel, text), false, 'opening an unchanged file');
    assert.strictEqual(ws.hasPendingChanges(), false);
    assert.strictEqual(ws.setOverlay(rel, text + '\n// typed\n'), true, 'an edit');
    await ws.analyze();
    assert.strictEqual(ws.setOverlay(rel, text), true, 'an edit back to the saved text');
    await ws.analyze();
    assert.strictEqual(ws.setOverlay(rel, undefined), false, 'closing without unsaved changes');
    assert.strictEqual(ws.setOverlay(rel, text + '\n// unsaved\n'), true);
    await ws.analyze();
    // closing discards the unsaved edit: the disk's text is analysed again
    assert.strictEqual(ws.setOverlay(rel, undefined), true, 'closing with unsaved changes');
    await ws.analyze();
    assert.strictEqual(ws.setOverlay(rel, text), false, 'reopening');
  });
});

function listCode(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...listCode(root, rel));
    } else if (/\.[cm]?[jt]sx?$/.test(e.name)) out.push(rel);
  }
  return out.sort();
}
