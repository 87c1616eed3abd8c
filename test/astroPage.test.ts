/**
 * An Astro page is read as its frontmatter wrapped in a function (imports and exports kept at the
 * top level, the `Astro` global read as the function's context) plus its client `<script>` elements,
 * every position the file's own.
 */
import * as assert from 'node:assert/strict';
import { astroPageCode } from '../server/src/engine/facts/astroFrontmatter';
import { parseCode } from '../server/src/engine/facts/parse';

const PAGE = [
  '---',
  "import Layout from '../layouts/Layout.astro';",
  'import {',
  '  db,',
  "} from '../db';",
  'export const prerender = false;',
  '',
  '// the signed-in user',
  'const user = Astro.locals.user;',
  "if (!user) return Astro.redirect('/login');",
  'const rows = await db.query(Astro.params.id);',
  '---',
  '<Layout title="x"><p>{rows.length}</p></Layout>',
  '<script type="application/ld+json">{ "@context": "https://schema.org" }</script>',
  '<script>',
  "  const key = import.meta.env.PUBLIC_MAP_KEY;",
  '</script>',
].join('\n');

describe('Astro pages as code', () => {
  it('keeps every line where it was, wraps the frontmatter after its imports and exports, and reads the client scripts', () => {
    const { code, bodyLine } = astroPageCode(PAGE);
    const lines = code.split('\n');
    assert.equal(lines.length, PAGE.split('\n').length);
    assert.equal(bodyLine, 9);
    assert.match(lines[5], /^export const prerender = false; export default async function AstroPage\(ctx\) \{$/);
    // same columns: `Astro.` becomes `  ctx.`
    assert.equal(lines[8], 'const user =   ctx.locals.user;');
    assert.equal(lines[8].indexOf('.locals'), PAGE.split('\n')[8].indexOf('.locals'));
    assert.equal(lines[11], '}');
    assert.equal(lines[12].trim(), '', 'the template is not code');
    assert.equal(lines[13].trim(), '', 'a JSON-LD block is data, not code');
    assert.equal(lines[15], PAGE.split('\n')[15]);
    // and it parses as a module
    assert.doesNotThrow(() => parseCode(code, 'src/pages/x.astro'));
  });

  it('reads a component without frontmatter for its scripts only, and a page with only code', () => {
    const component = '<form id="f"></form>\n<script>\n  localStorage.setItem("t", "1");\n</script>\n';
    const c = astroPageCode(component);
    assert.equal(c.bodyLine, 0);
    assert.equal(c.code.split('\n')[2], '  localStorage.setItem("t", "1");');
    assert.ok(!c.code.includes('AstroPage'));
    const bare = astroPageCode('---\nconst a = Astro.url;\n---\n<p/>');
    assert.equal(bare.code.split('\n')[0], 'export default async function AstroPage(ctx) {');
    assert.equal(bare.bodyLine, 2);
  });
});
