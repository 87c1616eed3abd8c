/**
 * A finding's identity across edits: rule, file, route and the normalised text of the
 * reported line, never its line number, so inserting code above keeps baselines valid.
 */
import * as crypto from 'crypto';
import type { Finding } from '../engine/findings';

export function fingerprintFinding(f: Finding, lineText: string): string {
  const normalised = lineText.replace(/\s+/g, ' ').trim();
  const key = [f.ruleId, f.loc.file, f.route ?? '', normalised].join('\0');
  let fp = known.get(key);
  if (fp === undefined) {
    fp = crypto.createHash('sha256').update(key).digest('hex').slice(0, 32);
    // the language server fingerprints every finding after every edit; most are the same as before
    if (known.size > 50000) known.clear();
    known.set(key, fp);
  }
  return fp;
}

const known = new Map<string, string>();
