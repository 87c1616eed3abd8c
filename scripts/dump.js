#!/usr/bin/env node
// Developer aid: print the routes routeguard sees in a directory, with their chains and findings.
// usage: node scripts/dump.js DIR [--json]
const path = require('path');
const { analyzeWorkspace } = require('../out/server/src/engine/analyze');
const { defaultConfig } = require('../out/server/src/engine/config/types');

(async () => {
  const dir = path.resolve(process.argv[2] || '.');
  const res = await analyzeWorkspace(dir, { config: defaultConfig() });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(res.model.routes, null, 1));
    return;
  }
  for (const r of res.model.routes) {
    console.log(`${r.method.padEnd(7)} ${r.path.padEnd(40)} ${r.loc.file}:${r.loc.line} auth=${r.auth.required ? r.auth.via.join('+') : 'NO'}${r.publicReason ? ` public(${r.publicReason})` : ''} roles=${r.roleCheck ? r.roles.join('|') || 'yes' : '-'} scoping=${r.tenantScoping} writes=${r.writes} reads=${r.readsData}`);
    console.log(`        chain: ${r.chain.map((e) => `${e.name}[${e.roles.join(',')}]`).join(' > ')}`);
    for (const q of r.queries) console.log(`        q ${q.orm}.${q.model}.${q.op} L${q.loc.line} tenant=${q.tenantOwned} client=${JSON.stringify(q.clientDriven)} session=${JSON.stringify(q.sessionScoped)} own=${q.ownershipChecked}`);
  }
  console.log('--- findings');
  for (const f of res.findings) console.log(`${f.severity} ${f.ruleId} ${f.loc.file}:${f.loc.line} ${f.suppressed ? '(suppressed) ' : ''}${f.message}`);
  console.log('--- skipped');
  for (const s of res.model.skipped) console.log(`${s.file}: ${s.reason}`);
  console.log(`${res.stats.files} files, ${res.model.routes.length} routes, ${res.findings.length} findings, ${res.stats.ms} ms`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
