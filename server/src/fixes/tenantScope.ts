/**
 * unscoped-tenant-query quick fix: add the caller's tenant to the query's filter, naming the
 * project's tenant key and the expression the project already uses for the caller's tenant
 * (`req.user.orgId`, `session.user.organizationId`...). Prisma-style `where` objects (Prisma,
 * TypeORM, Sequelize, Mongoose filters) and SQL with positional parameters or tagged templates.
 */
import { Node, SourceFile, ts, CallExpression, ObjectLiteralExpression } from 'ts-morph';
import type { FixProvider, QuickFix, FixContext, TextEditRel } from './types';
import { parse, callStartingAt, insertAt, offsetOf, replaceRange, styleOf } from './source';

const FETCH_REQUEST_FRAMEWORKS = new Set<string>(['remix', 'nextjs', 'sveltekit', 'astro', 'tanstack-start', 'supabase-edge', 'server-action']);

const SESSION_ROOT = /^(?:req|request|ctx|c|context|session|user|currentUser|auth|me|caller|principal|claims|token|locals|res)\b/;

export const tenantScopeFix: FixProvider = {
  ruleIds: ['unscoped-tenant-query'],
  provide(ctx) {
    const f = ctx.finding;
    const key = (f.fixData?.tenantKey as string | undefined) ?? ctx.model.config.tenantKeys[0];
    const text = ctx.textOf(f.loc.file);
    if (!key || text === undefined) return [];
    const sf = parse(f.loc.file, text);
    const call = queryCall(sf, text, f.loc.line, f.loc.column);
    if (!call) return [];
    const inScope = new Set<string>();
    for (const a of call.getAncestors()) {
      if (!(Node.isFunctionDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a) || Node.isMethodDeclaration(a))) continue;
      for (const p of a.getParameters()) {
        inScope.add(p.getName());
        // (a destructured handler context, `({ params, user }) => ...` of Elysia, `async ({ params, locals })` of SvelteKit:
        // each name it binds is in scope)
        const nn = p.getNameNode();
        if (!Node.isIdentifier(nn)) for (const el of nn.getDescendantsOfKind(ts.SyntaxKind.BindingElement)) { const b = el.getNameNode(); if (Node.isIdentifier(b)) inScope.add(b.getText()); }
      }
      for (const d of a.getDescendantsOfKind(ts.SyntaxKind.VariableDeclaration)) if (d.getStart() < call.getStart()) for (const n of d.getNameNode().getDescendantsOfKind(ts.SyntaxKind.Identifier).concat(Node.isIdentifier(d.getNameNode()) ? [d.getNameNode() as any] : [])) inScope.add(n.getText());
    }
    const tenantExpr = callerTenantExpression(ctx, key, f.loc.file, text, inScope);
    if (!tenantExpr) return [];
    // (a tenant table read by its own id, `companies.id`: the caller's tenant is the user's foreign key, not `user.id`; only
    // the users table itself is scoped by the caller's id)
    if (/^_?id$/.test(key) && /\.(?:_?id)$/.test(tenantExpr) && !/^(?:users?|profiles?|members?|accounts?User)$/i.test(String(f.fixData?.model ?? ''))) return [];
    const column = /_/.test(key) ? key : (f.fixData?.orm === 'sql' ? snake(key) : key);
    const edits = f.fixData?.orm === 'knex' && knexTableCall(call) ? knexEdits(call, text, column, tenantExpr)
      : modelQueryCall(call) ? [insertAt(text, call.getEnd(), `.where('${key}', ${tenantExpr})`)]
      : f.fixData?.orm === 'sql' || f.fixData?.orm === 'knex' ? sqlEdits(call, text, column, tenantExpr)
      : f.fixData?.orm === 'drizzle' && !isRelationalQuery(call) ? drizzleEdits(sf, call, text, key, tenantExpr)
      : whereEdits(call, text, key, tenantExpr);
    if (!edits) return [];
    const fix: QuickFix = { title: `Scope the query to the caller's tenant: ${key} = ${tenantExpr}`, edits: { [f.loc.file]: edits }, isPreferred: true };
    return [fix];
  },
};

function snake(s: string) {
  return s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
}

