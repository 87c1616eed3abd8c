/**
 * Limits for one file's extraction, so a pathological file is skipped with a reason instead of
 * stalling the analysis or overflowing the stack:
 * - nesting: the parsers (TypeScript, typescript-estree, the scope manager) recurse per level, so
 *   text nested deeper than MAX_NESTING brackets is refused before parsing; deep chains that are
 *   not brackets (`a + a + ...`, `x.use().use()...`) are caught as a stack overflow and named so;
 * - time: AST walks call `checkBudget` (through `childrenOf`) and give up past the deadline.
 * Extraction is synchronous, so one deadline at a time is enough.
 */

/** bracket depth beyond which we do not parse (the parsers overflow the default stack near 1,000) */
export const MAX_NESTING = 400;
/** milliseconds of extraction per file before it is skipped (hand-written files take well under a second; a 400 KB file with 4,000 functions about 5 s) */
export const FILE_BUDGET_MS = 15000;

export class BudgetExceeded extends Error {}

let deadline = Infinity;
let ticks = 0;

/** Run `fn` with a time budget; nested calls keep the outer deadline. */
export function withBudget<T>(ms: number, fn: () => T): T {
  const outer = deadline;
  deadline = Math.min(outer, Date.now() + ms);
  try {
    return fn();
  } finally {
    deadline = outer;
  }
}

/** Cheap enough to call per AST node: looks at the clock every 1,024 calls. */
export function checkBudget(): void {
  if ((++ticks & 1023) !== 0 || deadline === Infinity) return;
  if (Date.now() > deadline) throw new BudgetExceeded(`took longer than the per-file budget (${FILE_BUDGET_MS} ms)`);
}

/**
 * Deepest bracket nesting of a source text, ignoring brackets inside strings and comments
 * (roughly: template literals and regexes are treated as code, which can only over-count).
 */
export function bracketDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92 /* \ */) i++;
      else if (c === quote || c === 10) quote = 0;
      continue;
    }
    if (c === 92 /* \ */) i++; // an escaped bracket (in a regex) does not nest
    else if (c === 39 || c === 34) quote = c; // ' "
    else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return max;
}

/** Refuse text nested deeper than the parsers can take (checked before parsing). */
export function checkNesting(text: string): void {
  const depth = bracketDepth(text, MAX_NESTING);
  if (depth > MAX_NESTING) throw new BudgetExceeded(`nested more than ${MAX_NESTING} brackets deep (not parsed, to protect the stack)`);
}

/** A one-line reason for a failed extraction (never a stack trace): overflows and budgets say what happened. */
export function extractionFailure(e: unknown): string {
  if (e instanceof BudgetExceeded) return e.message;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'nested too deeply to analyse (the parser ran out of stack)';
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0].slice(0, 300);
}
