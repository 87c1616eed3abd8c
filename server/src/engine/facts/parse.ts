/** Parsing one code file with typescript-estree and the typescript-eslint scope manager. */
import type { ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/typescript-estree';

// loaded on first parse: a warm audit (every file's facts cached) never needs the parser,
// and loading it costs about as much as parsing a hundred files
let parser: { parse: typeof import('@typescript-eslint/typescript-estree').parse; analyze: typeof import('@typescript-eslint/scope-manager').analyze } | undefined;
function loadParser() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  parser ??= { parse: require('@typescript-eslint/typescript-estree').parse, analyze: require('@typescript-eslint/scope-manager').analyze };
  return parser;
}

export interface Parsed {
  ast: TSESTree.Program;
  scopeManager: ScopeManager;
}

/**
 * The same parse + scope analysis that `parseForESLint` performs, without the
 * token list ESLint needs and we don't (a third of the parse cost).
 */
export function parseCode(text: string, file: string): Parsed {
  // (a Vue or Svelte component arrives as its script blocks, an Astro page as its frontmatter, TypeScript or JavaScript: read as TypeScript)
  if (/\.(?:vue|svelte|astro)$/i.test(file)) file += '.ts';
  const isTs = /\.[cm]?tsx?$/i.test(file);
  const jsx = /\.(?:[cm]?jsx?|tsx)$/i.test(file);
  const { parse, analyze } = loadParser();
  const ast = parse(text, {
    loc: true,
    range: true,
    comment: false, // comments are read from the text (scanComments), never from the AST
    jsx,
    errorOnUnknownASTType: false,
    allowInvalidAST: true,
    suppressDeprecatedPropertyWarnings: true,
    filePath: isTs ? file : file.replace(/\.[cm]?jsx?$/i, jsx ? '.jsx' : '.js'),
  } as Parameters<typeof parse>[1]);
  // no lib: declaring every ES global (Promise, Array...) in every file costs more than the rest of the
  // scope analysis, and the extractor treats an unresolved name and a lib global alike (`global`)
  const scopeManager = analyze(ast, { sourceType: 'module', globalReturn: false, lib: [] as never });
  return { ast: ast as TSESTree.Program, scopeManager };
}