function queryCall(sf: SourceFile, text: string, line: number, column: number): CallExpression | undefined {
  const off = offsetOf(text, line, column);
  let n: Node | undefined = sf.getDescendantAtPos(off);
  // the query call itself: the innermost call whose callee ends at a method name (findMany, query...)
  while (n && !(Node.isCallExpression(n) && n.getArguments().length >= 0 && n.getEnd() > off)) n = n.getParent();
  return (n as CallExpression | undefined) ?? callStartingAt(sf, line, column);
}

/**
 * How this project spells the caller's tenant: `<key>: <expr>` terms in filters of the same file
 * first, then of any file, whose root is a session-like name bound in the query's scope.
 */
function callerTenantExpression(ctx: FixContext, key: string, file: string, text: string, inScope: Set<string>): string | undefined {
  // (through a getter with a literal key too: `c.get('jwtPayload').workspaceId`)
  const pattern = new RegExp(`\\b${key}\\s*[:=]\\s*([A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*|!|\\((?:'[\\w$-]*'|"[\\w$-]*")\\))*)`, 'g');
  const candidates = new Map<string, number>();
  const scan = (t: string, weight: number) => {
    for (const m of t.matchAll(pattern)) {
      const expr = m[1];
      if (!SESSION_ROOT.test(expr) || !expr.includes('.') || /\)$/.test(expr) || /\b(?:params|query|body|headers)\b/.test(expr)) continue;
      candidates.set(expr, (candidates.get(expr) ?? 0) + weight);
    }
  };
  scan(text, 100);
  if (!candidates.size) for (const rel of ctx.model.files.slice(0, 3000)) if (rel !== file) {
    const facts = ctx.factsOf(rel);
    if (!facts || facts.kind !== 'code') continue;
    const t = ctx.textOf(rel);
    if (t && t.includes(key)) scan(t, 1);
  }
  const usable = [...candidates.entries()].filter(([e]) => inScope.has(/^[\w$]+/.exec(e)![0])).sort((a, b) => b[1] - a[1]);
  if (usable.length) return usable[0][0];
  // the project never wrote one: the framework's usual spelling, when its root is in scope, for a key the caller
  // carries (a configured one, or one on the user model: not one learned from a membership table, `projectId` of
  // `ProjectUser`, which no session holds and a membership check scopes instead)
  const carried = ctx.model.config.tenantKeys.includes(key) || !!ctx.model.userTenantKeys?.includes(key);
  if (!carried) return undefined;
  // (a Fetch API `request`, the loader's or route handler's argument in Remix / React Router, Next.js, SvelteKit, Astro,
  // carries no user: `request.user` there would scope by undefined)
  const fetchRequest = ctx.model.routes.some((r) => r.loc.file === file && FETCH_REQUEST_FRAMEWORKS.has(r.framework));
  for (const e of [`req.user.${key}`, `request.user.${key}`, `ctx.state.user.${key}`, `session.user.${key}`, `user.${key}`, `ctx.session.user.${key}`, `c.get('user').${key}`]) {
    if (fetchRequest && /^req(?:uest)?\./.test(e)) continue;
    if (inScope.has(/^[\w$]+/.exec(e)![0])) return e;
  }
  return undefined;
}

