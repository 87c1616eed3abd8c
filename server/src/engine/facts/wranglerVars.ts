/**
 * Cloudflare Wrangler's `wrangler.toml`: `[vars]` (and `[env.<name>.vars]`) are plain-text
 * environment values, committed with the config and shown in the dashboard. A credential there
 * belongs in `wrangler secret put` (and `.dev.vars` locally). Only `KEY = "string"` lines of a
 * vars table are read: the rest of the config says nothing about credentials.
 */
import type { Pos } from '../types';
import { classifySecretName, classifySecretValue, redactSecret } from '../secrets/envSecrets';

export interface WranglerSecret {
  pos: Pos;
  name: string;
  format: string;
  redacted: string;
}

const TABLE = /^\s*\[\s*([\w.-]+(?:\s*\.\s*[\w.-]+)*)\s*\]\s*(?:#.*)?$/;
const STRING_KEY = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(?:#.*)?$/;

export function wranglerVarSecrets(text: string): WranglerSecret[] {
  const out: WranglerSecret[] = [];
  let inVars = false;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const t = TABLE.exec(line);
    if (t) {
      const parts = t[1].split('.').map((p) => p.trim());
      inVars = parts[parts.length - 1] === 'vars';
      return;
    }
    if (!inVars) return;
    const m = STRING_KEY.exec(line);
    if (!m) return;
    const name = m[1];
    const value = m[2] ?? m[3] ?? '';
    const v = classifySecretValue(value);
    if (v.kind !== 'secret') return;
    // a generic high-entropy value is a credential only under a secret-like name (`API_TOKEN`, not `BUILD_ID`)
    if (v.format === 'high-entropy' && !classifySecretName(name).secretLike) return;
    const col = line.indexOf(name) + 1;
    out.push({ pos: { line: i + 1, column: col, endLine: i + 1, endColumn: line.length + 1 }, name, format: v.format === 'high-entropy' ? 'secret' : v.format, redacted: redactSecret(value) });
  });
  return out;
}
