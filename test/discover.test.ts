/** Which files are read: tests, mocks, stories and test runners' setup files are not deployed code. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { discoverFiles } from '../server/src/engine/discover/discover';
import { defaultConfig } from '../server/src/engine/config/types';

describe('discover: files that are not deployed are not read', () => {
  it('skips tests, mocks, stories and test setup files; keeps the app and its own setup code', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-discover-'));
    const files = [
      'src/app.ts', 'src/setup.ts', 'src/db/setup-tenants.ts', 'src/routes/users.ts',
      'src/routes/users.test.ts', 'src/routes/users.spec.ts', 'src/Button.stories.tsx', '__mocks__/db.ts', 'tests/api.ts',
      'vitest.setup.ts', 'vitest-e2e.setup.ts', 'jest.setup.js', 'src/setupTests.ts',
    ];
    for (const f of files) {
      fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), 'export const x = 1;\n');
    }
    try {
      const found = discoverFiles(root, { maxFileSize: defaultConfig().maxFileSize }).files.map((f) => f.rel).sort();
      assert.deepEqual(found, ['src/app.ts', 'src/db/setup-tenants.ts', 'src/routes/users.ts', 'src/setup.ts']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