function whereEdits(call: CallExpression, text: string, key: string, expr: string): TextEditRel[] | undefined {
  let args = call.getArguments();
  // an entity manager names the entity first (MikroORM `em.find(Event, { id })`, `em.nativeUpdate(Event, where, data)`)
  if (args.length >= 2 && Node.isIdentifier(args[0]) && /^[A-Z]/.test(args[0].getText()) && Node.isObjectLiteralExpression(args[1])) args = args.slice(1);
  const first = args[0];
  const term = `${key}: ${expr}`;
  const addTo = (obj: ObjectLiteralExpression): TextEditRel[] => {
    const props = obj.getProperties();
    if (!props.length) return [replaceRange(text, obj.getStart(), obj.getEnd(), `{ ${term} }`)];
    const last = props[props.length - 1];
    const multiline = obj.getStartLineNumber() !== obj.getEndLineNumber() && last.getStartLineNumber() !== obj.getStartLineNumber();
    if (multiline) {
      const indent = /^\s*/.exec(text.split('\n')[last.getStartLineNumber() - 1])![0];
      const after = text.slice(last.getEnd()).match(/^\s*,/);
      return [insertAt(text, last.getEnd() + (after ? after[0].length : 0), `${after ? '' : ','}\n${indent}${term}${after ? ',' : ''}`)];
    }
    return [insertAt(text, last.getEnd(), `, ${term}`)];
  };
  if (!first) {
    const open = call.getArguments().length === 0 ? text.indexOf('(', call.getExpression().getEnd()) : -1;
    return open >= 0 ? [insertAt(text, open + 1, `{ where: { ${term} } }`)] : undefined;
  }
  if (!Node.isObjectLiteralExpression(first)) return undefined;
  // Sequelize `update(values, { where })`: the filter is in the options after the values
  const options = args[1] && Node.isObjectLiteralExpression(args[1]) && args[1].getProperty('where') ? args[1] : undefined;
  const where = (options ?? first).getProperty('where');
  if (where && Node.isPropertyAssignment(where)) {
    const init = where.getInitializer();
    if (init && Node.isObjectLiteralExpression(init)) {
      if (init.getProperty(key)) return undefined;
      return addTo(init);
    }
    return undefined;
  }
  if (where && Node.isShorthandPropertyAssignment(where)) return [replaceRange(text, where.getStart(), where.getEnd(), `where: { ...where, ${term} }`)];
  // Mongoose/TypeORM-style filters are the first argument itself
  const callee = call.getExpression();
  const method = Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
  if (/^(?:find|findOne|findOneOrFail|findAndCount|findOneAndUpdate|findOneAndDelete|updateOne|updateMany|deleteOne|deleteMany|countDocuments|findBy|findOneBy|count|nativeUpdate|nativeDelete)$/.test(method) && !first.getProperty('where')) {
    if (first.getProperty(key)) return undefined;
    return addTo(first);
  }
  // a write of a whole entity (`repository.save({ ...dto, id })`) has no filter to add to: the
  // tenant is written, not compared, so the fix is to read the row by id and tenant first (by hand)
  if (/^(?:save|insert|insertOne|insertMany|bulkCreate|upsert|remove|softRemove)$/.test(method)) return undefined;
  const props = first.getProperties();
  return [insertAt(text, props.length ? props[props.length - 1].getEnd() : first.getStart() + 1, `${props.length ? ', ' : ' '}where: { ${term} }`)];
}

/** Drizzle's relational API (`db.query.items.findFirst({ where: ... })`) takes a filter object like Prisma's. */
function isRelationalQuery(call: CallExpression): boolean {
  const callee = call.getExpression();
  return Node.isPropertyAccessExpression(callee) && /^find(?:First|Many)$/.test(callee.getName());
}

/**
 * Drizzle's query builder: `db.select().from(items).where(eq(items.id, id))` ->
 * `.where(and(eq(items.id, id), eq(items.orgId, tenant)))` (`and(...)` gets one more term; a query with no
 * `.where` gets one after `.from(t)` / `.set(...)` / `.delete(t)`), importing `and` / `eq` from drizzle-orm.
 */
