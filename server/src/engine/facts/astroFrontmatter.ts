/**
 * An Astro page (`.astro`) as code: its frontmatter (the server script between the opening and
 * closing `---` fences) runs on every request of an on-demand page, like a handler. It is read as
 * `export default async function AstroPage(ctx) { ...frontmatter... }`, with the `Astro` global read as
 * that context (`Astro.params.id` as `  ctx.params.id`, same columns): `Astro.params`, `Astro.locals.user`,
 * `return Astro.redirect('/login')` are then an endpoint's context and its early return. Imports and exports stay at the top level (they cannot sit in a function), so the
 * function opens at the end of the last of them and closes on the closing fence. Everything else
 * is blanked out (line breaks kept), so positions in the code are positions in the file; of the
 * template, only its `<script>` elements are read (client code, at the top level after the function).
 */

/** the function the frontmatter becomes (the page's default export) */
export const ASTRO_PAGE_FUNCTION = 'AstroPage';

const FENCE = /^\s*---\s*$/;
const IMPORT_START = /^\s*import(?:\s|\{|\*|'|")/;
const IMPORT_END = /\bfrom\s*['"][^'"]*['"]|^\s*import\s*['"][^'"]*['"]/;
const EXPORT_START = /^\s*export\s/;

/** a `<script>` element of the template: its type attribute, if any, and its code */
const SCRIPT = /<script\b(?:[^>]*?\btype\s*=\s*["']([^"']*)["'])?[^>]*>([\s\S]*?)<\/script>/gi;
/** script types that are code (not `application/ld+json` and other data blocks) */
const SCRIPT_TYPE = /^(?:module|text\/javascript|application\/javascript|text\/typescript|ts)$/i;
const blank = (line: string) => line.replace(/[^\n\r]/g, ' ');
/** the `Astro` global where it is read (`Astro.params`, `Astro?.locals`, `Astro['url']`) */
const ASTRO_GLOBAL = /\bAstro\b(?=\s*(?:\?\.|\.|\[))/g;
const asContext = (line: string) => line.replace(ASTRO_GLOBAL, '  ctx');

export interface AstroPageCode {
  code: string;
  /** the line (1-based) of the first statement of the page's code (where its route is reported), 0 when it has none */
  bodyLine: number;
}

export function astroPageCode(text: string): AstroPageCode {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open < 0 || !FENCE.test(lines[open])) return { code: withScripts(lines.map(blank), lines, -1), bodyLine: 0 };
  let close = -1;
  for (let i = open + 1; i < lines.length; i++) {
    if (FENCE.test(lines[i])) {
      close = i;
      break;
    }
  }
  if (close < 0) return { code: lines.map(blank).join('\n'), bodyLine: 0 };
  const out = lines.map(blank);
  // the imports and exports at the head of the frontmatter (an import may span lines; an exported
  // function or object until its braces close)
  let head = open;
  let i = open + 1;
  while (i < close) {
    const line = lines[i];
    if (line.trim() === '' || /^\s*\/\//.test(line)) {
      i++;
      continue;
    }
    if (IMPORT_START.test(line)) {
      let j = i;
      while (j < close - 1 && !IMPORT_END.test(lines[j])) j++;
      head = j;
      i = j + 1;
      continue;
    }
    if (EXPORT_START.test(line)) {
      let depth = 0;
      let j = i;
      for (; j < close; j++) {
        for (const ch of lines[j]) depth += ch === '{' || ch === '(' || ch === '[' ? 1 : ch === '}' || ch === ')' || ch === ']' ? -1 : 0;
        if (depth <= 0) break;
      }
      head = Math.min(j, close - 1);
      i = head + 1;
      continue;
    }
    break;
  }
  for (let k = open + 1; k <= head; k++) out[k] = lines[k];
  const opener = `export default async function ${ASTRO_PAGE_FUNCTION}(ctx) {`;
  if (head === open) out[open] = opener;
  else out[head] = `${lines[head].replace(/\r$/, '')} ${opener}`;
  for (let k = head + 1; k < close; k++) {
    // (an export after the code starts cannot sit in the function: its keyword is dropped, positions kept)
    out[k] = asContext(EXPORT_START.test(lines[k]) ? lines[k].replace(/\bexport(\s)/, '      $1') : lines[k]);
  }
  out[close] = '}';
  let bodyLine = 0;
  for (let k = head + 1; k < close && !bodyLine; k++) if (lines[k].trim() !== '' && !/^\s*\/[/*]/.test(lines[k])) bodyLine = k + 1;
  return { code: withScripts(out, lines, close), bodyLine };
}

/** The page's client scripts (`<script>` in its template, after line `close`, bundled for the browser) copied into `out`, joined. */
function withScripts(out: string[], lines: string[], close: number): string {
  const template = lines.slice(close + 1).join('\n');
  const chars = template.replace(/[^\n\r]/g, ' ').split('');
  for (const m of template.matchAll(SCRIPT)) {
    if (m[1] && !SCRIPT_TYPE.test(m[1])) continue;
    const start = m.index! + m[0].length - m[2].length - '</script>'.length;
    for (let k = 0; k < m[2].length; k++) chars[start + k] = m[2][k];
  }
  chars.join('').split('\n').forEach((line, k) => (out[close + 1 + k] = line));
  return out.join('\n');
}
