/**
 * Query builders and ORMs beyond Prisma and raw SQL: Drizzle, Knex, Kysely, Supabase,
 * TypeORM (repositories, active records, QueryBuilder), Sequelize and Mongoose.
 * Each detector turns one call (or the outermost call of a builder chain) into a
 * QueryFact with the model/table and the filter terms with their taints.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { QueryFact, WhereTerm, Orm, Taint } from '../types';
import { Node, unwrap, propName, memberChain, posOf, staticString, lastName, textOf, isFunctionNode, walk } from './ast';
import type { CodeExtractor } from './extractCode';
import { flattenFilter, flattenFilterOf, flattenAlternatives, resultVarOf, withLiteral } from './queries';
import { analyzeSql } from '../data/sql';
import { lookupTable } from '../lookupTable';

interface Link {
  name: string;
  args: Node[];
  node: TSESTree.CallExpression;
}

/** `a.b(x).c(y).d()` -> links [b, c, d] (innermost first) and the base expression `a` */
export function builderChain(n: TSESTree.CallExpression): { links: Link[]; base: Node } {
  const links: Link[] = [];
  let cur: Node = n;
  for (let i = 0; i < 40; i++) {
    const u = unwrap(cur);
    if (u.type !== 'CallExpression') break;
    const c = unwrap(u.callee);
    if (c.type !== 'MemberExpression') break;
    links.unshift({ name: propName(c) ?? '', args: u.arguments as Node[], node: u });
    cur = c.object;
  }
  return { links, base: unwrap(cur) };
}

/** `x as T`, `x!`, `x satisfies T` around a call: the outermost of them and what holds it. */
function throughTypeWrappers(n: Node): { node: Node; parent: Node | undefined } {
  let node = n;
  let parent = (node as { parent?: Node }).parent;
  while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSSatisfiesExpression')) {
    node = parent;
    parent = (node as { parent?: Node }).parent;
  }
  return { node, parent };
}

/**
 * A builder handed to a plain helper whose result is the query run (`inOrg(db.selectFrom('projects').where(...), user.orgId)
 * .executeTakeFirst()`): the helper narrows it with the values it is given beside it (their column is not
 * known here: `*`). A helper given the caller's tenant scopes the query.
 */
function helperTerms(ex: CodeExtractor, n: TSESTree.CallExpression): WhereTerm[] {
  const { node: cur, parent } = throughTypeWrappers(n);
  if (parent?.type !== 'CallExpression' || parent.arguments[0] !== cur || unwrap(parent.callee).type !== 'Identifier' || parent.arguments.length < 2) return [];
  // the helper's result is what runs: `helper(qb, orgId).execute()`
  const up = (parent as { parent?: Node }).parent;
  if (up?.type !== 'MemberExpression' || up.object !== parent) return [];
  return (parent.arguments.slice(1) as Node[]).map((a) => ({ path: '*', taint: ex.taintOf(a), pos: posOf(a) }));
}

/**
 * The steps a builder kept in a variable is given later: `let qb = db.selectFrom('Envelope')...`, then
 * `qb = qb.where(...)` (also in a branch, `qb = x ? qb.where(a) : qb.where(b)`). The query runs with them.
 */
function laterLinks(ex: CodeExtractor, n: TSESTree.CallExpression): Link[] {
  const { node: cur, parent } = throughTypeWrappers(n);
  const id = parent?.type === 'VariableDeclarator' && parent.init === cur ? parent.id : parent?.type === 'AssignmentExpression' && parent.right === cur ? parent.left : null;
  if (!id || id.type !== 'Identifier') return [];
  const v = ex.variableOf(id);
  if (!v) return [];
  const out: Link[] = [];
  for (const ref of v.references) {
    const w = ref.writeExpr as Node | null | undefined;
    if (!ref.isWrite()) {
      // a mutable builder (Knex, TypeORM) grown by statements: `if (status) query.where('status', status)`
      const top = outermostChainCall(ref.identifier as Node);
      if (top !== ref.identifier && (top as { parent?: Node }).parent?.type === 'ExpressionStatement') out.push(...builderChain(top as TSESTree.CallExpression).links);
      continue;
    }
    if (!w || w === cur) continue;
    const stack: Node[] = [w];
    for (let guard = 0; stack.length && guard < 20; guard++) {
      const x = unwrap(stack.pop()!);
      if (x.type === 'ConditionalExpression') {
        stack.push(x.consequent as Node, x.alternate as Node);
        continue;
      }
      if (x.type !== 'CallExpression') continue;
      const { links, base } = builderChain(x);
      if (base.type === 'Identifier' && base.name === id.name) out.push(...links);
    }
  }
  return out;
}

/** `qb` -> the outermost call of the chain it starts (`qb.andWhere(...).getMany()`), or `qb` itself when no method is called on it. */
function outermostChainCall(id: Node): Node {
  let top = id;
  for (let i = 0; i < 40; i++) {
    const p1 = (top as { parent?: Node }).parent;
    const p2 = p1 && (p1 as { parent?: Node }).parent;
    if (p1?.type === 'MemberExpression' && p1.object === top && p2?.type === 'CallExpression' && p2.callee === p1) top = p2;
    else break;
  }
  return top;
}

/**
 * The calls a builder kept in a variable is run by, wherever they stand (`return qb.getMany()`,
 * `const rows = await qb.andWhere(...).getMany()`): each read of the variable that is the receiver of a chain.
 */
function heldBuilderUses(ex: CodeExtractor, n: TSESTree.CallExpression): { links: Link[]; call: TSESTree.CallExpression }[] {
  const { node: cur, parent } = throughTypeWrappers(n);
  const id = parent?.type === 'VariableDeclarator' && parent.init === cur ? parent.id : null;
  if (!id || id.type !== 'Identifier') return [];
  const v = ex.variableOf(id);
  if (!v) return [];
  const out: { links: Link[]; call: TSESTree.CallExpression }[] = [];
  for (const ref of v.references) {
    if (ref.isWrite()) continue;
    const top = outermostChainCall(ref.identifier as Node);
    if (top !== ref.identifier) out.push({ links: builderChain(top as TSESTree.CallExpression).links, call: top as TSESTree.CallExpression });
  }
  return out;
}

/** The call is the receiver of a further `.x()` in the same chain: the outer call reports. */
function isInnerLink(n: Node): boolean {
  const p = (n as { parent?: Node }).parent;
  if (!p) return false;
  if ((p.type === 'MemberExpression' && p.object === n) || ((p.type === 'TSNonNullExpression' || p.type === 'ChainExpression') && isInnerLink(p))) {
    const gp = (p as { parent?: Node }).parent;
    return !!gp && gp.type === 'CallExpression' && gp.callee === p && !['then', 'catch', 'finally'].includes(propName(p as TSESTree.MemberExpression) ?? '');
  }
  return false;
}

/**
 * A selected field that is an aggregate: `count()`, `sum(t.amount)`, also written in SQL, `sql<number>\`count(*)\``
 * (with `.mapWith(Number)`).
 */
