/**
 * Shared helpers for AST-aware edits: ts-morph parses the file being fixed (in memory, never
 * the workspace's tsconfig), and small functions find nodes from our 1-based positions and read
 * the file's style (quotes, semicolons, indentation) so inserted code looks like its neighbours.
 */
import { Project, SourceFile, Node, ts } from 'ts-morph';
import * as path from 'path';
import type { TextEditRel } from './types';

let project: Project | undefined;

export function parse(rel: string, text: string): SourceFile {
  project ??= new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve }, skipFileDependencyResolution: true });
  const name = '/' + rel.replace(/\.(mjs|cjs)$/, '.js').replace(/\.(mts|cts)$/, '.ts');
  const existing = project.getSourceFile(name);
  if (existing) project.removeSourceFile(existing);
  return project.createSourceFile(name, text, { overwrite: true });
}

export function offsetOf(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return off + column - 1;
}

export function posOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) {
    line++;
    last = i + 1;
  }
  return { line, column: offset - last + 1 };
}

export function insertAt(text: string, offset: number, newText: string): TextEditRel {
  const p = posOf(text, offset);
  return { start: p, end: p, newText };
}

export function replaceRange(text: string, from: number, to: number, newText: string): TextEditRel {
  return { start: posOf(text, from), end: posOf(text, to), newText };
}

/** The innermost node of a kind that contains the given 1-based position. */
export function nodeAt<T extends Node>(sf: SourceFile, line: number, column: number, guard: (n: Node) => n is T): T | undefined {
  const off = offsetOf(sf.getFullText(), line, column);
  let n: Node | undefined = sf.getDescendantAtPos(off);
  while (n && !guard(n)) n = n.getParent();
  return n;
}

/** The outermost node of a kind that starts at the given position (a route call `router.get(...)`). */
export function callStartingAt(sf: SourceFile, line: number, column: number): import('ts-morph').CallExpression | undefined {
  const off = offsetOf(sf.getFullText(), line, column);
  let n: Node | undefined = sf.getDescendantAtPos(off);
  let best: import('ts-morph').CallExpression | undefined;
  while (n) {
    if (Node.isCallExpression(n) && n.getStart() <= off && n.getEnd() > off) best = best ?? n;
    if (Node.isCallExpression(n) && best && n.getStart() === best.getStart()) best = n;
    n = n.getParent();
  }
  return best;
}

/** The call a finding points at: the one starting there, else the innermost call around it. */
export function callAt(sf: SourceFile, line: number, column: number): import('ts-morph').CallExpression | undefined {
  const start = callStartingAt(sf, line, column);
  if (start) return start;
  let n: Node | undefined = sf.getDescendantAtPos(offsetOf(sf.getFullText(), line, column));
  while (n && !Node.isCallExpression(n)) n = n.getParent();
  return n as import('ts-morph').CallExpression | undefined;
}

/** The route a finding was reported on (declared on its line, with its label). */
export function routeOfFinding(ctx: import('./types').FixContext): import('../engine/model/types').Route | undefined {
  const f = ctx.finding;
  return ctx.model.routes.find((r) => r.loc.file === f.loc.file && r.loc.line === f.loc.line && `${r.method} ${r.path}` === f.route);
}

/** The finding's file, parsed, with its style: what most fixes start from. */
export function findingSource(ctx: import('./types').FixContext): { text: string; sf: SourceFile; style: Style } | undefined {
  const text = ctx.textOf(ctx.finding.loc.file);
  if (text === undefined) return undefined;
  return { text, sf: parse(ctx.finding.loc.file, text), style: styleOf(text) };
}

export interface Style {
  quote: "'" | '"';
  semi: boolean;
  indentUnit: string;
}

