/**
 * A finding's identity across edits: rule, file, route and the normalised text of the
 * reported line, never its line number, so inserting code above keeps baselines valid.
 */
import * as crypto from 'crypto';
import type { Finding } from '../engine/findings';

export function fingerprintFinding(f: Finding, lineText: string): string {
  const normalised = lineText.replace(/\s+/g, ' ').trim();
  return crypto
    .createHash('sha256')
    .update([f.ruleId, f.loc.file, f.route ?? '', normalised].join('\0'))
    .digest('hex')
    .slice(0, 32);
}
