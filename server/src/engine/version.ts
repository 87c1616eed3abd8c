/** routeguard's own version (from its package.json), for reports and cache keys. */
import * as fs from 'fs';
import * as path from 'path';

let cached: string | undefined;

export function routeguardVersion(): string {
  if (cached) return cached;
  // out/server/src/engine (tsc) or dist (the bundled server): walk up to our package.json
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'routeguard') return (cached = String(pkg.version));
    } catch {
      // not here
    }
  }
  return (cached = '0.0.0');
}