export function styleOf(text: string): Style {
  const single = (text.match(/(?:import|from|require\()\s*'/g) ?? []).length + (text.match(/'[^'\n]*'/g) ?? []).length / 10;
  const double = (text.match(/(?:import|from|require\()\s*"/g) ?? []).length + (text.match(/"[^"\n]*"/g) ?? []).length / 10;
  const lines = text.split('\n').filter((l) => l.trim() && !/^\s*(?:\/\/|\*|\/\*)/.test(l));
  const endSemi = lines.filter((l) => /;\s*$/.test(l)).length;
  const endOther = lines.filter((l) => /[)\]'"`\w]\s*$/.test(l)).length;
  const indents = lines.map((l) => /^( +|\t+)/.exec(l)?.[1]).filter((x): x is string => !!x);
  const tab = indents.some((i) => i.startsWith('\t'));
  const widths = indents.filter((i) => !i.startsWith('\t')).map((i) => i.length);
  const unit = tab ? '\t' : ' '.repeat(widths.length ? Math.min(...widths.filter((w) => w > 0)) || 2 : 2);
  return { quote: double > single ? '"' : "'", semi: endSemi >= endOther / 2, indentUnit: unit };
}

export function quote(s: string, style: Style): string {
  return style.quote + s.replace(new RegExp(style.quote, 'g'), '\\' + style.quote) + style.quote;
}

export function lineIndent(text: string, line: number): string {
  const l = text.split('\n')[line - 1] ?? '';
  return /^\s*/.exec(l)![0];
}

/** Module specifier from one workspace file to another ('./lib/auth', '../middleware/auth'). */
export function relativeSpecifier(fromRel: string, toRel: string, keepExtension = false): string {
  let spec = path.posix.relative(path.posix.dirname(fromRel), toRel);
  if (!keepExtension) spec = spec.replace(/\.(?:[cm]?[jt]sx?)$/, '').replace(/\/index$/, '');
  if (!spec.startsWith('.')) spec = './' + spec;
  return spec;
}

/** Re-target an import specifier written in one file so it works from another. */
export function retargetSpecifier(spec: string, writtenIn: string, usedIn: string): string {
  if (!spec.startsWith('.')) return spec; // a package or an alias (`@/lib/auth`) reads the same everywhere
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(writtenIn), spec));
  let out = path.posix.relative(path.posix.dirname(usedIn), target);
  if (!out.startsWith('.')) out = './' + out;
  return out;
}

/**
 * An edit that imports `name` (named, default or namespace as in `kind`) from `spec`, merged into
 * an existing import of that module when there is one. Undefined when the name is already bound.
 */
export function importEdit(sf: SourceFile, text: string, name: string, spec: string, kind: 'named' | 'default' | 'namespace', style: Style, importedAs = name): TextEditRel | undefined {
  if (isBound(sf, name)) return undefined;
  const semi = style.semi ? ';' : '';
  const esm = sf.getImportDeclarations().length > 0 || !/\brequire\s*\(/.test(text);
  const same = sf.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === spec && !d.isTypeOnly());
  if (same && kind === 'named' && !same.getNamespaceImport()) {
    const named = same.getNamedImports();
    if (named.length) {
      const last = named[named.length - 1];
      return insertAt(text, last.getEnd(), `, ${importedAs === name ? name : `${importedAs} as ${name}`}`);
    }
    if (same.getDefaultImport()) return insertAt(text, same.getDefaultImport()!.getEnd(), `, { ${name} }`);
  }
  let stmt: string;
  if (esm) {
    const clause = kind === 'named' ? `{ ${importedAs === name ? name : `${importedAs} as ${name}`} }` : kind === 'default' ? name : `* as ${name}`;
    stmt = `import ${clause} from ${quote(spec, style)}${semi}\n`;
  } else {
    const lhs = kind === 'named' ? `{ ${importedAs === name ? name : `${importedAs}: ${name}`} }` : name;
    stmt = `const ${lhs} = require(${quote(spec, style)})${semi}\n`;
  }
  const imports = sf.getImportDeclarations();
  if (imports.length) return insertAt(text, imports[imports.length - 1].getEnd(), '\n' + stmt.replace(/\n$/, ''));
  const requires = sf.getStatements().filter((s) => Node.isVariableStatement(s) && /\brequire\s*\(/.test(s.getText()));
  if (requires.length) return insertAt(text, requires[requires.length - 1].getEnd(), '\n' + stmt.replace(/\n$/, ''));
  // after a leading 'use client' / 'use server' directive, else at the top
  const first = sf.getStatements()[0];
  if (first && Node.isExpressionStatement(first) && Node.isStringLiteral(first.getExpression())) return insertAt(text, first.getEnd(), '\n' + stmt.replace(/\n$/, ''));
  return insertAt(text, 0, stmt);
}

export function isBound(sf: SourceFile, name: string): boolean {
  for (const d of sf.getImportDeclarations()) {
    if (d.getDefaultImport()?.getText() === name || d.getNamespaceImport()?.getText() === name) return true;
    if (d.getNamedImports().some((n) => (n.getAliasNode()?.getText() ?? n.getName()) === name)) return true;
  }
  return sf.getLocals().some((s) => s.getName() === name);
}
