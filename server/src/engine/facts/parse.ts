/** Parsing one code file with typescript-estree and the typescript-eslint scope manager. */
import { parse } from '@typescript-eslint/typescript-estree';
import { analyze, ScopeManager } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/typescript-estree';

export interface Parsed {
  ast: TSESTree.Program;
  scopeManager: ScopeManager;
}

/**
 * The same parse + scope analysis that `parseForESLint` performs, without the
 * token list ESLint needs and we don't (a third of the parse cost).
 */
export function parseCode(text: string, file: string): Parsed {
  const isTs = /\.[cm]?tsx?$/i.test(file);
  const jsx = /\.(?:[cm]?jsx?|tsx)$/i.test(file);
  const ast = parse(text, {
    loc: true,
    range: true,
    comment: true,
    jsx,
    errorOnUnknownASTType: false,
    allowInvalidAST: true,
    suppressDeprecatedPropertyWarnings: true,
    filePath: isTs ? file : file.replace(/\.[cm]?jsx?$/i, jsx ? '.jsx' : '.js'),
  } as Parameters<typeof parse>[1]);
  const scopeManager = analyze(ast, { sourceType: 'module', globalReturn: false, lib: ['esnext'] as never });
  return { ast: ast as TSESTree.Program, scopeManager };
}
