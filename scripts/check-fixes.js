#!/usr/bin/env node
/**
 * Try every quick fix on every finding of the given fixture apps: apply it to a scratch copy,
 * check the edited files still parse, re-analyse and check the finding is gone.
 * usage: node scripts/check-fixes.js [fixture-dir ...]   (default: all of test-fixtures)
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');
const { analyzeWorkspace } = require('../out/server/src/engine/analyze');
const { loadConfig } = require('../out/server/src/engine/config/load');
const { fixesFor } = require('../out/server/src/fixes');
const { applyEdits } = require('../out/server/src/fixes/apply');

async function analyse(dir) {
  return analyzeWorkspace(dir, { config: loadConfig(dir).config });
}

function parses(file, text) {
  if (!/\.[cm]?[jt]sx?$/.test(file)) return true;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /x$/.test(file) ? ts.ScriptKind.TSX : file.endsWith('.js') ? ts.ScriptKind.JSX : ts.ScriptKind.TS);
  return sf.parseDiagnostics.length === 0;
}

async function checkApp(src, totals, verbose) {
  const base = await analyse(src);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-fix-'));
  for (const f of base.findings.filter((x) => !x.suppressed)) {
    const textOf = (rel) => { try { return fs.readFileSync(path.join(src, rel), 'utf8'); } catch { return undefined; } };
    const factsCache = new Map();
    const fixes = fixesFor({ finding: f, model: base.model, textOf, factsOf: (rel) => {
      if (!factsCache.has(rel)) { const { extractFacts } = require('../out/server/src/engine/facts/extractFile'); const { classifyPath } = require('../out/server/src/engine/discover/discover'); const t = textOf(rel); factsCache.set(rel, t === undefined ? undefined : extractFacts(rel, t, classifyPath(rel) || 'code')); }
      return factsCache.get(rel);
    } }).filter((x) => !/^Suppress/.test(x.title));
    const t = (totals[f.ruleId] ??= { findings: 0, offered: 0, fixed: 0, broken: 0 });
    t.findings++;
    if (!fixes.length) continue;
    t.offered++;
    const fix = fixes[0];
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(src, tmp, { recursive: true });
    let ok = true;
    for (const [rel, edits] of Object.entries(fix.edits)) {
      const next = applyEdits(textOf(rel), edits);
      fs.writeFileSync(path.join(tmp, rel), next);
      if (!parses(rel, next)) { ok = false; console.log(`  BROKEN SYNTAX ${f.ruleId} ${rel}:${f.loc.line} ${fix.title}`); }
    }
    const after = await analyse(tmp);
    // (several findings of one rule in one route: the one fixed is told from the others by its whole message)
    const several = f.route && base.findings.filter((h) => !h.suppressed && h.ruleId === f.ruleId && h.route === f.route).length > 1;
    const still = after.findings.some((g) => !g.suppressed && g.ruleId === f.ruleId && g.loc.file === f.loc.file && (g.route ? g.route === f.route : Math.abs(g.loc.line - f.loc.line) <= 3) && g.message.split(':')[0] === f.message.split(':')[0] && (!several || g.message === f.message));
    if (ok && !still) t.fixed++;
    else {
      if (ok) t.broken++;
      if (verbose || ok) console.log(`  NOT FIXED ${f.ruleId} ${f.loc.file}:${f.loc.line} — ${fix.title}`);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

(async () => {
  const args = process.argv.slice(2);
  const dirs = args.length ? args : fs.readdirSync('test-fixtures').map((d) => path.join('test-fixtures', d)).filter((d) => fs.statSync(d).isDirectory());
  const totals = {};
  for (const d of dirs) {
    console.log(d);
    await checkApp(path.resolve(d), totals, false);
  }
  console.log('\nrule                     findings  fix offered  fixed (finding gone, files parse)');
  for (const [id, t] of Object.entries(totals).sort()) console.log(`${id.padEnd(25)}${String(t.findings).padStart(8)}${String(t.offered).padStart(13)}${String(t.fixed).padStart(7)}`);
})();