function drizzleEdits(sf: SourceFile, call: CallExpression, text: string, key: string, expr: string): TextEditRel[] | undefined {
  // the whole chain: climb to the outermost call of `db.select().from(t).where(...)...`
  let top: Node = call;
  for (;;) {
    const p = top.getParent();
    if (p && Node.isPropertyAccessExpression(p) && p.getExpression() === top && p.getParent() && Node.isCallExpression(p.getParent()!)) top = p.getParent()!;
    else break;
  }
  const calls: CallExpression[] = [];
  for (let c: Node | undefined = top; c && Node.isCallExpression(c); ) {
    calls.unshift(c);
    const e: Node = c.getExpression();
    c = Node.isPropertyAccessExpression(e) ? e.getExpression() : undefined;
  }
  const nameOf = (c: CallExpression) => {
    const e = c.getExpression();
    return Node.isPropertyAccessExpression(e) ? e.getName() : '';
  };
  // (the table by its name, or off the schema module it was imported with: `db.delete(schema.students)`)
  const isTable = (a: Node | undefined) => !!a && (Node.isIdentifier(a) || (Node.isPropertyAccessExpression(a) && Node.isIdentifier(a.getExpression())));
  const tableCall = calls.find((c) => /^(?:from|update|delete)$/.test(nameOf(c)) && isTable(c.getArguments()[0]));
  if (!tableCall) return undefined;
  const table = tableCall.getArguments()[0].getText();
  const term = `eq(${table}.${key}, ${expr})`;
  const edits: TextEditRel[] = [];
  const where = calls.find((c) => nameOf(c) === 'where');
  const used = new Set<string>(['eq']);
  if (where) {
    const arg = where.getArguments()[0];
    if (!arg) return undefined;
    if (arg.getText().includes(`${table}.${key}`)) return undefined;
    if (Node.isCallExpression(arg) && arg.getExpression().getText() === 'and') {
      const inner = arg.getArguments();
      edits.push(inner.length ? insertAt(text, inner[inner.length - 1].getEnd(), `, ${term}`) : insertAt(text, arg.getEnd() - 1, term));
    } else {
      edits.push(replaceRange(text, arg.getStart(), arg.getEnd(), `and(${arg.getText()}, ${term})`));
      used.add('and');
    }
  } else {
    const after = nameOf(tableCall) === 'update' ? calls.find((c) => nameOf(c) === 'set') : tableCall;
    if (!after) return undefined;
    edits.push(insertAt(text, after.getEnd(), `.where(${term})`));
  }
  // the helpers it uses, added to the file's drizzle-orm import
  const imp = sf.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === 'drizzle-orm');
  const have = new Set(imp ? imp.getNamedImports().map((n) => n.getName()) : []);
  const missing = [...used].filter((n) => !have.has(n)).sort();
  if (missing.length) {
    const named = imp?.getNamedImports() ?? [];
    if (imp && named.length) edits.push(insertAt(text, named[named.length - 1].getEnd(), `, ${missing.join(', ')}`));
    else if (!imp) {
      const last = sf.getImportDeclarations().pop();
      if (!last) return undefined;
      edits.push(insertAt(text, last.getEnd(), `\nimport { ${missing.join(', ')} } from ${last.getModuleSpecifier().getText()[0]}drizzle-orm${last.getModuleSpecifier().getText()[0]};`));
    } else return undefined;
  }
  return edits;
}

/** SQL: `... WHERE id = $1` + [id] -> `... WHERE id = $1 AND org_id = $2` + [id, tenant]; tagged templates get `${tenant}`. */
/**
 * An Objection / Lucid model's builder, `Result.query()` (also `Result.query(trx)` in a transaction): a `.where(column,
 * caller)` chained right after it scopes whatever follows (`.findById(id)`, `.patchAndFetchById(id, data)`, `.deleteById(id)`).
 */
function modelQueryCall(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== 'query' || call.getArguments().length > 1) return false;
  const owner = callee.getExpression();
  return Node.isIdentifier(owner) && /^[A-Z]/.test(owner.getText());
}

/**
 * A Knex builder's table call, `db('loans')` / `knex('loans')` / `db.table('loans')` / `db.from('loans')` (not `db.raw(sql)`):
 * its one argument names a table, not SQL.
 */
function knexTableCall(call: CallExpression): boolean {
  const args = call.getArguments();
  if (args.length !== 1 || !(Node.isStringLiteral(args[0]) || Node.isNoSubstitutionTemplateLiteral(args[0]))) return false;
  const callee = call.getExpression();
  if (Node.isPropertyAccessExpression(callee) && !/^(?:table|from|into|queryBuilder)$/.test(callee.getName())) return false;
  return /^[\w$.]+(?:\s+as\s+\w+)?$/i.test(args[0].getLiteralText().trim());
}

/**
 * Knex: a `.where(column, caller)` chained right after the table call (`db('loans').where('branch_id', user.branch_id)
 * .where({ id })`). A call of its own is AND-ed with the rest, so a request object spread into a later `where({...})`
 * cannot replace it.
 */