function aggregateField(v: Node): boolean {
  if (v.type === 'CallExpression' && /^(?:count|countDistinct|sum|avg|min|max)$/.test(lastName(v))) return true;
  if (v.type === 'CallExpression' && lastName(v) === 'mapWith' && v.callee.type === 'MemberExpression') return aggregateField(unwrap(v.callee.object as Node));
  return v.type === 'TaggedTemplateExpression' && v.tag.type === 'Identifier' && v.tag.name === 'sql' &&
    /^\s*(?:count|sum|avg|min|max)\s*\(/i.test(v.quasi.quasis[0]?.value.cooked ?? '');
}

const READ = new Set(['select', 'selectDistinct', 'selectFrom', 'first', 'pluck', 'count', 'findFirst', 'findMany', 'maybeSingle', 'single']);

export function detectOrmQuery(ex: CodeExtractor, n: TSESTree.CallExpression): QueryFact | null {
  if (isInnerLink(n)) return null;
  const { links: all, base } = builderChain(n);
  // `c.get('db').select()...`, `getDb().update(t)...`: the context getter is the receiver, not a step
  let links = all;
  while (links.length > 1 && /^(?:get|var|getDb|useDb|db|getClient)$/.test(links[0].name) && links[0].args.length <= 1) links = links.slice(1);
  if (!links.length) return modelBaseCall(ex, n, base);
  return drizzle(ex, n, links) ?? kysely(ex, n, links) ?? supabase(ex, n, links) ?? firestore(ex, n, links, base) ?? lucid(ex, n, links, base) ?? knex(ex, n, links, base) ?? typeormBuilder(ex, n, links) ?? mongoNative(ex, n, links, base) ?? modelMethod(ex, n, links, base);
}

/** The file works with MikroORM (its entity manager, repositories or builder come from `@mikro-orm/*`). */
const mikroFiles = new WeakMap<CodeExtractor, boolean>();
function usesMikroOrm(ex: CodeExtractor): boolean {
  let v = mikroFiles.get(ex);
  if (v === undefined) mikroFiles.set(ex, (v = /(?:from\s*|require\s*\(\s*)['"]@mikro-orm\//.test(ex.src)));
  return v;
}

/** MikroORM's entity manager and repositories share method names with TypeORM and Sequelize: name the ORM the file uses. */
function ormOf(ex: CodeExtractor, orm: Orm): Orm {
  return (orm === 'orm' || orm === 'typeorm' || orm === 'sequelize') && usesMikroOrm(ex) ? 'mikro-orm' : orm;
}

function fact(orm: Orm, model: string, op: string, n: Node, where: WhereTerm[] | null, many: boolean, extra: Partial<QueryFact> = {}): QueryFact {
  const kind: QueryFact['kind'] = /^(?:delete|del|destroy|remove|softDelete|deleteOne|deleteMany|findByIdAndDelete|findByIdAndRemove|findOneAndDelete|deleteFrom|nativeDelete)$/.test(op) ? 'delete'
    : /^(?:update|updateOne|updateMany|set|findByIdAndUpdate|findOneAndUpdate|upsert|increment|decrement|restore|updateTable|save|nativeUpdate)$/.test(op) ? 'write'
      : /^(?:insert|insertInto|create|bulkCreate|insertMany|values)$/.test(op) ? 'write' : 'read';
  return { orm, model, op, kind, many, pos: posOf(n), where, resultVar: resultVarOf(n), ...extra };
}

// ------------------------------------------------------------------ Drizzle

const DRIZZLE_START = new Set(['select', 'selectDistinct', 'update', 'delete', 'insert']);

function drizzle(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[]): QueryFact | null {
  // db.query.invoices.findFirst({ where: eq(invoices.id, id) })
  const last = links[links.length - 1];
  if (links.length === 1 && (last.name === 'findFirst' || last.name === 'findMany')) {
    const ch = memberChain((unwrap(n.callee) as TSESTree.MemberExpression).object);
    if (ch && ch.length >= 3 && ch[ch.length - 2] === 'query') {
      const opts = last.args[0] ? objectArg(ex, last.args[0]) : null;
      const w = opts ? prop(opts, 'where') : null;
      const where = w ? drizzleCondition(ex, w, ch[ch.length - 1]) : null;
      // (`with: { donor: true, campaign: true }`: the related rows it brings along)
      const withArg = opts ? prop(opts, 'with') : null;
      const withObj = withArg ? unwrap(withArg) : null;
      const related = withObj?.type === 'ObjectExpression' ? withObj.properties.flatMap((p) => (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' ? [p.key.name] : [])) : [];
      return fact('drizzle', ch[ch.length - 1], last.name, n, where, last.name === 'findMany', related.length ? { relations: related } : {});
    }
  }
  const first = links[0];
  if (!DRIZZLE_START.has(first.name)) return null;
  // db.update(t).set(...).where(...): a builder, not `repository.update(id, data)`
  if (!/^(?:db|tx|trx|database|drizzle|client|conn|orm|dbClient|ctx|getDb|useDb)$/i.test(receiverName((unwrap(first.node.callee) as TSESTree.MemberExpression).object))) return null;
  if (first.name !== 'select' && first.name !== 'selectDistinct' && (links.length < 2 || first.args.length !== 1)) return null;
  let table: string | null = null;
  let op = first.name;
  if (first.name === 'select' || first.name === 'selectDistinct') {
    // `exists(db.select().from(keysTags).where(eq(keysTags.keyId, keys.id)))` in an outer query's where: a condition
    // of the outer rows, answering yes or no for each; the subquery's own rows go nowhere
    const held = throughTypeWrappers(n).parent;
    if (held?.type === 'CallExpression' && /^(?:exists|notExists)$/.test(lastName(held))) return null;
    const from = links.find((l) => l.name === 'from');
    if (!from || !from.args[0] || unwrap(from.args[0]).type === 'Literal') return null;
    table = tableName(from.args[0]);
    op = 'select';
    // `db.select({ total: count() }).from(t)` (no groupBy): a number over the rows, not records
    const fields = first.args[0] ? unwrap(first.args[0]) : null;
    if (fields?.type === 'ObjectExpression' && fields.properties.length && !links.some((l) => l.name === 'groupBy') &&
      fields.properties.every((p) => p.type === 'Property' && aggregateField(unwrap(p.value as Node)))) op = 'count';
  } else {
    if (!first.args[0] || unwrap(first.args[0]).type === 'Literal') return null;
    table = tableName(first.args[0]);
  }
  if (!table) return null;
  if (op === 'insert') return fact('drizzle', table, 'insert', n, null, false);
  const w = links.find((l) => l.name === 'where');
  let where = w && w.args[0] ? drizzleCondition(ex, w.args[0], table) : null;
  const joined = subqueryJoinTerms(ex, links, table);
  if (joined.length) where = [...(where ?? []), ...joined];
  const many = !where?.some((t) => t.path === 'id');
  // (`.innerJoin(donors, eq(donations.donorId, donors.id))`: the joined tables' rows come along)
  const joins = op === 'select' ? links.filter((l) => /^(?:innerJoin|leftJoin|rightJoin|fullJoin)$/.test(l.name) && l.args[0]).map((l) => tableName(l.args[0])).filter((x): x is string => !!x) : [];
  return fact('drizzle', table, op, n, where, many, joins.length ? { relations: joins } : {});
}

/**
 * `.innerJoin(currentUser, eq(usersToWorkspaces.userId, currentUser.id))` with `const currentUser = db.select().from(user)
 * .where(eq(user.id, ctx.user.id)).as('currentUser')`: an inner join on a subquery keeps the rows whose column equals
 * what the subquery's filter fixed, as `where(eq(usersToWorkspaces.userId, ctx.user.id))` would.
 */
function subqueryJoinTerms(ex: CodeExtractor, links: Link[], table: string): WhereTerm[] {
  const out: WhereTerm[] = [];
  for (const j of links) {
    if (j.name !== 'innerJoin' || j.args.length < 2) continue;
    const sub = unwrap(j.args[0]);
    if (sub.type !== 'Identifier') continue;
    const init = ex.localInitOf(sub);
    if (!init || unwrap(init).type !== 'CallExpression') continue;
    const subLinks = builderChain(unwrap(init) as TSESTree.CallExpression).links;
    if (subLinks[subLinks.length - 1]?.name !== 'as') continue;
    const subFrom = subLinks.find((l) => l.name === 'from');
    const subWhere = subLinks.find((l) => l.name === 'where');
    const subTable = subFrom?.args[0] ? tableName(subFrom.args[0]) : null;
    if (!subTable || !subWhere?.args[0]) continue;
    const fixed = drizzleCondition(ex, subWhere.args[0], subTable);
    const on = unwrap(j.args[1]);
    if (on.type !== 'CallExpression' || lastName(on) !== 'eq' || on.arguments.length !== 2) continue;
    const sides = on.arguments.map((a) => unwrap(a as Node));
    const colOf = (x: Node, owner: string) => x.type === 'MemberExpression' && unwrap(x.object as Node).type === 'Identifier' && (unwrap(x.object as Node) as TSESTree.Identifier).name === owner ? propName(x) : null;
    for (let i = 0; i < 2; i++) {
      const mine = colOf(sides[i], table);
      const theirs = colOf(sides[1 - i], sub.name);
      if (!mine || !theirs) continue;
      for (const t of fixed) if (t.path === theirs && !t.or) out.push({ ...t, path: mine });
    }
  }
  return out;
}

/** `db`, `this.db`, `c.get('db')`, `c.var.db`, `getDb()`: the name a receiver goes by */
function receiverName(n: Node): string {
  const u = unwrap(n);
  if (u.type === 'Identifier') return u.name;
  if (u.type === 'MemberExpression') return propName(u) ?? '';
  if (u.type === 'CallExpression') {
    const s = staticString(u.arguments[0] as Node);
    if (s && /^(?:get|var)$/.test(lastName(u))) return s;
    return lastName(u);
  }
  if (u.type === 'AwaitExpression') return receiverName(u.argument);
  return '';
}

function tableName(n: Node): string | null {
  const u = unwrap(n);
  if (u.type === 'Identifier') return u.name;
  if (u.type === 'MemberExpression') return propName(u);
  return null;
}

/** eq(invoices.id, id), and(...), or(...), inArray(col, ids), (t, { eq }) => eq(t.id, id) */
function drizzleCondition(ex: CodeExtractor, n: Node, table: string, depth = 0): WhereTerm[] {
  const u = unwrap(n);
  if (depth > 8) return [];
  if (u.type === 'ArrowFunctionExpression' || u.type === 'FunctionExpression') {
    const body = u.body.type === 'BlockStatement' ? (u.body.body.find((s) => s.type === 'ReturnStatement') as TSESTree.ReturnStatement | undefined)?.argument : u.body;
    return body ? drizzleCondition(ex, body as Node, '', depth + 1) : [];
  }
  // sql`lower(${pages.slug}) = ${slug}`: a column compared with a value in SQL is a term on that column
  if (u.type === 'TaggedTemplateExpression' && u.tag.type === 'Identifier' && u.tag.name === 'sql') {
    const terms = sqlTemplateTerms(ex, u, table);
    if (terms) return terms;
  }
  // `and(...conditions)` with `const conditions = [eq(t.id, id)]; if (mine) conditions.push(eq(t.teamId, ctx.team.id))`:
  // the array's elements and what is pushed onto it are the terms
  if (u.type === 'SpreadElement') {
    const arg = unwrap(u.argument as Node);
    const els = arg.type === 'Identifier' ? conditionArrayElements(ex, arg) : null;
    if (els) return els.flatMap((e) => drizzleCondition(ex, e, table, depth + 1));
    return [{ path: '*', taint: ex.taintOf(arg), pos: posOf(arg) }];
  }
  // a condition kept in a const (`const anyPage = ids.length ? inArray(pages.id, ids) : sql`0``) is read where it is made
  if (u.type === 'Identifier') {
    const init = singleConstInit(ex, u);
    if (init && (init.type === 'CallExpression' || init.type === 'ConditionalExpression' || init.type === 'TaggedTemplateExpression')) return drizzleCondition(ex, init, table, depth + 1);
  }
  // `ids.length > 0 ? inArray(t.pageId, ids) : sql`0``: the branch that matches no row filters nothing in; the other is the filter
  if (u.type === 'ConditionalExpression') {
    if (matchesNoRow(u.alternate as Node)) return drizzleCondition(ex, u.consequent as Node, table, depth + 1);
    if (matchesNoRow(u.consequent as Node)) return drizzleCondition(ex, u.alternate as Node, table, depth + 1);
  }
  if (u.type !== 'CallExpression') return [{ path: '*', taint: ex.taintOf(u), pos: posOf(u) }];
  const name = lastName(u);
  if (name === 'and' || name === 'or') return (u.arguments as Node[]).flatMap((a) => drizzleCondition(ex, a, table, depth + 1));
  if (/^(?:eq|ne|inArray|gt|gte|lt|lte|like|ilike|isNull|isNotNull|notInArray|arrayContains)$/.test(name) && u.arguments[0]) {
    const col = unwrap(u.arguments[0] as Node);
    // a column of a joined table is named with its table (`teamMembers.teamId`)
    const owner = col.type === 'MemberExpression' && unwrap(col.object).type === 'Identifier' ? (unwrap(col.object) as TSESTree.Identifier).name : '';
    const prop = col.type === 'MemberExpression' ? propName(col) ?? '*' : '*';
    const path = owner && table && owner !== table ? `${owner}.${prop}` : prop;
    // (`ilike(users.email, `%${q}%`)`: a pattern with a wildcard searches the column, named as Prisma's `email: { contains }` is;
    // `ilike(users.email, email)` without one is a case-insensitive equality)
    const pattern = /^i?like$/.test(name) && u.arguments[1] && /%/.test(textOf(ex.src, unwrap(u.arguments[1] as Node), 200));
    const term = withLiteral({ path: pattern ? `${path}.like` : path, taint: u.arguments[1] ? ex.taintOf(u.arguments[1] as Node) : [], pos: posOf(u) }, name === 'eq' ? (u.arguments[1] as Node | undefined) : undefined);
    return [name === 'isNotNull' ? { ...term, notNull: true } : term];
  }
  return [{ path: '*', taint: ex.taintOf(u), pos: posOf(u) }];
}

/** The init of a variable written once (`const x = ...`), else null. */
function singleConstInit(ex: CodeExtractor, id: TSESTree.Identifier): Node | null {
  const v = ex.variableOf(id);
  if (!v || v.defs.length !== 1) return null;
  const def = v.defs[0].node as Node;
  if (def.type !== 'VariableDeclarator' || !def.init || def.id.type !== 'Identifier') return null;
  if (v.references.some((r) => r.isWrite() && r.writeExpr !== def.init)) return null;
  return unwrap(def.init as Node);
}

/** SQL that no row satisfies: sql`0`, sql`false`, sql`1 = 0`, `sql.raw('false')`. */
function matchesNoRow(n: Node): boolean {
  const u = unwrap(n);
  const text = u.type === 'TaggedTemplateExpression' && u.tag.type === 'Identifier' && u.tag.name === 'sql' && u.quasi.expressions.length === 0 ? u.quasi.quasis.map((q) => q.value.cooked ?? '').join('')
    : u.type === 'CallExpression' && u.callee.type === 'MemberExpression' && propName(u.callee) === 'raw' && u.arguments.length === 1 ? (staticString(u.arguments[0] as Node) ?? '') : null;
  return text !== null && /^\s*(?:0|false|1\s*=\s*0|0\s*=\s*1)\s*$/i.test(text);
}

/**
 * The conditions an array of them holds (`const filters = [eq(t.id, id), isNull(t.deletedAt)]`), with those pushed onto it
 * later (`filters.push(eq(t.teamId, team))`, also in a branch: as a builder grown in an `if`); null when the array is
 * assigned again or is no array literal.
 */
function conditionArrayElements(ex: CodeExtractor, id: TSESTree.Identifier): Node[] | null {
  const v = ex.variableOf(id);
  if (!v || v.defs.length !== 1) return null;
  const def = v.defs[0].node as Node;
  if (def.type !== 'VariableDeclarator' || !def.init) return null;
  const init = unwrap(def.init as Node);
  if (init.type !== 'ArrayExpression') return null;
  const out: Node[] = init.elements.filter((e): e is NonNullable<typeof e> => !!e) as Node[];
  for (const ref of v.references) {
    if (ref.isWrite()) {
      if (ref.writeExpr && ref.writeExpr !== def.init) return null;
      continue;
    }
    const idn = ref.identifier as Node;
    const p = (idn as { parent?: Node }).parent;
    const call = p && (p as { parent?: Node }).parent;
    if (p?.type === 'MemberExpression' && p.object === idn && propName(p) === 'push' && call?.type === 'CallExpression' && call.callee === p) out.push(...(call.arguments as Node[]));
  }
  return out.length <= 40 ? out : null;
}

/**
 * The terms of a condition written in SQL whose every value is compared with a column: `${t.col} = ${v}`, also through
 * `lower(...)`/`upper(...)` and `like`/`ilike`; null when some value is not (what it filters by is then unknown).
 */
function sqlTemplateTerms(ex: CodeExtractor, u: TSESTree.TaggedTemplateExpression, table: string): WhereTerm[] | null {
  const xs = u.quasi.expressions as Node[];
  const qs = u.quasi.quasis.map((q) => q.value.cooked ?? '');
  const out: WhereTerm[] = [];
  const used = new Set<number>();
  // (the text between a column and its value, `) = lower(`, ` ilike `: expression i-1 is the column, i the value)
  const OP = /^\s*\)?\s*(?:=|==|ilike|like)\s*(?:(?:lower|upper)\s*\()?\s*$/i;
  for (let i = 1; i < xs.length; i++) {
    if (!OP.test(qs[i]) || used.has(i - 1)) continue;
    const col = unwrap(xs[i - 1]);
    if (col.type !== 'MemberExpression' || col.computed || unwrap(col.object as Node).type !== 'Identifier') return null;
    const owner = (unwrap(col.object as Node) as TSESTree.Identifier).name;
    const prop = propName(col) ?? '*';
    out.push({ path: owner && table && owner !== table ? `${owner}.${prop}` : prop, taint: ex.taintOf(unwrap(xs[i])), pos: posOf(u) });
    used.add(i - 1);
    used.add(i);
  }
  return out.length && used.size === xs.length ? out : null;
}

/**
 * A select of totals only: Knex `.count('id as n')` / `.sum('total')` without other columns, Kysely
 * `.select(({ fn }) => [fn.count('id').as('n')])`, or totals grouped by a time bucket or a status
 * (`date_trunc('month', created_at)`). It shows how many, not which: totals grouped by a name or
 * an id list the records they count, and are reads like any other.
 */
function selectsAggregates(ex: CodeExtractor, links: Link[]): boolean {
  const grouped = links.some((l) => l.name === 'groupBy');
  let aggregates = 0;
  for (const l of links) {
    if (AGGREGATE_METHOD.test(l.name)) aggregates++;
    else if (l.name === 'select' || l.name === 'column' || l.name === 'columns') {
      for (const a of l.args) {
        for (const item of selectedItems(a)) {
          const text = textOf(ex.src, item, 400);
          if (AGGREGATE_TEXT.test(text)) aggregates++;
          else if (!(grouped && BUCKET.test(text))) return false;
        }
      }
    }
  }
  return aggregates > 0;
}

const AGGREGATE_METHOD = /^(?:count|countDistinct|sum|sumDistinct|avg|avgDistinct|min|max)$/;
// (Drizzle's `count()`, `countDistinct(t.orgId)`, `sumDistinct(...)`)
const AGGREGATE_TEXT = /\bfn\s*\.\s*(?:count|countAll|sum|avg|min|max)\b|\b(?:count|sum|avg)(?:Distinct)?\s*\(/i;
/** group keys that bucket rows without naming them: a period, a status */
const BUCKET = /date_trunc|extract\s*\(|\b(?:month|week|year|day|date|hour|status|created_?at)\b/i;

/** The selected items of a select() argument: an array, a callback returning one, or the argument itself. */
function selectedItems(a: Node): Node[] {
  const u = unwrap(a);
  const body = u.type === 'ArrowFunctionExpression' ? unwrap(u.body as Node) : u;
  // Drizzle's `select({ total: count(), users: countDistinct(t.userId) })`: each selected value
  if (body.type === 'ObjectExpression' && body.properties.every((p) => p.type === 'Property')) return body.properties.map((p) => (p as TSESTree.Property).value as Node);
  return body.type === 'ArrayExpression' ? (body.elements.filter(Boolean) as Node[]) : [a];
}

// ------------------------------------------------------------------ Kysely

function kysely(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[]): QueryFact | null {
  const first = links[0];
  if (!/^(?:selectFrom|updateTable|deleteFrom|insertInto)$/.test(first.name)) return null;
  const table = first.args[0] ? staticString(first.args[0])?.split(/\s+as\s+/i)[0] : null;
  if (!table) return null;
  if (first.name === 'insertInto') return fact('kysely', table, 'insert', n, null, false);
  const terms: WhereTerm[] = [];
  let filtered = false;
  for (const l of [...links, ...laterLinks(ex, n)]) {
    if (l.name === 'whereRef') {
      // a correlated subquery (`eb.selectFrom('User').whereRef('User.id', '=', 'Envelope.userId')`): keyed by the outer row
      const col = staticString(l.args[0]);
      const other = staticString(l.args[2]);
      if (col && other) {
        filtered = true;
        terms.push({ path: col.split('.').pop()!, taint: [`db:${other.split('.')[0]}`], pos: posOf(l.node) });
      }
      continue;
    }
    // `.$call((qb) => qb.where('org_id', '=', orgId))`: the callback's conditions are the query's
    if (l.name === '$call' && l.args[0] && isFunctionNode(unwrap(l.args[0]))) {
      const inner = callbackWheres(ex, unwrap(l.args[0]) as TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression);
      if (inner.length) {
        filtered = true;
        terms.push(...inner);
      }
      continue;
    }
    if (l.name !== 'where' && l.name !== 'andWhere') continue;
    filtered = true;
    terms.push(...kyselyCondition(ex, l.args));
  }
  const byHelper = helperTerms(ex, n);
  if (byHelper.length) {
    filtered = true;
    terms.push(...byHelper);
  }
  const op = first.name !== 'selectFrom' ? (first.name === 'updateTable' ? 'update' : 'delete') : selectsAggregates(ex, links) ? 'count' : 'select';
  return fact('kysely', table, op, n, filtered ? terms : null, !terms.some((t) => t.path === 'id') || links.some((l) => l.name === 'execute'));
}

/** The `where` calls a builder callback makes (`(qb) => qb.where('org_id', '=', orgId).where(...)`). */
function callbackWheres(ex: CodeExtractor, fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): WhereTerm[] {
  const out: WhereTerm[] = [];
  const stack: Node[] = [fn.body as Node];
  for (let guard = 0; stack.length && guard < 200; guard++) {
    const x = stack.pop()!;
    if (x.type === 'CallExpression') {
      const c = unwrap(x.callee);
      if (c.type === 'MemberExpression' && /^(?:where|andWhere)$/.test(propName(c) ?? '')) out.push(...kyselyCondition(ex, x.arguments as Node[]));
      stack.push(c);
    } else if (x.type === 'MemberExpression') stack.push(x.object as Node);
    else if (x.type === 'BlockStatement') {
      for (const st of x.body) if (st.type === 'ReturnStatement' && st.argument) stack.push(st.argument as Node);
    } else if (x.type === 'AwaitExpression' || x.type === 'TSAsExpression' || x.type === 'TSNonNullExpression') stack.push(unwrap(x));
  }
  return out;
}

function kyselyCondition(ex: CodeExtractor, args: Node[]): WhereTerm[] {
  // where('id', '=', id) / where(eb => eb('id', '=', id)) / where(eb => eb.and([...]))
  if (args.length >= 3) {
    const col = staticString(args[0]);
    const equals = ['=', '==', 'is'].includes(staticString(args[1]) ?? '');
    return [withLiteral({ path: col ? col.split('.').pop()! : '*', taint: ex.taintOf(args[2]), pos: posOf(args[0]) }, equals ? args[2] : undefined)];
  }
  const fn = args[0] ? unwrap(args[0]) : null;
  if (fn && (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression')) {
    const out: WhereTerm[] = [];
    const stack: Node[] = [fn.body as Node];
    while (stack.length) {
      const x = unwrap(stack.pop()!);
      if (x.type === 'CallExpression' && x.arguments.length >= 3 && staticString(x.arguments[0] as Node)) {
        out.push({ path: staticString(x.arguments[0] as Node)!.split('.').pop()!, taint: ex.taintOf(x.arguments[2] as Node), pos: posOf(x) });
        continue;
      }
      if (x.type === 'CallExpression') stack.push(...(x.arguments as Node[]));
      else if (x.type === 'ArrayExpression') stack.push(...(x.elements.filter(Boolean) as Node[]));
      else if (x.type === 'BlockStatement') for (const s of x.body) if (s.type === 'ReturnStatement' && s.argument) stack.push(s.argument);
    }
    return out.length ? out : [{ path: '*', taint: [], pos: posOf(fn) }];
  }
  return [];
}

// ------------------------------------------------------------------ Supabase

const SUPABASE_FILTERS = new Set(['eq', 'neq', 'in', 'match', 'filter', 'is', 'like', 'ilike', 'contains', 'gt', 'gte', 'lt', 'lte']);

function supabase(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[]): QueryFact | null {
  const first = links[0];
  if (first.name !== 'from' || !first.args[0]) return null;
  const table = staticString(first.args[0]);
  if (!table) return null;
  const action = links.find((l) => /^(?:select|update|delete|insert|upsert)$/.test(l.name));
  if (!action) return null;
  const client = supabaseClient(ex, first.node);
  const isSupabase = client !== 'unknown' || links.some((l) => SUPABASE_FILTERS.has(l.name) || l.name === 'single' || l.name === 'maybeSingle') || action.name === 'upsert' ||
    /supabase|sb$|client$/i.test((memberChain((unwrap(first.node.callee) as TSESTree.MemberExpression).object) ?? []).join('.'));
  if (!isSupabase) return null;
  // a client handed in by the caller (`albumService.get(req.supabase, id)`): the route decides which key it holds
  const recv = unwrap((unwrap(first.node.callee) as TSESTree.MemberExpression).object);
  const clientTaint = client === 'unknown' && recv.type === 'Identifier' && ex.variableOf(recv)?.defs[0]?.type === 'Parameter'
    ? ex.taintOf(recv).filter((t) => t.startsWith('arg:')) : [];
  const extra: Partial<QueryFact> = clientTaint.length ? { client, clientTaint } : { client };
  if (action.name === 'insert' || action.name === 'upsert') return fact('supabase', table, action.name, n, null, false, extra);
  const terms: WhereTerm[] = [];
  let filtered = false;
  for (const l of links) {
    if (!SUPABASE_FILTERS.has(l.name)) continue;
    filtered = true;
    if (l.name === 'match' && l.args[0]) {
      const o = objectArg(ex, l.args[0]);
      if (o) terms.push(...flattenFilter(ex, o));
      continue;
    }
    const col = l.args[0] ? staticString(l.args[0]) : null;
    const val = l.name === 'filter' ? l.args[2] : l.args[1];
    terms.push(withLiteral({ path: col ?? '*', taint: val ? ex.taintOf(val) : [], pos: posOf(l.node) }, l.name === 'eq' ? val : undefined));
  }
  const op = action.name === 'select' ? 'select' : action.name;
  const many = !links.some((l) => l.name === 'single' || l.name === 'maybeSingle');
  return fact('supabase', table, op, n, filtered ? terms : null, many, extra);
}

const REQUEST_CONTEXT = /^(?:context|ctx|locals|event|c|req|request)$/;

/** The property names a destructured parameter's binding sits under (`{ context: { supabase } }` -> ['context', 'supabase']). */
function destructuredFrom(id: Node): string[] {
  const out: string[] = [];
  let cur = (id as { parent?: Node }).parent;
  for (let i = 0; cur && i < 8; i++, cur = (cur as { parent?: Node }).parent) {
    if (cur.type === 'Property') out.unshift(propName(cur) ?? '');
    else if (cur.type !== 'ObjectPattern' && cur.type !== 'AssignmentPattern') break;
  }
  return out;
}

/** `context.supabase`, `locals.supabase`, `c.var.supabase`, or a name destructured from one of them */
function contextClient(recv: Node, init: Node | null): boolean {
  if (recv.type === 'MemberExpression') {
    const chain = memberChain(recv);
    return !!chain && chain.length >= 2 && chain.slice(0, -1).some((p) => REQUEST_CONTEXT.test(p)) && /supabase|client|sb$|db$/i.test(chain[chain.length - 1]);
  }
  if (recv.type === 'Identifier' && init) {
    const holder = memberChain(init);
    return !!holder && holder.some((p) => REQUEST_CONTEXT.test(p)) && /supabase|client|sb$|db$/i.test(recv.name);
  }
  return false;
}

/** Which key the client was created with: the service role bypasses row-level security. */
function supabaseClient(ex: CodeExtractor, fromCall: TSESTree.CallExpression): QueryFact['client'] {
  const recv = unwrap((unwrap(fromCall.callee) as TSESTree.MemberExpression).object);
  let init: Node | null = null;
  if (recv.type === 'CallExpression') init = recv;
  else if (recv.type === 'Identifier') {
    const def = ex.variableOf(recv)?.defs[0];
    // `handler(async ({ data, context: { supabase } }) => ...)`, `load({ locals: { supabase } })`
    if (def?.type === 'Parameter' && /supabase|client|sb$/i.test(recv.name) && destructuredFrom(def.name as Node).some((k) => REQUEST_CONTEXT.test(k))) return 'user';
    if (def?.type === 'Variable') {
      const i = (def.node as TSESTree.VariableDeclarator).init;
      init = i ? unwrap(i) : null;
      if (init && init.type === 'AwaitExpression') init = unwrap(init.argument);
    }
  }
  if (!init || init.type !== 'CallExpression') {
    // an imported client: its name is all we have here (`adminClient`, `supabaseAdmin`, `serviceClient`)
    const name = recv.type === 'Identifier' ? recv.name : recv.type === 'MemberExpression' && !recv.computed && recv.property.type === 'Identifier' ? recv.property.name : '';
    if (/admin|service/i.test(name)) return 'service-role';
    // the client a middleware or hook made for this request and put on its context (`context.supabase`
    // from a TanStack Start middleware, SvelteKit's `event.locals.supabase`, `const { supabase } = context`):
    // made with the caller's token, so row-level security applies
    if (contextClient(recv, init)) return 'user';
    return 'unknown';
  }
  const text = ex.src.slice(init.range[0], init.range[1]);
  if (/service_?role|SERVICE_ROLE|serviceRole|SUPABASE_SECRET|admin/i.test(text)) return 'service-role';
  // Nuxt's @nuxtjs/supabase: `await serverSupabaseClient(event)` acts as the caller (its service-role twin matched above)
  if (/createServerClient|serverSupabaseClient|createRouteHandlerClient|createServerComponentClient|createBrowserClient|createClientComponentClient|ANON_KEY|anonKey|PUBLISHABLE/i.test(text) || /^create\w*Client$/.test(lastName(init))) return 'user';
  return 'unknown';
}

// ------------------------------------------------------------------ AdonisJS Lucid

/** Lucid's static finders that no other ORM spells so: `Invoice.findOrFail(id)`, `findByOrFail('email', x)` */
const LUCID_STATIC: Record<string, 'pk' | 'by' | 'first' | 'insert' | 'all'> = lookupTable({
  findOrFail: 'pk', findByOrFail: 'by', findManyBy: 'by', firstOrFail: 'first',
  createMany: 'insert', updateOrCreate: 'insert', firstOrCreate: 'insert', updateOrCreateMany: 'insert', fetchOrCreateMany: 'insert', createQuietly: 'insert',
});
const LUCID_WHERE = /^(?:where|andWhere|whereIn|andWhereIn|whereNot|andWhereNot)$/;

/**
 * AdonisJS Lucid models: `Invoice.findOrFail(id)`, `Invoice.findBy('slug', x)`, `Invoice.all()`, the query
 * builder (`Invoice.query().where('id', id).where('organizationId', user.organizationId).firstOrFail()`,
 * `.update({...})`, `.delete()`), and relations (`user.related('invoices').query()...`: scoped by the row
 * the relation hangs on). `db.from('invoices')` is Knex's builder (below).
 */
function lucid(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[], base: Node): QueryFact | null {
  const first = links[0];
  const names = links.map((l) => l.name);
  // `user.related('invoices').query().where(...)`, `.related('invoices').create({...})`
  if (first.name === 'related' && first.args[0] && links.length >= 2) {
    const rel = staticString(first.args[0]);
    if (!rel) return null;
    const model = rel[0].toUpperCase() + rel.slice(1).replace(/ies$/, 'y').replace(/s$/, '');
    const owner: WhereTerm = { path: `related:${rel}`, taint: ex.taintOf(base), pos: posOf(first.node) };
    if (/^(?:create|createMany|save|saveMany|attach|sync|associate)$/.test(links[1].name)) return fact('lucid', model, 'insert', n, null, links[1].name !== 'create' && links[1].name !== 'save');
    if (links[1].name !== 'query') return null;
    return lucidBuilder(ex, n, model, links.slice(2), [owner]);
  }
  const model = modelOfReceiver(ex, base);
  // (Lucid and Objection models are classes, `Sample.createMany(rows)`; `sampleRepository.createMany(rows)` is the app's own
  // data-access object, followed into where it is defined)
  if (!model || base.type !== 'Identifier' || !/^[A-Z]/.test(base.name)) return null;
  // (Objection's `Model.query(trx)` inside a transaction, Lucid's `Model.query({ client: trx })`: the same builder)
  if (first.name === 'query' && first.args.length <= 1) return lucidBuilder(ex, n, model, links.slice(1), []);
  // Objection.js `Sample.relatedQuery('results').for(sampleId)`: the related rows of the parent rows it is given
  if (first.name === 'relatedQuery' && first.args[0] && links.some((l) => l.name === 'for' && l.args[0])) {
    const rel = staticString(first.args[0]);
    if (!rel) return null;
    const related = rel[0].toUpperCase() + rel.slice(1).replace(/ies$/, 'y').replace(/s$/, '');
    const forLink = links.find((l) => l.name === 'for')!;
    const parent: WhereTerm = { path: '*', taint: ex.taintOf(forLink.args[0]), pos: posOf(forLink.node) };
    return lucidBuilder(ex, n, related, links.slice(1).filter((l) => l.name !== 'for'), [parent]);
  }
  if (links.length > 1 && !names.slice(1).every((x) => /^(?:then|catch|finally|preload|load)$/.test(x))) return null;
  const kind = LUCID_STATIC[first.name] ?? (first.name === 'all' && first.args.length === 0 ? 'all' : first.name === 'findBy' && first.args.length >= 2 && staticString(first.args[0]) ? 'by' : undefined);
  if (!kind) return null;
  const a0 = first.args[0];
  switch (kind) {
    case 'insert':
      return fact('lucid', model, 'insert', n, null, first.name !== 'updateOrCreate' && first.name !== 'firstOrCreate');
    case 'all':
      return fact('lucid', model, 'findMany', n, null, true);
    case 'first':
      return fact('lucid', model, first.name, n, null, false);
    case 'pk':
      return fact('lucid', model, first.name, n, a0 ? [{ path: 'id', taint: ex.taintOf(a0), pos: posOf(a0) }] : null, false);
    case 'by': {
      const col = a0 ? staticString(a0) : null;
      const v = first.args[1];
      if (!col || !v) return null;
      return fact('lucid', model, first.name, n, [withLiteral({ path: col, taint: ex.taintOf(v), pos: posOf(v) }, v)], first.name === 'findManyBy' || col !== 'id');
    }
    default:
      return null;
  }
}

/**
 * `.whereRaw('agency_id = ?', [agencyId])` (Knex, Objection, Lucid): the SQL fragment's columns, each compared with the
 * binding in its `?`'s place (an array literal, a local array, or one value).
 */
function rawWhereTerms(ex: CodeExtractor, l: Link): WhereTerm[] {
  const sql = l.args[0] ? staticString(unwrap(l.args[0])) : null;
  if (!sql) return [];
  let b: Node | null = l.args[1] ? unwrap(l.args[1]) : null;
  if (b?.type === 'Identifier') {
    const def = ex.variableOf(b)?.defs[0];
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    if (init && unwrap(init as Node).type === 'ArrayExpression') b = unwrap(init as Node);
  }
  const items: (Node | null)[] = !b ? [] : b.type === 'ArrayExpression' ? b.elements.map((e) => (e && e.type !== 'SpreadElement' ? (e as Node) : null)) : [b];
  return analyzeSql(`select * from t where ${sql}`).whereColumns.map((c) => {
    const m = /^\?#(\d+)$/.exec(c.value);
    const v = m ? items[Number(m[1])] : null;
    if (v) return withLiteral({ path: c.column, taint: ex.taintOf(v), pos: posOf(l.node) }, v);
    // (a constant in the fragment: `status = 'published'`, `is_public = true`)
    const lit = c.equals ? (/^(?:true|1)$/i.test(c.value) ? true : /^'(\w+)'$/.exec(c.value)?.[1]) : undefined;
    return { path: c.column, taint: [], pos: posOf(l.node), ...(lit !== undefined ? { literal: lit } : {}) };
  });
}

function lucidBuilder(ex: CodeExtractor, n: TSESTree.CallExpression, model: string, links: Link[], terms: WhereTerm[]): QueryFact {
  const names = links.map((l) => l.name);
  // Objection.js shares `Model.query()`: `insert`/`insertAndFetch`/`insertGraph` add rows, `patch`/`update` write
  // (`patchAndFetchById(id, data)` by its id), `findOne({...})` is a where and a first row, `deleteById(id)`
  // the values written: `insert(data)`, `patch(data)`, `update(data)`, `patchAndFetchById(id, data)`
  const dataOf = (re: RegExp, at = 0): Partial<QueryFact> => {
    const l = links.find((x) => re.test(x.name));
    const d = l?.args[/ById$/.test(l?.name ?? '') ? 1 : at];
    return d ? { dataTaint: ex.taintOf(d) } : {};
  };
  if (names.some((x) => /^(?:insert|insertAndFetch|insertGraph|insertGraphAndFetch)$/.test(x))) return fact('lucid', model, 'insert', n, null, false, dataOf(/^insert/));
  for (const l of links) {
    if (/^(?:patchAndFetchById|updateAndFetchById|deleteById|findByIds)$/.test(l.name) && l.args[0]) {
      terms.push({ path: 'id', taint: ex.taintOf(l.args[0]), pos: posOf(l.node) });
      continue;
    }
    if (l.name === 'findOne' && l.args.length) {
      terms.push(...whereCallTerms(ex, l));
      continue;
    }
    // Objection.js `.modify('forAgency', agencyOf(req))`: a modifier the model names, resolved against the model's
    // `static modifiers` when routes are linked (`modifier:<name>#<position>`); `.modify(fn, ...args)` as Knex's
    if (l.name === 'modify' && l.args[0]) {
      const name = staticString(l.args[0]);
      if (name) l.args.slice(1).forEach((a, i) => terms.push({ path: `modifier:${name}#${i + 1}`, taint: ex.taintOf(a), pos: posOf(l.node) }));
      else terms.push(...(modifierTerms(ex, l) ?? []));
      continue;
    }
    if (l.name === 'findById' || l.name === 'findByOrFail' || l.name === 'findBy') {
      const col = l.name === 'findById' ? 'id' : l.args[0] ? staticString(l.args[0]) : null;
      const v = l.name === 'findById' ? l.args[0] : l.args[1];
      if (col && v) terms.push({ path: col, taint: ex.taintOf(v), pos: posOf(l.node) });
      continue;
    }
    if (/^(?:where|andWhere)Raw$/.test(l.name)) {
      terms.push(...rawWhereTerms(ex, l));
      continue;
    }
    if (!LUCID_WHERE.test(l.name)) continue;
    terms.push(...whereCallTerms(ex, l));
  }
  const where = terms.length ? terms : null;
  if (names.some((x) => /^(?:delete|del|deleteById)$/.test(x))) return fact('lucid', model, 'delete', n, where, !names.includes('deleteById'));
  if (names.some((x) => /^(?:update|increment|decrement|patch|patchAndFetchById|updateAndFetchById|patchAndFetch|updateAndFetch)$/.test(x))) {
    return fact('lucid', model, 'update', n, where, !names.some((x) => /ById$/.test(x)), dataOf(/^(?:update|patch|patchAndFetchById|updateAndFetchById|patchAndFetch|updateAndFetch)$/));
  }
  const single = names.some((x) => /^(?:first|firstOrFail|findById|findBy|findByOrFail|findOne)$/.test(x));
  const count = names.some((x) => /^(?:count|countDistinct|sum|avg|min|max|getCount)$/.test(x));
  return fact('lucid', model, count ? 'count' : single ? 'findFirst' : 'findMany', n, where, !single && !terms.some((t) => t.path === 'id'));
}

/** The terms of one Knex-style `where` call: `where('col', v)`, `where('col', '>', v)`, `where({ col: v })`. */
function whereCallTerms(ex: CodeExtractor, l: Link): WhereTerm[] {
  if (l.args.length >= 2) {
    const col = staticString(l.args[0]);
    const val = l.args.length >= 3 ? l.args[2] : l.args[1];
    return [withLiteral({ path: col ? col.split('.').pop()! : '*', taint: ex.taintOf(val), pos: posOf(l.node) }, l.args.length === 2 ? val : undefined)];
  }
  if (!l.args[0]) return [];
  const o = objectArg(ex, l.args[0]);
  if (o) return flattenFilter(ex, o).map((t) => ({ ...t, path: t.path.split('.').pop()! }));
  return [{ path: '*', taint: ex.taintOf(l.args[0]), pos: posOf(l.node) }];
}

// ------------------------------------------------------------------ Knex

const KNEX_NAMES = /^(?:knex|db|trx|tx|k|database|pg|conn|connection|qb)$/i;

function knex(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[], base: Node): QueryFact | null {
  let table: string | null = null;
  if (base.type === 'CallExpression' && base.arguments[0]) {
    const callee = unwrap(base.callee);
    const nm = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propName(callee) ?? '' : '';
    if (KNEX_NAMES.test(nm) || nm === 'table') table = staticString(base.arguments[0] as Node);
  }
  const from = links.find((l) => l.name === 'from' || l.name === 'table' || l.name === 'into');
  if (!table && from && from.args[0]) {
    const recv = memberChain((unwrap(links[0].node.callee) as TSESTree.MemberExpression).object);
    if (recv && KNEX_NAMES.test(recv[recv.length - 1])) table = staticString(from.args[0]);
  }
  // `db.batchInsert('tenants', rows, 200)` (also on a transaction): rows inserted in chunks
  if (!table && links.length === 1 && links[0].name === 'batchInsert' && links[0].args[0]) {
    const recv = base.type === 'Identifier' ? base.name : base.type === 'MemberExpression' ? propName(base) ?? '' : '';
    const t = KNEX_NAMES.test(recv) ? staticString(links[0].args[0]) : null;
    if (t) return fact('knex', t, 'insert', n, null, false, links[0].args[1] ? { dataTaint: ex.taintOf(links[0].args[1]) } : {});
  }
  if (!table) return null;
  table = table.split(/\s+as\s+/i)[0];
  const names = links.map((l) => l.name);
  // (`.increment('views', 1)` / `.decrement(...)`: an update of counters)
  const op = names.includes('insert') ? 'insert' : names.some((x) => x === 'del' || x === 'delete') ? 'delete' : names.some((x) => x === 'update' || x === 'increment' || x === 'decrement') ? 'update' : 'select';
  const terms: WhereTerm[] = [];
  let filtered = false;
  for (const l of [...links, ...laterLinks(ex, n)]) {
    // `.modify(inAccount, user.accountId)`: the modifier's own `where` calls, its parameters read as the values handed to it
    if (l.name === 'modify' && l.args[0]) {
      const mod = modifierTerms(ex, l);
      if (mod) (filtered = true), terms.push(...mod);
      // (a modifier imported from the app's own module, `modify(inBranch, user.branchId)` with `inBranch` of '../lib/tenant':
      // the linker reads its `where` calls)
      else {
        const id = unwrap(l.args[0]);
        // (`modify(inBranch, ...)` of a named import or destructured require, `modify(tenant.inBranch, ...)` of a module object)
        const ref = id.type === 'Identifier' || (id.type === 'MemberExpression' && !id.computed) ? ex.valueOf(id) : null;
        let root = ref;
        while (root && root.k === 'member') root = root.object;
        // (a module object held in a variable, `const tenant = require('../lib/tenant')`, is a reference the linker follows)
        if (ref && root && (root.k === 'import' || (root.k === 'ref' && ref.k === 'member'))) {
          filtered = true;
          terms.push({ path: '*', taint: [], pos: posOf(l.node), modifier: { ref, args: l.args.slice(1).map((a) => ex.taintOf(a)) } });
        }
      }
      continue;
    }
    // (`.whereRaw('account_id = ?', [accountId])`: the fragment's columns and their bindings)
    if (/^(?:where|andWhere)Raw$/.test(l.name)) {
      filtered = true;
      terms.push(...rawWhereTerms(ex, l));
      continue;
    }
    if (!/^(?:where|andWhere|whereIn|orWhere|whereNot)$/.test(l.name)) continue;
    filtered = true;
    terms.push(...whereCallTerms(ex, l));
  }
  if (op === 'insert') return fact('knex', table, 'insert', n, null, false);
  const many = !names.includes('first') && !terms.some((t) => t.path === 'id');
  return fact('knex', table, op === 'select' && selectsAggregates(ex, links) ? 'count' : op, n, filtered ? terms : null, many);
}

/**
 * Knex's `query.modify(fn, ...args)`: `fn(query, ...args)` runs on the builder. A modifier written in the file
 * (`function inAccount(query, accountId) { query.where('account_id', accountId) }`) filters by what its `where`
 * calls say, each parameter standing for the argument handed to `modify` in its place.
 */
function modifierTerms(ex: CodeExtractor, l: Link): WhereTerm[] | null {
  let fn: Node | null = unwrap(l.args[0]);
  if (fn.type === 'Identifier') {
    const def = ex.variableOf(fn)?.defs[0];
    fn = def?.type === 'FunctionName' ? (def.node as Node) : def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).init ? unwrap((def.node as TSESTree.VariableDeclarator).init as Node) : null;
  }
  if (!fn || !isFunctionNode(fn)) return null;
  const terms = modifierWheres(ex, fn as ModifierFn);
  if (!terms) return null;
  // (each parameter stands for the argument handed to `modify` in its place)
  return terms.map((t) => ({ path: t.path, taint: t.param >= 1 ? (l.args[t.param] ? ex.taintOf(l.args[t.param]) : []) : t.taint, pos: posOf(l.node) }));
}

type ModifierFn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * What a modifier's `where` calls on its first parameter compare: each column with the parameter compared (or -1 and
 * the value's own taint). Null when it calls none.
 */
function modifierWheres(ex: CodeExtractor, f: ModifierFn): { path: string; param: number; taint: Taint[] }[] | null {
  const params = f.params.map((p) => (p.type === 'Identifier' ? p.name : ''));
  const qb = params[0];
  if (!qb) return null;
  const value = (v: Node) => {
    const u = unwrap(v);
    const i = u.type === 'Identifier' ? params.indexOf(u.name) : -1;
    return i >= 1 ? { param: i, taint: [] as Taint[] } : { param: -1, taint: ex.taintOf(v) };
  };
  const out: { path: string; param: number; taint: Taint[] }[] = [];
  walk(f.body as Node, (x) => {
    if (x.type !== 'CallExpression' || x.callee.type !== 'MemberExpression' || !/^(?:where|andWhere|whereIn)$/.test(propName(x.callee) ?? '')) return;
    let root: Node = unwrap(x.callee.object as Node);
    while (root.type === 'CallExpression' && root.callee.type === 'MemberExpression') root = unwrap(root.callee.object as Node);
    if (root.type !== 'Identifier' || root.name !== qb) return;
    const args = x.arguments as Node[];
    if (args.length >= 2) {
      const col = staticString(args[0]);
      out.push({ path: col ? col.split('.').pop()! : '*', ...value(args[args.length >= 3 ? 2 : 1]) });
    } else if (args[0] && unwrap(args[0]).type === 'ObjectExpression') {
      for (const p of (unwrap(args[0]) as TSESTree.ObjectExpression).properties) {
        if (p.type !== 'Property') continue;
        const key = propName(p);
        if (key) out.push({ path: key.split('.').pop()!, ...value(p.value as Node) });
      }
    }
  });
  return out.length ? out : null;
}

/**
 * A function that may serve as a Knex modifier, `function inBranch(qb, branchId) { qb.where('branch_id', branchId) }`:
 * the columns its `where` calls on its first parameter compare, each with the parameter compared (or -1 and the value's
 * own taint). Null when it calls none. (Read where it is declared, for modifiers another module hands to `modify`.)
 */
export function knexModifierOf(ex: CodeExtractor, fn: Node): { path: string; param: number; taint: Taint[] }[] | null {
  if (!isFunctionNode(fn)) return null;
  const f = fn as ModifierFn;
  const qb = f.params[0]?.type === 'Identifier' ? f.params[0].name : '';
  if (!qb || f.params.length < 2) return null;
  if (!new RegExp(`\\b${qb}\\s*\\.\\s*(?:where|andWhere|whereIn)\\s*\\(`).test(ex.src.slice(f.range[0], f.range[1]))) return null;
  return modifierWheres(ex, f);
}

// ------------------------------------------------------------------ TypeORM QueryBuilder

/**
 * TypeORM's QueryBuilder (`repo.createQueryBuilder('o').where('o.id = :id', { id })`) and MikroORM's
 * (`em.createQueryBuilder(Order, 'o')`, `em.qb(Order)`, `repo.qb()`; `.where({ event: eventId })`,
 * `.where('o.id = ?', [id])`, run by `getResultList()`, `getSingleResult()`, `execute()`...).
 */
function typeormBuilder(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[]): QueryFact | null {
  // (`qb()` of an entity manager or repository: MikroORM's short name)
  const qb = links.findIndex((l, i) => l.name === 'createQueryBuilder' || (l.name === 'qb' && i === 0 && l.args.length <= 2 &&
    (l.args[0] ? unwrap(l.args[0]).type === 'Identifier' && /^[A-Z]/.test((unwrap(l.args[0]) as TSESTree.Identifier).name) : modelOfReceiver(ex, (unwrap(l.node.callee) as TSESTree.MemberExpression).object) !== null)));
  if (qb < 0) return null;
  const RUNS = /^(?:getOne|getMany|getOneOrFail|getManyAndCount|getCount|getRawOne|getRawMany|execute|getExists|stream|getResult|getResultList|getSingleResult|getResultAndCount)$/;
  let names = links.map((l) => l.name);
  // a builder kept in a variable, grown by statements and run later (`const qb = repo.createQueryBuilder('po').where(...)`;
  // `if (status) qb.andWhere(...)`; `return qb.getMany()`): the query is the builder with every step it was given
  let later: Link[] = [];
  let resultVar: string | undefined;
  if (!names.some((x) => RUNS.test(x))) {
    const runs = heldBuilderUses(ex, n).filter((u) => u.links.some((l) => RUNS.test(l.name)));
    if (!runs.length) return null;
    later = [...laterLinks(ex, n), ...runs.flatMap((u) => u.links)];
    names = [...names, ...later.map((l) => l.name)];
    resultVar = resultVarOf(runs[0].call);
  }
  let model = modelOfReceiver(ex, (unwrap(links[qb].node.callee) as TSESTree.MemberExpression).object);
  const fromLink = links.find((l) => (l.name === 'from' || l.name === 'update' || l.name === 'delete') && l.args[0]) ?? links.find((l) => l.name === 'from' || l.name === 'update' || l.name === 'delete');
  // a data source's or entity manager's builder, made without an entity (`dataSource.createQueryBuilder().update(Vendor)`,
  // `.delete().from(Vendor)`): the entity is the one the chain names, not the receiver
  const named = !links[qb].args.length && fromLink?.args[0] && unwrap(fromLink.args[0]).type === 'Identifier' ? tableName(fromLink.args[0]) : null;
  if (named) model = named;
  if (!model && fromLink?.args[0]) model = tableName(fromLink.args[0]);
  if (!model && links[qb].args[0] && unwrap(links[qb].args[0]).type === 'Identifier') model = tableName(links[qb].args[0]);
  if (!model) return null;
  const op = names.includes('delete') ? 'delete' : names.includes('update') ? 'update' : 'select';
  const terms: WhereTerm[] = [];
  let filtered = false;
  for (const l of [...links, ...later]) {
    // (MikroORM's `delete({ id })` names its filter as its argument)
    if (!/^(?:where|andWhere|orWhere|whereInIds)$/.test(l.name) && !(l.name === 'delete' && l.args[0] && objectArg(ex, l.args[0]))) continue;
    filtered = true;
    const cond = l.args[0] ? staticString(l.args[0]) : null;
    if (l.name === 'whereInIds' && l.args[0]) {
      terms.push({ path: 'id', taint: ex.taintOf(l.args[0]), pos: posOf(l.node) });
      continue;
    }
    // an object condition (TypeORM and MikroORM): `.where({ event: eventId })`, `.andWhere({ organizerId })`
    const obj = cond === null && l.args[0] ? objectArg(ex, l.args[0]) : null;
    if (obj) {
      terms.push(...flattenFilter(ex, obj));
      continue;
    }
    if (!cond) continue;
    // parameters by name (TypeORM `:id` with `{ id }`) or by position (MikroORM `?` with `[id]`)
    const params = l.args[1] ? objectArg(ex, l.args[1]) : null;
    const list = l.args[1] && unwrap(l.args[1]).type === 'ArrayExpression' ? (unwrap(l.args[1]) as TSESTree.ArrayExpression).elements : null;
    for (const m of cond.matchAll(/(?:\w+\.)?["`]?(\w+)["`]?\s*(?:=|IN|in)\s*\(?:(\.\.\.)?(\w+)\)?/g)) {
      const p = params ? prop(params, m[3]) : null;
      terms.push({ path: m[1], taint: p ? ex.taintOf(p) : [], pos: posOf(l.node) });
    }
    if (list) {
      let i = 0;
      for (const m of cond.matchAll(/(?:\w+\.)?["`]?(\w+)["`]?\s*(?:=|IN|in|<>|!=|>=?|<=?)\s*\(?\?/g)) {
        const v = list[i++];
        terms.push({ path: m[1], taint: v && v.type !== 'SpreadElement' ? ex.taintOf(v as Node) : [], pos: posOf(l.node) });
      }
    }
  }
  return fact(ormOf(ex, 'typeorm'), model, op, n, filtered ? terms : null, !names.some((x) => /getOne|getRawOne|getSingleResult/.test(x)), later.length ? { resultVar } : {});
}

// ------------------------------------------------------------------ MongoDB driver

// ------------------------------------------------------------------ Firestore

/** the steps of a Firestore query between `collection('x')` and what runs it */
const FIRESTORE_STEPS = new Set(['where', 'orderBy', 'limit', 'limitToLast', 'offset', 'startAt', 'startAfter', 'endAt', 'endBefore', 'select']);
/** what runs a query or changes a document (`get`, `add` on a collection; `update`, `set`, `delete` on a document) */
const FIRESTORE_RUN = /^(?:get|add|update|set|delete|create)$/;

/**
 * The links a collection or query kept in a variable was made with: `const notes = db.collection('lessonNotes')`,
 * `const upcoming = db.collection('bookings').where('tutorId', '==', uid)`, then `upcoming.get()`.
 */
function heldFirestoreLinks(ex: CodeExtractor, base: Node, depth = 0): Link[] | null {
  const u = unwrap(base);
  if (u.type !== 'Identifier' || depth > 3) return null;
  const def = ex.variableOf(u)?.defs[0];
  if (def?.type !== 'Variable' || (def.node as TSESTree.VariableDeclarator).id.type !== 'Identifier') return null;
  let init = (def.node as TSESTree.VariableDeclarator).init as Node | null;
  if (!init) return null;
  init = unwrap(init);
  if (init.type === 'AwaitExpression') init = unwrap(init.argument as Node);
  if (init.type !== 'CallExpression') return null;
  const { links, base: inner } = builderChain(init);
  if (links.some((l) => l.name === 'collection')) return links;
  const outer = heldFirestoreLinks(ex, inner, depth + 1);
  return outer ? [...outer, ...links] : null;
}

/**
 * Firestore (firebase-admin, the web SDK's namespaced API): `db.collection('bookings').doc(id).get()`,
 * `.doc(id).update({...})`, `.where('tutorId', '==', uid).orderBy('startsAt').get()`, `.add({...})`, also on a collection or
 * query kept in a variable. A document of a subcollection (`collection('tutors').doc(uid).collection('slots')`) belongs to
 * its parent document: the parent's id is a filter term named for it (`tutorId`).
 */
function firestore(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[], base: Node): QueryFact | null {
  const run = links[links.length - 1];
  if (!run || !FIRESTORE_RUN.test(run.name)) return null;
  const all = links.some((l) => l.name === 'collection') ? links : [...(heldFirestoreLinks(ex, base) ?? []), ...links];
  const ci = all.map((l) => l.name).lastIndexOf('collection');
  if (ci < 0 || !all[ci].args[0]) return null;
  const model = staticString(all[ci].args[0]);
  if (!model) return null;
  const where: WhereTerm[] = [];
  // the parents of a subcollection: `collection('orgs').doc(orgId).collection(...)`
  for (let i = 0; i + 1 < ci; i++) {
    if (all[i].name !== 'collection' || all[i + 1].name !== 'doc' || !all[i + 1].args[0]) continue;
    const parent = staticString(all[i].args[0]);
    if (!parent) return null;
    const singular = parent.replace(/ies$/, 'y').replace(/s$/, '');
    where.push({ path: `${singular}Id`, taint: ex.taintOf(all[i + 1].args[0]), pos: posOf(all[i + 1].args[0]) });
  }
  const steps = all.slice(ci + 1, -1);
  const doc = steps.length === 1 && steps[0].name === 'doc' ? steps[0] : null;
  if (!doc && !steps.every((l) => FIRESTORE_STEPS.has(l.name))) return null;
  if (doc) {
    // (`collection('x').doc()` with no id makes a new document)
    if (!doc.args[0]) return run.name === 'set' || run.name === 'create' ? fact('firestore', model, 'insert', n, null, false) : null;
    if (run.name === 'add') return null;
    where.push({ path: 'id', taint: ex.taintOf(doc.args[0]), pos: posOf(doc.args[0]) });
    const op = run.name === 'get' ? 'get' : run.name === 'delete' ? 'delete' : run.name === 'create' ? 'insert' : 'update';
    return fact('firestore', model, op, n, where, false);
  }
  if (run.name === 'add') return steps.length ? null : fact('firestore', model, 'insert', n, null, false);
  if (run.name !== 'get') return null;
  for (const l of steps) {
    if (l.name !== 'where' || l.args.length < 3) continue;
    const f0 = unwrap(l.args[0]);
    const field = f0.type === 'CallExpression' && lastName(f0) === 'documentId' ? 'id' : staticString(l.args[0]);
    const value = l.args[2];
    const term: WhereTerm = { path: field ?? '*', taint: ex.taintOf(value), pos: posOf(value) };
    where.push(withLiteral(term, value));
  }
  return fact('firestore', model, 'find', n, where.length ? where : null, !where.some((t) => t.path === 'id'));
}

const MONGO_OPS: Record<string, 'filter' | 'insert'> = lookupTable({
  find: 'filter', findOne: 'filter', findOneAndUpdate: 'filter', findOneAndDelete: 'filter', findOneAndReplace: 'filter',
  updateOne: 'filter', updateMany: 'filter', replaceOne: 'filter', deleteOne: 'filter', deleteMany: 'filter',
  countDocuments: 'filter', distinct: 'filter', update: 'filter', remove: 'filter',
  insertOne: 'insert', insertMany: 'insert', insert: 'insert',
});

/**
 * The MongoDB driver: `db.collection('orders').findOne({ _id: new ObjectId(id) })`, and a collection
 * kept in a variable or field (`const orders = db.collection('orders')`, `this.orders = db.collection('orders')`).
 */
function mongoNative(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[], base: Node): QueryFact | null {
  const ci = links.findIndex((l) => l.name === 'collection');
  let model: string | null = null;
  let opLink: Link | undefined;
  if (ci >= 0) {
    model = links[ci].args[0] ? staticString(links[ci].args[0]) : null;
    opLink = links[ci + 1];
  } else {
    model = collectionOf(ex, base);
    opLink = links[0];
    // a table of collection accessors: `collections.contracts().findOne(...)` with
    // `export const collections = { contracts: () => getDb().collection('contracts') }` in the db module
    if (!model && links.length >= 2 && !links[0].args.length && MONGO_OPS[links[1].name] && base.type === 'Identifier' && /^(?:collections|cols|colls|mongoCollections|dbCollections|mongo)$/i.test(base.name)) {
      model = links[0].name;
      opLink = links[1];
    }
    // `getCollection('contracts').findOne(...)`, `(await collection('orders')).find(...)`: a helper named for the collection it returns
    const b = base.type === 'AwaitExpression' ? unwrap(base.argument as Node) : base;
    if (!model && b.type === 'CallExpression' && unwrap(b.callee).type === 'Identifier' && /^(?:get)?(?:collection|coll?)$/i.test((unwrap(b.callee) as TSESTree.Identifier).name) && b.arguments[0]) {
      model = staticString(b.arguments[0] as Node);
    }
    // `usersCollection().findOne(...)`, `getOrdersCollection().find(...)`: an accessor named for its collection
    const named = !model && b.type === 'CallExpression' && !b.arguments.length && unwrap(b.callee).type === 'Identifier' ? /^(?:get)?([A-Za-z]\w*?)(?:Collection|Col)$/.exec((unwrap(b.callee) as TSESTree.Identifier).name) : null;
    if (named) model = named[1][0].toLowerCase() + named[1].slice(1);
    // `const templates = () => getDb().collection('contract_templates')`, then `templates().find(...)`: the accessor's collection
    if (!model && b.type === 'CallExpression' && !b.arguments.length && unwrap(b.callee).type === 'Identifier') model = accessorCollection(ex, unwrap(b.callee) as TSESTree.Identifier);
  }
  if (!model || !opLink || !MONGO_OPS[opLink.name]) return null;
  const op = opLink.name;
  if (MONGO_OPS[op] === 'insert') return fact('mongodb', model, 'insert', n, null, op === 'insertMany');
  const mongoOp = op === 'remove' ? 'deleteMany' : op === 'update' ? 'updateMany' : op;
  const a0 = op === 'distinct' ? opLink.args[1] : opLink.args[0];
  let where: WhereTerm[] | null = null;
  if (a0) {
    const o = objectArg(ex, a0);
    where = o ? (o.properties.length ? flattenFilter(ex, o).map(normId) : null) : [{ path: '*', taint: ex.taintOf(a0), pos: posOf(a0) }];
  }
  const many = /^(?:find|updateMany|deleteMany|countDocuments|distinct)$/.test(mongoOp) && !where?.some((t) => t.path === 'id');
  return fact('mongodb', model, mongoOp, n, where, many);
}

/** A local function whose one statement answers a collection (`() => getDb().collection('x')`, `function x() { return db.collection('x') }`). */
function accessorCollection(ex: CodeExtractor, id: TSESTree.Identifier): string | null {
  const def = ex.variableOf(id)?.defs[0];
  const fn = def?.type === 'FunctionName' ? (def.node as Node) : def?.type === 'Variable' ? ((def.node as TSESTree.VariableDeclarator).init as Node | null) : null;
  const f = fn ? unwrap(fn) : null;
  if (!f || (f.type !== 'ArrowFunctionExpression' && f.type !== 'FunctionExpression' && f.type !== 'FunctionDeclaration') || f.params.length) return null;
  let body: Node | null = f.body as Node;
  if (body.type === 'BlockStatement') body = body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? (body.body[0].argument as Node | null) : null;
  let c = body ? unwrap(body) : null;
  if (c?.type === 'AwaitExpression') c = unwrap(c.argument);
  if (c?.type !== 'CallExpression' || lastName(c) !== 'collection' || !c.arguments[0]) return null;
  return staticString(c.arguments[0] as Node);
}

/** `orders` / `this.orders` holding `db.collection('orders')` (or `await getDb()).collection('orders')`): the collection's name */
function collectionOf(ex: CodeExtractor, recv: Node): string | null {
  const u = unwrap(recv);
  let init: Node | null = null;
  if (u.type === 'Identifier') {
    const def = ex.variableOf(u)?.defs[0];
    if (def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier') init = (def.node as TSESTree.VariableDeclarator).init ?? null;
  } else if (u.type === 'MemberExpression' && unwrap(u.object).type === 'ThisExpression') {
    init = thisFieldInit(u) ?? constructorFieldInit(ex, u);
  }
  if (!init) return null;
  let c = unwrap(init);
  if (c.type === 'AwaitExpression') c = unwrap(c.argument);
  if (c.type !== 'CallExpression' || lastName(c) !== 'collection' || !c.arguments[0]) return null;
  return staticString(c.arguments[0] as Node);
}

/** What `this.x` is set to in its class: `x = init` as a field, or `this.x = init` in the constructor. */
function thisFieldInit(member: TSESTree.MemberExpression): Node | null {
  const field = propName(member);
  let cur = (member as { parent?: Node }).parent;
  while (cur && cur.type !== 'ClassBody') cur = (cur as { parent?: Node }).parent;
  if (!field || !cur) return null;
  for (const m of cur.body) {
    if (m.type === 'PropertyDefinition' && propName(m) === field && m.value) return m.value as Node;
    // `get col() { return getDb().collection('clauses'); }`: what the getter returns
    if (m.type === 'MethodDefinition' && m.kind === 'get' && propName(m) === field && m.value.body?.body.length === 1 && m.value.body.body[0].type === 'ReturnStatement' && m.value.body.body[0].argument) {
      return m.value.body.body[0].argument as Node;
    }
    if (m.type === 'MethodDefinition' && m.kind === 'constructor' && m.value.body) {
      for (const st of m.value.body.body) {
        if (st.type !== 'ExpressionStatement' || st.expression.type !== 'AssignmentExpression') continue;
        const l = st.expression.left;
        if (l.type === 'MemberExpression' && l.object.type === 'ThisExpression' && propName(l) === field) return st.expression.right as Node;
      }
    }
  }
  return null;
}

/**
 * What `this.x` is set to by an old-style constructor function, read in one of its methods:
 * `function DAO(db) { this.col = db.collection('x'); this.m = function () { this.col... } }`,
 * `DAO.prototype.m = function () { this.col... }`, `DAO.prototype = { m() { this.col... } }`.
 */
function constructorFieldInit(ex: CodeExtractor, member: TSESTree.MemberExpression): Node | null {
  const field = propName(member);
  let fn = (member as { parent?: Node }).parent;
  while (fn && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') fn = (fn as { parent?: Node }).parent;
  if (!field || !fn) return null;
  const functionNamed = (id: Node): Node | null => {
    if (unwrap(id).type !== 'Identifier') return null;
    const def = ex.variableOf(unwrap(id) as TSESTree.Identifier)?.defs[0];
    if (def?.type === 'FunctionName') return def.node as Node;
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    return init && unwrap(init as Node).type === 'FunctionExpression' ? unwrap(init as Node) : null;
  };
  let ctor: Node | null = null;
  let up = (fn as { parent?: Node }).parent;
  if (up?.type === 'Property') up = (up as { parent?: Node }).parent?.parent; // `X.prototype = { m() {} }`: the assignment
  if (up?.type === 'AssignmentExpression') {
    const l = unwrap(up.left as Node);
    if (l.type === 'MemberExpression' && unwrap(l.object).type === 'MemberExpression' && propName(unwrap(l.object) as TSESTree.MemberExpression) === 'prototype') ctor = functionNamed((unwrap(l.object) as TSESTree.MemberExpression).object as Node);
    else if (l.type === 'MemberExpression' && propName(l) === 'prototype') ctor = functionNamed(l.object as Node);
    else if (l.type === 'MemberExpression' && unwrap(l.object).type === 'ThisExpression') {
      // `this.m = function () {}` inside the constructor itself
      let c = (up as { parent?: Node }).parent;
      while (c && c.type !== 'FunctionExpression' && c.type !== 'FunctionDeclaration') c = (c as { parent?: Node }).parent;
      ctor = c ?? null;
    }
  }
  ctor ??= fn;
  const body = (ctor as TSESTree.FunctionExpression).body;
  if (!body || body.type !== 'BlockStatement') return null;
  for (const st of body.body) {
    if (st.type !== 'ExpressionStatement' || st.expression.type !== 'AssignmentExpression') continue;
    const l = st.expression.left;
    if (l.type === 'MemberExpression' && l.object.type === 'ThisExpression' && propName(l) === field) return st.expression.right as Node;
  }
  return null;
}

// ------------------------------------------------------------------ model methods (Sequelize, Mongoose, TypeORM repositories)

const MODEL_OPS: Record<string, { many: boolean; style: 'pk' | 'filter' | 'options' | 'update' | 'criteria' | 'insert' | 'pipeline' }> = lookupTable({
  // Mongoose `Order.aggregate([{ $match: {...} }, { $group: ... }])`: filtered by its first `$match` stage
  aggregate: { many: true, style: 'pipeline' },
  findByPk: { many: false, style: 'pk' }, findById: { many: false, style: 'pk' }, findByIdAndUpdate: { many: false, style: 'pk' },
  findByIdAndDelete: { many: false, style: 'pk' }, findByIdAndRemove: { many: false, style: 'pk' },
  findOne: { many: false, style: 'filter' }, findOneOrFail: { many: false, style: 'filter' }, find: { many: true, style: 'filter' },
  findAll: { many: true, style: 'options' }, findAndCountAll: { many: true, style: 'options' }, findAndCount: { many: true, style: 'filter' },
  findOneBy: { many: false, style: 'criteria' }, findOneByOrFail: { many: false, style: 'criteria' }, findBy: { many: true, style: 'criteria' },
  countBy: { many: true, style: 'criteria' }, existsBy: { many: true, style: 'criteria' }, findAndCountBy: { many: true, style: 'criteria' },
  // (TypeORM 0.3 spelled it `exist` before renaming it `exists`: `repo.exist({ where: { id, tenantId } })`)
  exist: { many: false, style: 'filter' },
  count: { many: true, style: 'filter' }, countDocuments: { many: true, style: 'filter' }, exists: { many: false, style: 'filter' },
  findOneAndUpdate: { many: false, style: 'filter' }, findOneAndDelete: { many: false, style: 'filter' }, findOneAndRemove: { many: false, style: 'filter' },
  updateOne: { many: false, style: 'filter' }, updateMany: { many: true, style: 'filter' }, deleteOne: { many: false, style: 'filter' }, deleteMany: { many: true, style: 'filter' },
  destroy: { many: true, style: 'options' }, update: { many: true, style: 'update' }, delete: { many: true, style: 'criteria' }, softDelete: { many: true, style: 'criteria' },
  restore: { many: true, style: 'criteria' }, increment: { many: true, style: 'update' }, decrement: { many: true, style: 'update' },
  create: { many: false, style: 'insert' }, bulkCreate: { many: true, style: 'insert' }, insertMany: { many: true, style: 'insert' },
  save: { many: false, style: 'insert' }, insert: { many: false, style: 'insert' },
  // MikroORM: `em.nativeUpdate(Event, where, data)`, `em.nativeDelete(Ticket, where)` (also on a repository, without the entity)
  nativeUpdate: { many: true, style: 'update' }, nativeDelete: { many: true, style: 'criteria' },
});
const NOT_MODELS = new Set(['Object', 'Array', 'Math', 'JSON', 'Promise', 'Reflect', 'Number', 'String', 'Date', 'Map', 'Set', 'Buffer', 'URL', 'Intl', 'Symbol', 'Error', 'Boolean', 'RegExp', 'Proxy', 'WeakMap', 'Atomics', 'React', 'Response', 'Request', 'Headers', 'NextResponse', 'Sentry', 'Cypress', 'Bun', 'Deno']);

function modelMethod(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[], base: Node): QueryFact | null {
  // Model.findOne(...).lean().exec(), repo.find(...).then()
  const idx = links.findIndex((l) => MODEL_OPS[l.name]);
  if (idx !== 0) return idx > 0 && links.slice(0, idx).every((l) => l.name === 'getRepository' || l.name === 'withDeleted') ? modelFromRepoLink(ex, n, links, idx) : null;
  const l = links[0];
  // `getBlogPosts().find((p) => p.slug === slug)`: an array's method, given a predicate (no ORM takes one first)
  if (l.args[0] && /^(?:ArrowFunctionExpression|FunctionExpression)$/.test(unwrap(l.args[0]).type)) return null;
  const model = modelOfReceiver(ex, base);
  // TypeORM's EntityManager names the entity first: `dataSource.manager.findOneBy(Order, { id })`, `entityManager.delete(Order, id)`
  const a0 = l.args[0] ? unwrap(l.args[0]) : null;
  if (!model && a0?.type === 'Identifier' && /^[A-Z]/.test(a0.name) && !NOT_MODELS.has(a0.name) && /(?:^|\.)(?:manager|entityManager|em)$/i.test(textOf(ex.src, base, 80))) return modelQuery(ex, n, a0.name, l, base);
  if (!model) return null;
  const q = modelQuery(ex, n, model, l, base);
  // Mongoose's query builder narrows the filter further: `Patient.findOne({ _id: id }).where('clinic').equals(user.clinic)`,
  // `.where('clinic', user.clinic)`, `.where({ clinic: user.clinic })`
  if (q && !/^(?:create|insert|insertMany|bulkCreate|save)$/.test(q.op)) {
    const extra = mongooseBuilderTerms(ex, links.slice(1));
    if (extra.length) q.where = [...(q.where ?? []), ...extra];
  }
  return q;
}

/** Mongoose's own Query methods (what narrows or shapes a query, or runs it), not a schema's query helpers */
const MONGOOSE_QUERY_METHOD = /^(?:equals|select|sort|limit|skip|populate|lean|exec|then|catch|finally|session|setOptions|or|and|nor|in|nin|gt|gte|lt|lte|ne|regex|elemMatch|exists|size|all|slice|hint|comment|collation|read|cursor|count|countDocuments|distinct|orFail|transform|projection|batchSize|maxTimeMS|allowDiskUse|explain|cast|merge|mod|near|within|box|center|polygon|circle|geometry|intersects|set|setUpdate|setQuery|updateOne|updateMany|deleteOne|deleteMany|replaceOne|findOne|find|sum|tailable|wtimeout|j|w|writeConcern|readConcern|get|toConstructor|getFilter|getQuery|getOptions|getUpdate|map|lt)$/;

function mongooseBuilderTerms(ex: CodeExtractor, links: Link[]): WhereTerm[] {
  const out: WhereTerm[] = [];
  for (let i = 0; i < links.length; i++) {
    const l = links[i];
    // a query helper of the schema's (`schema.query.byClinic = function (id) { return this.where({ clinicId: id }) }`)
    // handed the caller's tenant: `LabResult.find({ patientId }).byClinic(req.user.clinicId)` narrows to it
    if (l.name !== 'where' && l.args.length === 1 && !MONGOOSE_QUERY_METHOD.test(l.name)) {
      const taint = ex.taintOf(l.args[0]);
      if (taint.some((t) => t.startsWith('session:')) && !taint.some((t) => t.startsWith('request:'))) out.push({ path: l.name, taint, pos: posOf(l.args[0]) });
      continue;
    }
    if (l.name !== 'where' || !l.args[0]) continue;
    const field = staticString(l.args[0]);
    if (field !== null && l.args[1]) out.push({ path: field, taint: ex.taintOf(l.args[1]), pos: posOf(l.args[1]) });
    else if (field !== null && links[i + 1]?.name === 'equals' && links[i + 1].args[0]) out.push({ path: field, taint: ex.taintOf(links[i + 1].args[0]), pos: posOf(links[i + 1].args[0]) });
    else if (field === null) {
      const o = objectArg(ex, l.args[0]);
      if (o) out.push(...flattenFilter(ex, o).map(normId));
    }
  }
  return out;
}

function modelFromRepoLink(ex: CodeExtractor, n: TSESTree.CallExpression, links: Link[], idx: number): QueryFact | null {
  const repo = links.find((l) => l.name === 'getRepository');
  const model = repo?.args[0] ? tableName(repo.args[0]) ?? staticString(repo.args[0]) : null;
  return model ? modelQuery(ex, n, model, links[idx], null) : null;
}

/**
 * A Mongoose / Sequelize / TypeORM method called on a model a generic repository holds (`this.model.findById(id)`):
 * read as that ORM's query on a model not named yet (the linker binds it where the repository is constructed).
 */
export function heldModelQuery(ex: CodeExtractor, n: TSESTree.CallExpression, op: string): QueryFact | null {
  if (!MODEL_OPS[op]) return null;
  const callee = unwrap(n.callee);
  if (callee.type !== 'MemberExpression') return null;
  const q = modelQuery(ex, n, '', { name: op, args: n.arguments as Node[], node: n }, null);
  // (a filter handed in whole, `find(filter) { return this.model.find(filter) }`, is what the caller passes: no id)
  const a0 = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  if (q && a0?.type === 'Identifier' && !objectArg(ex, a0) && /^(?:filter|options)$/.test(MODEL_OPS[op].style)) q.where = [{ path: '*', taint: ex.taintOf(a0), pos: posOf(a0) }];
  return q;
}

/** `Invoice.findOne(...)` with no chain before it */
function modelBaseCall(_ex: CodeExtractor, _n: TSESTree.CallExpression, _base: Node): QueryFact | null {
  return null;
}

function modelQuery(ex: CodeExtractor, n: TSESTree.CallExpression, model: string, l: Link, base: Node | null): QueryFact | null {
  const spec = MODEL_OPS[l.name];
  let args = l.args;
  // entityManager.findOne(Invoice, { where }) / manager.delete(Invoice, id)
  if (base && args[0] && unwrap(args[0]).type === 'Identifier' && /^[A-Z]/.test((unwrap(args[0]) as TSESTree.Identifier).name) && /manager|em$/i.test(ex.src.slice(base.range[0], base.range[1]))) {
    model = (unwrap(args[0]) as TSESTree.Identifier).name;
    args = args.slice(1);
  }
  const orm: Orm = ormOf(ex, /^(?:findById|findByIdAnd\w+|findOneAnd\w+|countDocuments|updateOne|deleteOne|updateMany|deleteMany)$/.test(l.name) ? 'mongoose'
    : /^(?:findByPk|findAll|findAndCountAll|destroy)$/.test(l.name) ? 'sequelize'
      : /By(?:OrFail)?$|^softDelete$|^findAndCount$|^findOneOrFail$/.test(l.name) ? 'typeorm' : 'orm');
  let where: WhereTerm[] | null = null;
  let relations: string[] | undefined;
  const a0 = args[0];
  // `doc.save()` with no argument writes back a document, not an entity handed to a repository
  if (l.name === 'save') return args[0] ? repositorySave(ex, n, orm, model, args[0]) : fact(orm, model, 'save', n, null, false);
  if (spec.style === 'insert') return fact(orm, model, 'insert', n, null, false);
  if (spec.style === 'pipeline') {
    const stages = a0 ? unwrap(a0) : null;
    if (stages?.type !== 'ArrayExpression') return null;
    const first = stages.elements[0] ? unwrap(stages.elements[0] as Node) : null;
    const match = first?.type === 'ObjectExpression' ? prop(first, '$match') : null;
    const mo = match ? objectArg(ex, match) : null;
    const terms = mo ? flattenFilter(ex, mo).map(normId) : null;
    return fact('mongoose', model, 'aggregate', n, terms?.length ? terms : null, true);
  }
  const idTerm = (x: Node): WhereTerm[] => [{ path: 'id', taint: ex.taintOf(x), pos: posOf(x) }];
  switch (spec.style) {
    case 'pk': {
      where = a0 ? idTerm(a0) : null;
      // Sequelize `findByPk(id, { include: [{ model: Client, where: { practiceId } }] })`: the required join scopes it too
      const o1 = args[1] ? objectArg(ex, args[1] as Node) : null;
      const joined = o1 ? includeScoping(ex, o1) : [];
      if (where && joined.length) where = [...where, ...joined];
      break;
    }
    case 'options':
    case 'filter': {
      const o = a0 ? objectArg(ex, a0) : null;
      // `findAll({ ...options, order })` with `const options = { where, include }`
      const spreadWhere = o && !prop(o, 'where') ? o.properties.map((p) => (p.type === 'SpreadElement' ? objectArg(ex, p.argument as Node) : null)).map((x) => (x ? prop(x, 'where') : null)).find((x) => x) : null;
      if (o && prop(o, 'where')) where = filterTerms(ex, prop(o, 'where')!);
      else if (spreadWhere) where = filterTerms(ex, spreadWhere);
      else if (spec.style === 'filter' && o) where = o.properties.length ? flattenFilter(ex, o).map(normId) : null;
      else if (spec.style === 'filter' && a0 && !o) where = idTerm(a0);
      // Sequelize scopes through joined rows: `include: [{ model: User, where: { teamId: actor.teamId } }]`
      // is an inner join (an include with a where is required unless `required: false`)
      // (also `findOne({ where, include: [{ model: Lead, where }] })`, a method other ORMs share: the `model` of its
      // include items says Sequelize)
      const joined = o && (spec.style === 'options' || sequelizeInclude(ex, o)) ? includeScoping(ex, o) : [];
      if (joined.length) where = [...(where ?? []), ...joined];
      relations = o ? includedModels(ex, o) : undefined;
      break;
    }
    case 'criteria':
      if (a0) {
        const o = objectArg(ex, a0);
        where = o ? flattenFilter(ex, o).map(normId) : idTerm(a0);
      }
      break;
    case 'update': {
      // Sequelize update(values, { where }); TypeORM update(criteria, values)
      const o1 = args[1] ? objectArg(ex, args[1]) : null;
      if (o1 && prop(o1, 'where')) where = filterTerms(ex, prop(o1, 'where')!);
      else if (a0) {
        const o0 = objectArg(ex, a0);
        where = o0 ? flattenFilter(ex, o0).map(normId) : idTerm(a0);
      }
      break;
    }
  }
  const many = spec.many && !where?.some((t) => t.path === 'id');
  return fact(orm, model, l.name, n, where, many, relations?.length ? { relations } : {});
}

/** The models a Sequelize read includes: `include: [Client]`, `[{ model: Client, as: 'customer' }]` (the alias, else the model). */
function includedModels(ex: CodeExtractor, options: TSESTree.ObjectExpression): string[] | undefined {
  const inc = prop(options, 'include');
  if (!inc) return undefined;
  const u = unwrap(inc);
  const items = u.type === 'ArrayExpression' ? (u.elements.filter(Boolean) as Node[]) : [u];
  const out: string[] = [];
  for (const item of items) {
    const i = unwrap(item);
    if (i.type === 'Identifier') { out.push(i.name); continue; }
    const o = objectArg(ex, item);
    if (!o) continue;
    const alias = staticString(prop(o, 'as') ?? undefined);
    const m = prop(o, 'model');
    const mu = m ? unwrap(m) : null;
    const name = alias ?? (mu?.type === 'Identifier' ? mu.name : mu?.type === 'MemberExpression' ? propName(mu) : undefined);
    if (name) out.push(name);
  }
  return out;
}

/**
 * TypeORM `repository.save(x)` inserts or updates by the primary key `x` carries:
 * - a new entity (`repo.create({...})`, `new Invoice()`, a literal or array without `id`, a request
 *   DTO) is an insert;
 * - a literal with an `id` (`save({ id: params.id, ...dto })`) updates the row with that id: it is
 *   judged by that id;
 * - a row the code holds (read earlier, handed in by a caller) is written back: the read that fetched
 *   it is what gets judged (`ofRow`), as for `doc.save()`.
 */
function repositorySave(ex: CodeExtractor, n: TSESTree.CallExpression, orm: Orm, model: string, arg: Node | undefined, depth = 0): QueryFact {
  const insert = () => fact(orm, model, 'insert', n, null, false);
  if (!arg || depth > 3) return insert();
  const u = unwrap(arg);
  if (u.type === 'ArrayExpression' || u.type === 'NewExpression') return insert();
  if (u.type === 'ObjectExpression') {
    const id = prop(u, 'id');
    return id ? fact(orm, model, 'save', n, [{ path: 'id', taint: ex.taintOf(id), pos: posOf(id) }], false) : insert();
  }
  if (u.type === 'AwaitExpression') return repositorySave(ex, n, orm, model, u.argument as Node, depth + 1);
  if (u.type === 'CallExpression') {
    const c = unwrap(u.callee);
    const name = c.type === 'MemberExpression' ? propName(c) : null;
    if (name === 'create') return insert();
    // `repo.merge(row, dto)`, `Object.assign(row, dto)`: the first argument is what gets saved
    if ((name === 'merge' || name === 'assign') && u.arguments[0]) return repositorySave(ex, n, orm, model, u.arguments[0] as Node, depth + 1);
    return insert();
  }
  if (u.type === 'Identifier') {
    const def = ex.variableOf(u)?.defs[0];
    const decl = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : null;
    if (decl?.init && decl.id.type === 'Identifier') {
      const init = unwrap(decl.init as Node);
      const inner = init.type === 'AwaitExpression' ? unwrap(init.argument as Node) : init;
      // a row read into the variable (`const order = await repo.findOneBy(...)`) is written back
      if (inner.type === 'CallExpression' && !/^(?:create|merge|assign)$/.test((unwrap(inner.callee).type === 'MemberExpression' ? propName(unwrap(inner.callee) as TSESTree.MemberExpression) : '') ?? '')) {
        return fact(orm, model, 'save', n, null, false, { ofRow: u.name });
      }
      return repositorySave(ex, n, orm, model, init, depth + 1);
    }
    // a parameter: request data is a new record; anything else is a row the caller holds
    if (ex.taintOf(u).some((t) => t.startsWith('request:'))) return insert();
    return fact(orm, model, 'save', n, null, false, { ofRow: u.name });
  }
  // `save(req.body)`, `save(dto.items)`: new records from the request
  return insert();
}

/**
 * Conditions on required included rows that tie the query to the caller (a session value) or to a
 * row already read. Client-supplied conditions there are left out: they narrow, they do not scope.
 */
function includeScoping(ex: CodeExtractor, options: TSESTree.ObjectExpression, depth = 0): WhereTerm[] {
  const inc = prop(options, 'include');
  if (!inc || depth > 3) return [];
  const u = unwrap(inc);
  const items = u.type === 'ArrayExpression' ? (u.elements.filter(Boolean) as Node[]) : [u];
  const out: WhereTerm[] = [];
  for (const item of items) {
    const o = objectArg(ex, item);
    if (!o) continue;
    const required = prop(o, 'required');
    if (required && unwrap(required).type === 'Literal' && (unwrap(required) as TSESTree.Literal).value === false) continue;
    const w = prop(o, 'where');
    // (the caller's tenant may come from a helper of another file, `const { practiceId } = caller(request)`: its taint is
    // resolved with the route; a value the client sent is no scoping of the join)
    // (named for the joined model, Sequelize's `$Document.teamId$`: the column is the join's, and the queried model does not
    // learn a tenant key from it)
    const joinedModel = textOf(ex.src, prop(o, 'model') ?? o, 40).replace(/[^\w$]/g, '') || 'include';
    if (w) out.push(...filterTerms(ex, w).filter((t) => t.taint.some((x) => !x.startsWith('request:'))).map((t) => ({ ...t, path: `$${joinedModel}.${t.path}` })));
    out.push(...includeScoping(ex, o, depth + 1));
  }
  return out;
}

/** `{ where, include: [{ model: Lead, where: {...} }] }`: Sequelize options, the include naming its `model`. */
function sequelizeInclude(ex: CodeExtractor, options: TSESTree.ObjectExpression): boolean {
  const inc = prop(options, 'include');
  if (!inc || !prop(options, 'where')) return false;
  const u = unwrap(inc);
  const items = u.type === 'ArrayExpression' ? (u.elements.filter(Boolean) as Node[]) : [u];
  return items.some((item) => {
    const o = objectArg(ex, item);
    return !!o && !!prop(o, 'model');
  });
}

function normId(t: WhereTerm): WhereTerm {
  return t.path === '_id' || t.path.startsWith('_id.') ? { ...t, path: 'id' } : t;
}

function filterTerms(ex: CodeExtractor, n: Node): WhereTerm[] {
  const u = unwrap(n);
  if (u.type === 'ArrayExpression' && u.elements.length && u.elements.every((e) => e && unwrap(e as Node).type === 'ObjectExpression')) return flattenAlternatives(ex, u).map(normId);
  const o = objectArg(ex, n);
  // (through the variable when it is one: keys assigned into it after it was made count, `where.accountId = mine`)
  return o ? (u.type === 'Identifier' ? flattenFilterOf(ex, u) : flattenFilter(ex, o)).map(normId) : [{ path: '*', taint: ex.taintOf(n), pos: posOf(n) }];
}

/**
 * The model a receiver stands for: `Invoice`, `db.Invoice`, `models.Invoice`, `this.invoiceRepository`
 * (with `@InjectRepository(Invoice)`), `invoiceRepo`, `this.invoiceModel`. Null when it is not a model.
 */
// (a command object of a use case is one too: `GetFeatureFlagCommand.create({ organizationId, key })` builds the
// use case's validated input)
const DTO_CLASS = /[a-z0-9](?:Dto|DTO|Schema|Response|Request|Input|Args|Params|Payload|Validator|Serializer|Error|Exception|Command)$/;

/** an import from the app's models (or entities) folder: `#models/lease`, `../models/Lease`, `@/entities/lease.entity` */
// (also the folder's index itself: `require('../models')`, `from '@/models'`, where one file exports every model)
const MODELS_MODULE = /(?:^|[/#])(?:models?|entities)(?:\/[^/]+)?$/i;

export function modelOfReceiver(ex: CodeExtractor, recv: Node): string | null {
  const u = unwrap(recv);
  if (u.type === 'Identifier') {
    if (NOT_MODELS.has(u.name)) return null;
    // (a data-transfer or schema class is no table: nestjs-zod's `UserInfoDto.create({...})` parses a response body)
    // (a model named like one, `MaintenanceRequest`, `LeaveRequest`, `PullRequest`, imported from the models folder
    // (`#models/maintenance_request`, `../models/leave_request`, `@/entities/...`) is a table all the same)
    if (/^[A-Z][A-Za-z0-9]*$/.test(u.name) && !/^[A-Z0-9_]+$/.test(u.name)) return DTO_CLASS.test(u.name) && !MODELS_MODULE.test(ex.importSourceOf(u) ?? '') ? null : u.name;
    const m = /^(\w+?)(?:Repo|Repository|Model|Collection|Entity)$/.exec(u.name);
    return m ? m[1] : repositoryBound(ex, u, false);
  }
  if (u.type === 'CallExpression' && lastName(u) === 'getRepository' && u.arguments[0]) return tableName(u.arguments[0] as Node) ?? staticString(u.arguments[0] as Node);
  // `const products = () => AppDataSource.getRepository(Product)` then `products().findOneBy(...)`
  if (u.type === 'CallExpression' && !u.arguments.length && unwrap(u.callee).type === 'Identifier') {
    const callee = unwrap(u.callee) as TSESTree.Identifier;
    return repositoryBound(ex, callee, true) ?? importedRepositoryGetter(ex, callee);
  }
  if (u.type === 'CallExpression' && lastName(u) === 'model' && u.arguments[0]) return staticString(u.arguments[0] as Node);
  if (u.type === 'MemberExpression') {
    const p = propName(u);
    if (!p) return null;
    if (unwrap(u.object).type === 'ThisExpression') {
      const injected = ex.injectedModelOf(u);
      if (injected) return injected;
      const m = /^(\w+?)(?:Repo|Repository|Model|Collection|Entity)$/.exec(p);
      return m ? m[1] : null;
    }
    if (/^[A-Z][A-Za-z0-9]*$/.test(p) && !/^[A-Z0-9_]+$/.test(p)) {
      const ch = memberChain(u);
      return ch && /^(?:db|models?|sequelize|orm|database|ctx|mongoose|schema)$/i.test(ch[ch.length - 2] ?? '') ? p : null;
    }
    const m = /^(\w+?)(?:Repo|Repository|Model|Collection)$/.exec(p);
    return m ? m[1] : null;
  }
  return null;
}

/**
 * The entity of a TypeORM repository a name of this file holds (`const repo = dataSource.getRepository(Invoice)`)
 * or, called, returns (`const invoices = () => dataSource.getRepository(Invoice)`, a function whose one
 * statement returns it). Null when it holds anything else.
 */
function repositoryBound(ex: CodeExtractor, id: TSESTree.Identifier, called: boolean): string | null {
  const def = ex.variableOf(id)?.defs[0];
  let v: Node | null | undefined = null;
  if (def?.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier') v = (def.node as TSESTree.VariableDeclarator).init;
  else if (def?.type === 'FunctionName' && called) v = def.node as Node;
  if (!v) return null;
  v = unwrap(v);
  if (called) {
    if (v.type !== 'ArrowFunctionExpression' && v.type !== 'FunctionExpression' && v.type !== 'FunctionDeclaration') return null;
    const body = v.body;
    if (body.type === 'BlockStatement') {
      const only = body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? body.body[0].argument : null;
      if (!only) return null;
      v = unwrap(only);
    } else v = unwrap(body);
  }
  return v.type === 'CallExpression' && lastName(v) === 'getRepository' && v.arguments[0] ? tableName(v.arguments[0] as Node) ?? staticString(v.arguments[0] as Node) : null;
}

/**
 * A repository getter the app's own data module exports (`import { experiments } from '../data-source'`
 * with `export const experiments = () => AppDataSource.getRepository(Experiment)`), called as
 * `experiments().findOneBy({ id })`: that module is not read here, so the getter's name stands for the
 * entity (`experiments`, `userRepo`, `getInvoiceRepository`), as a repository variable's name does. Only
 * names imported from a relative or aliased path (not `cookies()` of `next/headers`) and named like a
 * collection or a repository.
 */
function importedRepositoryGetter(ex: CodeExtractor, id: TSESTree.Identifier): string | null {
  const def = ex.variableOf(id)?.defs[0];
  if (def?.type !== 'ImportBinding') return null;
  const decl = def.parent as TSESTree.ImportDeclaration | undefined;
  const source = decl?.type === 'ImportDeclaration' ? String(decl.source.value) : '';
  if (!/^(?:\.{1,2}\/|[@~#]\/)/.test(source)) return null;
  const named = /^(?:get)?([A-Za-z][A-Za-z0-9]*?)(?:Repo|Repository)$/.exec(id.name);
  if (named) return named[1];
  // a plural noun: `experiments`, `users`, `categories` (not `db`, `cache`, `store`)
  return /^[a-z][A-Za-z0-9]*[a-z]s$/.test(id.name) && !/(?:ss|us|is)$/.test(id.name) ? id.name : null;
}

function objectArg(ex: CodeExtractor, n: Node): TSESTree.ObjectExpression | null {
  const u = unwrap(n);
  if (u.type === 'ObjectExpression') return u;
  if (u.type === 'Identifier') {
    const def = ex.variableOf(u)?.defs[0];
    if (def?.type === 'Variable') {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      if (init && unwrap(init).type === 'ObjectExpression' && (def.node as TSESTree.VariableDeclarator).id.type === 'Identifier') return unwrap(init) as TSESTree.ObjectExpression;
    }
  }
  return null;
}

function prop(o: TSESTree.ObjectExpression, key: string): Node | null {
  for (const p of o.properties) if (p.type === 'Property' && propName(p) === key) return p.value as Node;
  return null;
}