function knexEdits(call: CallExpression, text: string, column: string, expr: string): TextEditRel[] {
  const table = (call.getArguments()[0] as import('ts-morph').StringLiteral).getLiteralText().trim();
  const alias = /\s+as\s+(\w+)$/i.exec(table)?.[1];
  // (qualified when the chain joins another table, which may have the same column: `loans.branch_id`)
  let top: Node = call;
  while (top.getParent() && (Node.isPropertyAccessExpression(top.getParent()!) || Node.isCallExpression(top.getParent()!))) top = top.getParent()!;
  const joins = /\.(?:(?:inner|left|right|full|cross)?[jJ]oin|leftOuterJoin|rightOuterJoin)\s*\(/.test(top.getText());
  const col = alias ? `${alias}.${column}` : joins ? `${table}.${column}` : column;
  return [insertAt(text, call.getEnd(), `.where('${col}', ${expr})`)];
}

function sqlEdits(call: CallExpression, text: string, column: string, expr: string): TextEditRel[] | undefined {
  const tagged = call.getFirstDescendantByKind(ts.SyntaxKind.TaggedTemplateExpression);
  const args = call.getArguments();
  const q = args[0];
  if (!q && !tagged) return undefined;
  const edits: TextEditRel[] = [];
  if (q && (Node.isStringLiteral(q) || Node.isNoSubstitutionTemplateLiteral(q))) {
    const sql = q.getLiteralText();
    const dollar = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
    const placeholder = dollar.length ? `$${Math.max(...dollar) + 1}` : '?';
    const newSql = addCondition(sql, `${column} = ${placeholder}`);
    if (!newSql) return undefined;
    const quoteChar = q.getText()[0];
    edits.push(replaceRange(text, q.getStart(), q.getEnd(), quoteChar + newSql.replace(new RegExp(quoteChar === '`' ? '`' : quoteChar, 'g'), '\\' + quoteChar) + quoteChar));
    const params = args[1];
    if (params && Node.isArrayLiteralExpression(params)) {
      const els = params.getElements();
      edits.push(els.length ? insertAt(text, els[els.length - 1].getEnd(), `, ${expr}`) : insertAt(text, params.getStart() + 1, expr));
    } else if (!params) edits.push(insertAt(text, q.getEnd(), `, [${expr}]`));
    else return undefined;
    return edits;
  }
  const tpl = q && Node.isTaggedTemplateExpression(q) ? q : tagged;
  if (tpl) {
    const t = tpl.getTemplate();
    const raw = t.getText();
    const m = /\bWHERE\b/i.exec(raw);
    if (!m) return undefined;
    const end = endOfWhere(raw, m.index);
    const start = t.getStart();
    edits.push(insertAt(text, start + end, ` AND ${column} = \${${expr}}`));
    return edits;
  }
  return undefined;
}

/** Append a condition to the WHERE clause (before ORDER BY/GROUP BY/LIMIT/RETURNING), or add one. */
function addCondition(sql: string, cond: string): string | undefined {
  const w = /\bWHERE\b/i.exec(sql);
  if (w) {
    const end = endOfWhere(sql, w.index);
    const head = sql.slice(w.index + 5, end);
    const wrapped = /\bOR\b/i.test(head) ? `WHERE (${head.trim()}) AND ${cond}` : null;
    if (wrapped) return sql.slice(0, w.index) + wrapped + sql.slice(end);
    return sql.slice(0, end).replace(/\s*$/, '') + ` AND ${cond}` + (sql.slice(end) ? ' ' + sql.slice(end).replace(/^\s*/, '') : '');
  }
  const tail = /\b(?:ORDER\s+BY|GROUP\s+BY|LIMIT|RETURNING|OFFSET)\b/i.exec(sql);
  if (/^\s*(?:INSERT)\b/i.test(sql)) return undefined;
  if (tail) return sql.slice(0, tail.index).replace(/\s*$/, '') + ` WHERE ${cond} ` + sql.slice(tail.index);
  return sql.replace(/\s*;?\s*$/, '') + ` WHERE ${cond}`;
}

function endOfWhere(sql: string, from: number): number {
  const tail = /\b(?:ORDER\s+BY|GROUP\s+BY|LIMIT|RETURNING|OFFSET|FOR\s+UPDATE)\b|;|`$/i.exec(sql.slice(from));
  return tail ? from + tail.index : sql.length;
}
