/** Database accesses in one file: Prisma delegate calls and raw SQL (pg, mysql2, tagged templates). */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { QueryFact, WhereTerm, Taint } from '../types';
import { Node, unwrap, propName, memberChain, posOf, staticString, lastName, textOf } from './ast';
import { analyzeSql } from '../data/sql';
import type { CodeExtractor } from './extractCode';
import { detectOrmQuery, heldModelQuery } from './ormQueries';
import { thisFieldDelegate, thisFieldIsPrisma, thisFieldFromConstructor } from './classes';
import { lookupTable } from '../lookupTable';

const PRISMA_OPS: Record<string, { kind: QueryFact['kind']; many: boolean }> = lookupTable({
  findUnique: { kind: 'read', many: false },
  findUniqueOrThrow: { kind: 'read', many: false },
  findFirst: { kind: 'read', many: false },
  findFirstOrThrow: { kind: 'read', many: false },
  findMany: { kind: 'read', many: true },
  count: { kind: 'read', many: true },
  aggregate: { kind: 'read', many: true },
  groupBy: { kind: 'read', many: true },
  create: { kind: 'write', many: false },
  createMany: { kind: 'write', many: true },
  createManyAndReturn: { kind: 'write', many: true },
  update: { kind: 'write', many: false },
  updateMany: { kind: 'write', many: true },
  updateManyAndReturn: { kind: 'write', many: true },
  upsert: { kind: 'write', many: false },
  delete: { kind: 'delete', many: false },
  deleteMany: { kind: 'delete', many: true },
});

const PRISMA_CLIENT_NAME = /prisma|^db$|^client$|^tx$|^trx$|^database$|^orm$|^ctx$|^transaction$|^p$/i;
const SQL_METHODS = new Set(['query', 'execute', 'queryOne', 'queryRows', 'one', 'oneOrNone', 'many', 'manyOrNone', 'any', 'none', 'result', 'unsafe', '$queryRawUnsafe', '$executeRawUnsafe', 'raw', 'all', 'run', 'prepare']);
const SQL_TAGS = new Set(['sql', 'SQL', '$queryRaw', '$executeRaw', 'query', 'unsafe', 'raw']);
const SQL_HELPER_NAME = /^(?:query|execute|sql|db|queryOne|queryAll|queryRows|queryOneOrNone|oneOrNone|manyOrNone|select|run)$|(?:Query|Sql|SQL)$/;
/** names of functions that take text without running it (loggers, translations, formatting) */
const NOT_SQL_HELPER = /^(?:t|_{1,2}|i18n|translate|format|log|debug|info|warn|error|trace|print|printf|sprintf|escape|parse|explain)$/i;
const LOOKS_SQL = /^\s*(?:\(\s*)?(select|insert|update|delete|with)\b/i;

// (Prisma's, and MongoDB / Mongoose's `$and` / `$or`)
const WRAPPER_KEYS = new Set(['AND', 'OR', 'NOT', '$and', '$or']);

export function detectQuery(ex: CodeExtractor, n: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression): QueryFact | null {
  return knownQuery(ex, n) ?? (n.type === 'CallExpression' ? heldQuery(ex, n) : null);
}

/**
 * `this.model.findUnique(...)` in a generic repository (`class BaseRepository { constructor(protected model) {} }`):
 * the model is bound where the class is constructed (model/heldModels.ts), the field's name stands for it here.
 */
function heldQuery(ex: CodeExtractor, n: TSESTree.CallExpression): QueryFact | null {
  const callee = unwrap(n.callee);
  if (callee.type !== 'MemberExpression') return null;
  const op = propName(callee);
  if (!op) return null;
  const prismaOp = PRISMA_OPS[op];
  const recv = unwrap(callee.object);
  const held = recv.type === 'MemberExpression' && unwrap(recv.object).type === 'ThisExpression' ? thisFieldFromConstructor(recv) : null;
  if (!held) return null;
  const a0 = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  const prismaShaped = !!prismaOp && (/^(?:findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|createMany|createManyAndReturn|updateManyAndReturn|upsert|groupBy)$/.test(op) ||
    (a0?.type === 'ObjectExpression' && a0.properties.some((p) => p.type === 'Property' && /^(?:where|data|_count|_sum)$/.test(propName(p) ?? ''))));
  if (prismaShaped) {
    return {
      orm: 'prisma', model: '', heldBy: held, op, kind: prismaOp.kind, many: prismaOp.many, pos: posOf(n),
      where: prismaWhere(ex, n.arguments[0] as Node | undefined), resultVar: resultVarOf(n), ...prismaRelations(ex, n.arguments[0] as Node | undefined),
    };
  }
  const q = heldModelQuery(ex, n, op);
  return q ? { ...q, heldBy: held } : null;
}

function knownQuery(ex: CodeExtractor, n: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression): QueryFact | null {
  if (n.type === 'TaggedTemplateExpression') return taggedSql(ex, n);
  const callee = unwrap(n.callee);
  // a project's own SQL helper (`export const query = (text, params) => pool.query(text, params)`,
  // imported as `query`, `dbQuery`, `sql`, `execute`): a call whose first argument is SQL text
  // (any name when the call is awaited, `const lease = await one('SELECT * FROM leases WHERE id = ?', [id])`, `await first(...)`:
  // SQL text handed to an awaited function is run; a logger or a translation is not awaited)
  if (callee.type === 'Identifier' && n.arguments.length >= 1 && (SQL_HELPER_NAME.test(callee.name) || (awaited(n) && !NOT_SQL_HELPER.test(callee.name)))) return callSql(ex, n);
  if (callee.type !== 'MemberExpression') return null;
  const op = propName(callee);
  if (!op) return null;
  const prismaOp = PRISMA_OPS[op];
  if (prismaOp) {
    const obj = unwrap(callee.object);
    if (obj.type === 'MemberExpression') {
      const model = propName(obj);
      const head = memberChain(obj.object);
      // Prisma delegates are camelCase (`db.invoice`); `db.Invoice` is a Sequelize model
      if (model && !model.startsWith('$') && /^[a-z]/.test(model) && head && PRISMA_CLIENT_NAME.test(head[head.length - 1])) {
        return {
          orm: 'prisma', model, op, kind: prismaOp.kind, many: prismaOp.many, pos: posOf(n),
          where: prismaWhere(ex, n.arguments[0] as Node | undefined), resultVar: resultVarOf(n), ...prismaRelations(ex, n.arguments[0] as Node | undefined),
        };
      }
      // `this._post.model.post.findMany(...)` with `constructor(private _post: PrismaRepository<'post'>)`: a field typed as a
      // Prisma client or a wrapper around one (`PrismaService`), the delegate one or two members down
      if (model && !model.startsWith('$') && /^[a-z]/.test(model) && head && head[0] === 'this' && head.length >= 2 && head.length <= 3) {
        let m: Node = unwrap(obj.object as Node);
        while (m.type === 'MemberExpression' && unwrap(m.object as Node).type !== 'ThisExpression') m = unwrap(m.object as Node);
        if (m.type === 'MemberExpression' && thisFieldIsPrisma(m)) {
          return {
            orm: 'prisma', model, op, kind: prismaOp.kind, many: prismaOp.many, pos: posOf(n),
            where: prismaWhere(ex, n.arguments[0] as Node | undefined), resultVar: resultVarOf(n), ...prismaRelations(ex, n.arguments[0] as Node | undefined),
          };
        }
      }
      // `this.users.findUnique(...)` with `public users = new PrismaClient().user` (a service holding its model's delegate)
      const held = unwrap(obj.object as Node).type === 'ThisExpression' ? thisFieldDelegate(obj) : null;
      if (held && /^[a-z]/.test(held.model) && !held.model.startsWith('$') && prismaClientExpr(held.client)) {
        return {
          orm: 'prisma', model: held.model, op, kind: prismaOp.kind, many: prismaOp.many, pos: posOf(n),
          where: prismaWhere(ex, n.arguments[0] as Node | undefined), resultVar: resultVarOf(n), ...prismaRelations(ex, n.arguments[0] as Node | undefined),
        };
      }
    }
  }
  if (SQL_METHODS.has(op) && n.arguments.length >= 1) {
    const q = callSql(ex, n);
    if (q) return q;
  }
  return detectOrmQuery(ex, n);
}

/** `new PrismaClient()`, `prisma`, `this.prisma`, `db`: what a Prisma delegate hangs off. */
function prismaClientExpr(n: Node): boolean {
  if (n.type === 'NewExpression') return n.callee.type === 'Identifier' && /PrismaClient$/.test(n.callee.name);
  const chain = memberChain(n);
  return !!chain && PRISMA_CLIENT_NAME.test(chain[chain.length - 1]);
}

/** Filter terms of an object literal (`{ id, orgId: user.orgId }`, Mongo `{ _id: id }`). */
export function flattenFilter(ex: CodeExtractor, o: TSESTree.ObjectExpression): WhereTerm[] {
  const out: WhereTerm[] = [];
  flatten(ex, o, '', out, 0);
  return out;
}

/**
 * A filter handed over as a local object (`const where = { accountId }; where.status = q.status; Model.findAll({ where })`):
 * flattened through its variable, so the keys assigned into it later, and a request object copied over it
 * (`Object.assign(where, req.query)`), are seen.
 */
export function flattenFilterOf(ex: CodeExtractor, n: Node): WhereTerm[] {
  const out: WhereTerm[] = [];
  flatten(ex, n, '', out, 0);
  return out;
}

/** A where given as an array of alternatives (TypeORM `where: [{ id, companyId }, { id, active: true }]`). */
export function flattenAlternatives(ex: CodeExtractor, arr: TSESTree.ArrayExpression): WhereTerm[] {
  const out: WhereTerm[] = [];
  flatten(ex, arr, '', out, 0);
  return out;
}

/**
 * The relations a Prisma read brings along with its rows: the keys of `include` that are not `false`, and the keys of
 * `select` that select into a relation (`customer: { select: { name: true } }`, `customer: true` under `include`).
 */
function prismaRelations(ex: CodeExtractor, arg: Node | undefined): { relations?: string[]; scopedRelations?: string[] } {
  if (!arg) return {};
  const obj = resolveObject(ex, arg);
  if (!obj) return {};
  const out: string[] = [];
  const scoped: string[] = [];
  for (const p of obj.properties) {
    if (p.type !== 'Property') continue;
    const key = propName(p);
    if (key !== 'include' && key !== 'select') continue;
    const inner = unwrap(p.value as Node);
    if (inner.type !== 'ObjectExpression') continue;
    for (const q of inner.properties) {
      if (q.type !== 'Property') continue;
      const name = propName(q);
      const v = unwrap(q.value as Node);
      if (!name || name === '_count') continue;
      if (key === 'include' ? !(v.type === 'Literal' && v.value === false) : v.type === 'ObjectExpression') out.push(name);
      // (`users: { where: { userId: session.user.id } }`: the related rows kept are the caller's own)
      const w = v.type === 'ObjectExpression' ? v.properties.find((x) => x.type === 'Property' && propName(x) === 'where') : undefined;
      if (w && w.type === 'Property') {
        const terms: WhereTerm[] = [];
        flatten(ex, w.value as Node, '', terms, 0);
        if (terms.some((t) => t.taint.some((x) => x.startsWith('session:') && !x.startsWith('session:db.')))) scoped.push(name);
      }
    }
  }
  return { ...(out.length ? { relations: out } : {}), ...(scoped.length ? { scopedRelations: scoped } : {}) };
}

function prismaWhere(ex: CodeExtractor, arg: Node | undefined): WhereTerm[] | null {
  if (!arg) return null;
  const obj = resolveObject(ex, arg);
  if (!obj) return [{ path: '*', taint: ex.taintOf(arg), pos: posOf(arg) }];
  // (`findMany({ ...query, omit })` with `const query = buildWebhooksQuery(workspaceIds, params)`: the options, `where`
  // among them, are made elsewhere; what they filter on is unknown, not nothing)
  let madeElsewhere: Node | null = null;
  for (const p of obj.properties) {
    if (p.type === 'Property' && propName(p) === 'where') {
      const out: WhereTerm[] = [];
      flatten(ex, p.value as Node, '', out, 0);
      return out.map(compoundUniqueTerm);
    }
    if (p.type === 'SpreadElement') {
      const inner = resolveObject(ex, p.argument);
      if (inner) for (const q of inner.properties) if (q.type === 'Property' && propName(q) === 'where') {
        const out: WhereTerm[] = [];
        flatten(ex, q.value as Node, '', out, 0);
        return out.map(compoundUniqueTerm);
      }
      if (!inner && !madeElsewhere) madeElsewhere = p.argument;
    }
  }
  return madeElsewhere ? [{ path: '*', taint: ex.taintOf(madeElsewhere), pos: posOf(madeElsewhere) }] : null;
}

/**
 * A field of a Prisma compound unique key (`where: { userId_organisationId: { userId, organisationId } }`, named for the
 * fields of an `@@unique([userId, organisationId])`) filters by that field, as if it stood alone.
 */
function compoundUniqueTerm(t: WhereTerm): WhereTerm {
  const segs = t.path.split('.');
  if (segs.length < 2 || !segs[0].includes('_')) return t;
  const fields = segs[0].split('_');
  return fields.length >= 2 && fields.includes(segs[1]) ? { ...t, path: segs.slice(1).join('.') } : t;
}

/** An object literal, following a local `const where = {...}` once or twice. */
function resolveObject(ex: CodeExtractor, n: Node, depth = 0): TSESTree.ObjectExpression | null {
  const u = unwrap(n);
  if (u.type === 'ObjectExpression') return u;
  if (u.type === 'Identifier' && depth < 3) {
    const v = ex.variableOf(u);
    const def = v?.defs[0];
    if (def?.type === 'Variable') {
      const decl = def.node as TSESTree.VariableDeclarator;
      if (decl.init && decl.id.type === 'Identifier') return resolveObject(ex, decl.init, depth + 1);
    }
  }
  return null;
}

/**
 * The local variable `n` names when it was made as an object literal (`const where = { status }`). Only such an object
 * is grown or copied into after it was made: other variables' references, a module's `db` read hundreds of times, are
 * not scanned for every call that hands them on.
 */
function objectLiteralVariable(ex: CodeExtractor, n: Node): NonNullable<ReturnType<CodeExtractor['variableOf']>> | null {
  const u = unwrap(n);
  if (u.type !== 'Identifier') return null;
  const v = ex.variableOf(u);
  if (!v || v.defs[0]?.type !== 'Variable') return null;
  const init = (v.defs[0].node as TSESTree.VariableDeclarator).init;
  return init && unwrap(init as Node).type === 'ObjectExpression' ? v : null;
}

/**
 * Keys written into a local object after it was made (`const clause = { id }; if (multiUser) clause.userId = user.id`):
 * the object a query or helper is handed holds them too. `=` assignments to a plain key only.
 */
export function assignedKeys(ex: CodeExtractor, n: Node): { key: string; value: Node; pos: Node; skippedForRoles?: string[] }[] {
  const v = objectLiteralVariable(ex, n);
  if (!v) return [];
  const out: { key: string; value: Node; pos: Node; skippedForRoles?: string[] }[] = [];
  for (const r of v.references) {
    const id = r.identifier as Node;
    const m = (id as { parent?: Node }).parent;
    if (m?.type !== 'MemberExpression' || m.object !== id) continue;
    const a = (m as { parent?: Node }).parent;
    if (a?.type !== 'AssignmentExpression' || a.left !== m || a.operator !== '=') continue;
    const key = propName(m);
    const roles = key ? rolesSkipping(ex, a as Node) : null;
    if (key) out.push({ key, value: a.right as Node, pos: a as Node, ...(roles ? { skippedForRoles: roles } : {}) });
  }
  return out;
}

/**
 * `if (user.role !== 'ADMIN') where.organizationId = user.organizationId` (also `!== Role.ADMIN`, `if (!user.isAdmin)`):
 * the roles for which the statement is skipped, null when it does not sit in the consequent of such a test.
 */
function rolesSkipping(ex: CodeExtractor, stmt: Node): string[] | null {
  let child: Node = stmt;
  let cur = (stmt as { parent?: Node }).parent;
  for (let i = 0; cur && i < 6; i++, child = cur, cur = (cur as { parent?: Node }).parent) {
    if (cur.type === 'FunctionDeclaration' || cur.type === 'FunctionExpression' || cur.type === 'ArrowFunctionExpression') return null;
    if (cur.type !== 'IfStatement' || cur.consequent !== child) continue;
    const test = unwrap(cur.test as Node);
    if (test.type === 'BinaryExpression' && (test.operator === '!==' || test.operator === '!=')) {
      for (const [a, b] of [[test.left, test.right], [test.right, test.left]] as Node[][]) {
        const ua = unwrap(a);
        if (ua.type !== 'MemberExpression' || !/^roles?$/i.test(propName(ua) ?? '')) continue;
        const ub = unwrap(b);
        const lit = staticString(ub);
        const role = lit ?? (ub.type === 'MemberExpression' ? propName(ub) : null);
        if (role) return [role];
      }
    }
    if (test.type === 'UnaryExpression' && test.operator === '!') {
      const arg = unwrap(test.argument as Node);
      const name = arg.type === 'MemberExpression' ? propName(arg) : arg.type === 'CallExpression' ? lastName(arg) : null;
      const m = name ? /^is(\w*Admin)$/i.exec(name) : null;
      if (m) return [m[1]];
    }
    return null;
  }
  return null;
}

/** The arguments of `.push(...)` calls on these nodes (`conditions.push({ accountId })`). */
function pushedArgs(targets: Node[]): Node[] {
  const out: Node[] = [];
  for (const t of targets) {
    const m = (t as { parent?: Node }).parent;
    if (m?.type !== 'MemberExpression' || m.object !== t || propName(m) !== 'push') continue;
    const call = (m as { parent?: Node }).parent;
    if (call?.type !== 'CallExpression' || call.callee !== m) continue;
    for (const a of call.arguments) out.push((a.type === 'SpreadElement' ? a.argument : a) as Node);
  }
  return out;
}

/**
 * A list of conditions kept in a local variable and grown later: its literal items and those pushed into it
 * (`const conditions = [{ status }]; if (q) conditions.push({ clientId: q }); findAll({ where: { [Op.and]: conditions } })`).
 */
function listItems(ex: CodeExtractor, n: Node): Node[] | null {
  const u = unwrap(n);
  if (u.type !== 'Identifier') return null;
  const v = ex.variableOf(u);
  const def = v?.defs[0];
  if (!v || def?.type !== 'Variable') return null;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  if (!init || unwrap(init as Node).type !== 'ArrayExpression') return null;
  const arr = unwrap(init as Node) as TSESTree.ArrayExpression;
  return [...(arr.elements.filter((e) => e && e.type !== 'SpreadElement') as Node[]), ...pushedArgs(v.references.map((r) => r.identifier as Node))];
}

/**
 * A Sequelize operator key of a local filter object grown later: `where[Op.and] = [...]` assigned after it was made,
 * and the items pushed under it, `where[Op.and].push({ clientId })` (also under a key the literal wrote, `{ [Op.and]: [] }`).
 */
function opListOf(ex: CodeExtractor, owner: Node, keyText: string): { assigned: Node[]; pushed: Node[] } {
  const u = unwrap(owner);
  const out = { assigned: [] as Node[], pushed: [] as Node[] };
  if (u.type !== 'Identifier') return out;
  const v = ex.variableOf(u);
  if (!v || v.defs[0]?.type !== 'Variable') return out;
  const members: Node[] = [];
  for (const r of v.references) {
    const id = r.identifier as Node;
    const m = (id as { parent?: Node }).parent;
    if (m?.type !== 'MemberExpression' || m.object !== id || !m.computed || textOf(ex.src, m.property as Node, 80) !== keyText) continue;
    members.push(m as Node);
    const a = (m as { parent?: Node }).parent;
    if (a?.type === 'AssignmentExpression' && a.left === m && a.operator === '=' && unwrap(a.right as Node).type === 'ArrayExpression') {
      out.assigned.push(...((unwrap(a.right as Node) as TSESTree.ArrayExpression).elements.filter((e) => e && e.type !== 'SpreadElement') as Node[]));
    }
  }
  out.pushed = pushedArgs(members);
  return out;
}

/** `where[Op.and] = []` keys assigned into a local filter object: their key text (`Op.and`) and the operator they name. */
function assignedOpKeys(ex: CodeExtractor, owner: Node): { keyText: string; op: string }[] {
  const u = unwrap(owner);
  if (u.type !== 'Identifier') return [];
  const v = ex.variableOf(u);
  if (!v || v.defs[0]?.type !== 'Variable') return [];
  const seen = new Map<string, string>();
  for (const r of v.references) {
    const id = r.identifier as Node;
    const m = (id as { parent?: Node }).parent;
    if (m?.type !== 'MemberExpression' || m.object !== id || !m.computed) continue;
    const a = (m as { parent?: Node }).parent;
    if (a?.type !== 'AssignmentExpression' || a.left !== m || a.operator !== '=') continue;
    const ch = memberChain(unwrap(m.property as Node)) ?? [];
    if (ch.length >= 2 && ch[ch.length - 2] === 'Op' && ch[ch.length - 1] === 'and') seen.set(textOf(ex.src, m.property as Node, 80), 'AND');
  }
  return [...seen].map(([keyText, op]) => ({ keyText, op }));
}

/**
 * Where the request's own object is copied into a local object after it was made: `Object.assign(where, req.query)`
 * (also lodash's `_.assign` / `_.merge` / `_.extend`, `Object.assign(where, filters)` with `const filters = req.query`).
 * The keys written before that copy are replaced by whatever the client sends, as with a spread written after them.
 */
function requestCopiedInto(ex: CodeExtractor, n: Node): Node[] {
  const v = objectLiteralVariable(ex, n);
  if (!v) return [];
  const out: Node[] = [];
  for (const r of v.references) {
    const id = r.identifier as Node;
    const call = (id as { parent?: Node }).parent;
    if (call?.type !== 'CallExpression' || call.arguments[0] !== id || call.callee.type !== 'MemberExpression') continue;
    const head = unwrap(call.callee.object as Node);
    const fn = propName(call.callee);
    if (!((head.type === 'Identifier' && head.name === 'Object' && fn === 'assign') ||
      (head.type === 'Identifier' && /^(?:_|lodash)$/.test(head.name) && /^(?:assign|merge|extend|assignIn)$/.test(fn ?? '')))) continue;
    if (call.arguments.slice(1).some((a) => rawRequestObject(a as Node) || ex.taintOf(a as Node).some((t) => /^request:(?:query|body|searchParams|(?:url|nextUrl)\.searchParams)$/.test(t)))) out.push(call as Node);
  }
  return out;
}

function flatten(ex: CodeExtractor, n: Node, prefix: string, out: WhereTerm[], depth: number) {
  if (depth > 8) return;
  const obj = resolveObject(ex, n);
  const copies = obj ? requestCopiedInto(ex, n) : [];
  const first = out.length;
  if (obj) {
    for (const a of assignedKeys(ex, n)) {
      const path = prefix ? `${prefix}.${a.key}` : a.key;
      out.push(withLiteral({ path, taint: ex.taintOf(a.value), pos: posOf(a.pos), ...(a.skippedForRoles ? { skippedForRoles: a.skippedForRoles } : {}) }, a.value));
    }
    // `where[Op.and] = []; where[Op.and].push({ clientId })`: every item is a condition of the filter
    // (a key the literal writes itself is read with the literal's properties)
    const literalKeys = new Set(obj.properties.filter((p) => p.type === 'Property' && p.computed).map((p) => textOf(ex.src, (p as TSESTree.Property).key as Node, 80)));
    for (const k of assignedOpKeys(ex, n)) {
      if (literalKeys.has(k.keyText)) continue;
      const { assigned, pushed } = opListOf(ex, n, k.keyText);
      for (const item of [...assigned, ...pushed]) flatten(ex, item, prefix, out, depth + 1);
    }
  }
  if (copies.length) {
    // (the keys of the literal and those assigned before the copy; a key assigned after it, `where.accountId = mine`, stands)
    const before = (t: WhereTerm, c: Node) => t.pos.line < c.loc.start.line || (t.pos.line === c.loc.start.line && t.pos.column <= c.loc.start.column);
    const mark = () => { for (let i = first; i < out.length; i++) if (copies.some((c) => before(out[i], c))) out[i] = { ...out[i], overridable: true }; };
    flattenObject(ex, n, obj!, prefix, out, depth);
    mark();
    return;
  }
  if (!obj) {
    const u = unwrap(n);
    if (u.type === 'ArrayExpression') {
      // a where given as an array (TypeORM `where: [{ id, companyId }, { id, isPublic: true }]`) matches any of them
      if (depth === 0) orBranches(ex, u, prefix, out, depth);
      else for (const e of u.elements) if (e) flatten(ex, e as Node, prefix, out, depth + 1);
      return;
    }
    // alternatives built from a list: `OR: ids.map(({ source, symbol }) => ({ source, symbol }))` filters by the keys
    // the callback writes, with what the list carries
    // a list of conditions kept in a variable and grown by push (inside an AND: every item holds)
    const items = depth > 0 ? listItems(ex, u) : null;
    if (items) {
      for (const item of items) flatten(ex, item, prefix, out, depth + 1);
      return;
    }
    const mapped = mappedObject(u);
    if (mapped) {
      const terms: WhereTerm[] = [];
      flatten(ex, mapped.body, prefix, terms, depth + 1);
      const listTaint = ex.taintOf(mapped.list);
      for (const t of terms) out.push({ ...t, taint: [...new Set([...t.taint, ...listTaint])] });
      return;
    }
    // optional parts of a filter: `...(type ? { type } : {})`, `...(search && { name: search })`
    const branches = u.type === 'ConditionalExpression' ? [u.consequent, u.alternate] : u.type === 'LogicalExpression' ? (u.operator === '&&' ? [u.right] : [u.left, u.right]) : [];
    if (branches.some((b) => resolveObject(ex, b as Node))) {
      for (const b of branches) if (resolveObject(ex, b as Node)) flatten(ex, b as Node, prefix, out, depth + 1);
      return;
    }
    out.push({ path: prefix || '*', taint: ex.taintOf(n), pos: posOf(n) });
    return;
  }
  flattenObject(ex, n, obj, prefix, out, depth);
}

function flattenObject(ex: CodeExtractor, n: Node, obj: TSESTree.ObjectExpression, prefix: string, out: WhereTerm[], depth: number) {
  const start = out.length;
  for (const p of obj.properties) {
    if (p.type === 'SpreadElement') {
      // `{ organizationId: user.orgId, ...req.query }`: what the client sends replaces the keys written before it
      // (`?organizationId=other`); a spread written first is overridden by them instead
      // (also the whole query or body under a name of its own: NestJS's `@Query() filters`, `const filters = req.query`)
      // (and every query-string pair made an object, `Object.fromEntries(new URL(request.url).searchParams)`)
      if (rawRequestObject(p.argument as Node) || ex.taintOf(p.argument as Node).some((t) => /^request:(?:query|body|searchParams|(?:url|nextUrl)\.searchParams)$/.test(t))) for (let i = start; i < out.length; i++) out[i] = { ...out[i], overridable: true };
      else {
        // a validated object replaces the keys its schema lets through: `{ organizationId, ...c.req.valid('query') }` with
        // `zValidator('query', z.object({ status, organizationId }))` beside the handler (zod drops the keys it does not name)
        const keys = validatedKeys(ex, p.argument as Node);
        if (keys) {
          for (let i = start; i < out.length; i++) if (keys.includes(out[i].path.split('.')[0])) out[i] = { ...out[i], overridable: true };
        } else {
          // a whole parameter spread after them (`{ clinicId: user.clinicId, ...filters }` in a service method): the caller
          // decides, when it hands over the request's query or body (NestJS `@Query() filters`), linked per call
          const whole = ex.taintOf(p.argument as Node).filter((t) => /^(?:param|arg):\d+:$/.test(t));
          if (whole.length) for (let i = start; i < out.length; i++) out[i] = { ...out[i], overridableBy: [...new Set([...(out[i].overridableBy ?? []), ...whole])] };
        }
      }
      flatten(ex, p.argument, prefix, out, depth + 1);
      continue;
    }
    if (p.type !== 'Property') continue;
    const k = propName(p) ?? sequelizeOp(p);
    if (!k) continue;
    const v = p.value as Node;
    if (WRAPPER_KEYS.has(k)) {
      // Prisma `OR: [{ workspaceId }, { privileged: false }]`, Mongo `$or: [...]`: a row matching any branch is returned
      if ((k === 'OR' || k === '$or') && unwrap(v).type === 'ArrayExpression') orBranches(ex, unwrap(v) as TSESTree.ArrayExpression, prefix, out, depth + 1);
      else flatten(ex, v, prefix, out, depth + 1);
      // (`const where = { [Op.and]: [] }; where[Op.and].push({ accountId })`: what is pushed under the key holds too)
      if (k === 'AND' && p.computed) for (const item of opListOf(ex, n, textOf(ex.src, p.key as Node, 80)).pushed) flatten(ex, item, prefix, out, depth + 1);
      continue;
    }
    const path = prefix ? `${prefix}.${k}` : k;
    const vu = unwrap(v);
    if (vu.type === 'ObjectExpression' || (vu.type === 'Identifier' && resolveObject(ex, vu))) flatten(ex, vu, path, out, depth + 1);
    else out.push(withLiteral({ path, taint: ex.taintOf(v), pos: posOf(p) }, v));
  }
}

/** `list.map((x) => ({ ... }))` (or a callback whose one statement returns an object literal): the object and the list */
function mappedObject(u: Node): { body: TSESTree.ObjectExpression; list: Node } | null {
  if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression' || !/^(?:map|flatMap)$/.test(propName(u.callee) ?? '')) return null;
  const fn = u.arguments[0] ? unwrap(u.arguments[0] as Node) : null;
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return null;
  let body: Node | null = fn.body as Node;
  if (body.type === 'BlockStatement') {
    const ret = body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? body.body[0].argument : null;
    body = ret ? (ret as Node) : null;
  }
  const obj = body ? unwrap(body) : null;
  return obj?.type === 'ObjectExpression' ? { body: obj, list: u.callee.object as Node } : null;
}

/** `req.query`, `req.body.filter`, `request.query`, `ctx.request.body`: a request's own object, whatever keys the client put in it */
/**
 * The keys a validated request object may hold: Hono's `c.req.valid('query')` (also kept in a variable first) in a handler
 * registered beside `zValidator('query', z.object({...}))` (the schema inline or a constant of the file, `.extend({...})`,
 * `.partial()` and the like keeping its keys). Null when they are not known.
 */
function validatedKeys(ex: CodeExtractor, n: Node, depth = 0): string[] | null {
  let u = unwrap(n);
  if (u.type === 'Identifier' && depth < 2) {
    const def = ex.variableOf(u)?.defs[0];
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    return init ? validatedKeys(ex, init as Node, depth + 1) : null;
  }
  if (u.type === 'AwaitExpression') u = unwrap(u.argument as Node);
  if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression' || propName(u.callee) !== 'valid') return null;
  const target = staticString(u.arguments[0] as Node);
  if (!target) return null;
  let fn = (u as { parent?: Node }).parent;
  while (fn && fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') fn = (fn as { parent?: Node }).parent;
  const reg = fn ? (fn as { parent?: Node }).parent : undefined;
  if (!reg || reg.type !== 'CallExpression') return null;
  for (const a of reg.arguments) {
    const v = unwrap(a as Node);
    if (v.type !== 'CallExpression' || !/^(?:zValidator|validator|vValidator|tbValidator|arktypeValidator|typiaValidator)$/.test(lastName(v)) ||
      staticString(v.arguments[0] as Node) !== target || !v.arguments[1]) continue;
    return schemaKeys(ex, v.arguments[1] as Node, 0);
  }
  return null;
}

/** `z.object({ a, b })` -> ['a', 'b'], through a constant of the file and `.extend({...})` / `.merge(...)` / `.partial()` ... */
function schemaKeys(ex: CodeExtractor, n: Node, depth: number): string[] | null {
  const u = unwrap(n);
  if (depth > 5) return null;
  if (u.type === 'Identifier') {
    const def = ex.variableOf(u)?.defs[0];
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    return init ? schemaKeys(ex, init as Node, depth + 1) : null;
  }
  if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression') return null;
  const name = propName(u.callee);
  const arg = u.arguments[0] ? unwrap(u.arguments[0] as Node) : null;
  const objectKeys = (o: Node | null) => (o && o.type === 'ObjectExpression' ? o.properties.flatMap((p) => (p.type === 'Property' && propName(p) ? [propName(p)!] : [])) : null);
  if (name === 'object' && unwrap(u.callee.object).type === 'Identifier') return objectKeys(arg);
  const base = schemaKeys(ex, u.callee.object as Node, depth + 1);
  if (!base) return null;
  if (name === 'extend') return [...base, ...(objectKeys(arg) ?? [])];
  if (name === 'merge') return arg ? [...base, ...(schemaKeys(ex, arg, depth + 1) ?? [])] : base;
  return base;
}

function rawRequestObject(n: Node): boolean {
  const ch = memberChain(unwrap(n)) ?? [];
  return ch.length >= 2 && /^(?:req|request|ctx)$/.test(ch[0]) && ch.slice(1).some((x) => /^(?:query|body|params)$/.test(x));
}

/**
 * Sequelize's operator keys: `[Op.or]: [{ id }, { organizationId }]` is an OR of its branches (`[Op.and]`, `[Op.not]`
 * alike), and a field's `{ [Op.in]: ids }` filters that field as Prisma's `{ in: ids }` does.
 */
function sequelizeOp(p: TSESTree.Property): string | null {
  if (!p.computed) return null;
  const key = unwrap(p.key as Node);
  if (key.type !== 'MemberExpression' || key.computed) return null;
  const ch = memberChain(key) ?? [];
  if (ch.length < 2 || ch[ch.length - 2] !== 'Op') return null;
  const op = ch[ch.length - 1];
  return op === 'and' ? 'AND' : op === 'or' ? 'OR' : op === 'not' ? 'NOT' : op;
}

/** The terms of each branch of an OR, tagged `group#branch` (an OR inside a branch is read as part of that branch). */
function orBranches(ex: CodeExtractor, arr: TSESTree.ArrayExpression, prefix: string, out: WhereTerm[], depth: number) {
  const group = `${arr.loc.start.line}:${arr.loc.start.column}`;
  arr.elements.forEach((e, i) => {
    if (!e) return;
    const terms: WhereTerm[] = [];
    flatten(ex, e as Node, prefix, terms, depth + 1);
    for (const t of terms) out.push({ ...t, or: `${group}#${i}` });
  });
}

/** A where term compared with a constant keeps it (`published: true`, `status: 'live'`): booleans true and short strings. */
export function withLiteral(t: WhereTerm, v: Node | undefined): WhereTerm {
  const u = v ? unwrap(v) : null;
  // (`publishedAt: { not: null }`, `{ $ne: null }`: the rows where the field is set)
  if (u?.type === 'Literal' && u.value === null && /\.(?:not|\$ne|ne)$/.test(t.path)) return { ...t, notNull: true };
  // (`published: true`, `status: 'live'`; also `hidden: false`, `published: false`: see publishedTerm / unpublishedTerm)
  if (u?.type !== 'Literal' || !(typeof u.value === 'boolean' || (typeof u.value === 'string' && u.value.length <= 32))) return t;
  return { ...t, literal: u.value as string | boolean };
}

/** `req.lead` -> ['req', 'lead'] (plain identifiers and non-computed properties only). */
function memberPath(n: Node): string[] | null {
  if (n.type === 'Identifier') return [n.name];
  if (n.type !== 'MemberExpression' || n.computed || n.property.type !== 'Identifier') return null;
  const base = memberPath(n.object as Node);
  return base ? [...base, n.property.name] : null;
}

export function resultVarOf(n: Node): string | undefined {
  let holder = (n as { parent?: Node }).parent;
  for (let i = 0; holder && i < 8; i++) {
    if (holder.type === 'AwaitExpression' || holder.type === 'TSAsExpression' || holder.type === 'TSNonNullExpression' || holder.type === 'ChainExpression') {
      holder = (holder as { parent?: Node }).parent;
      continue;
    }
    // `findFirst(...).catch((e) => { throw ... })`: the query's value, or the catch's
    const call = (holder as { parent?: Node }).parent;
    if (holder.type === 'MemberExpression' && holder.object === n && /^(?:catch|finally)$/.test(propName(holder) ?? '') && call?.type === 'CallExpression' && call.callee === holder) {
      n = call;
      holder = (call as { parent?: Node }).parent;
      continue;
    }
    break;
  }
  // `const [doc, group] = await Promise.all([Doc.findByPk(id), Group.findByPk(groupId)])`: the element's name
  if (holder?.type === 'ArrayExpression') {
    const index = holder.elements.indexOf(n as TSESTree.Expression);
    let up = (holder as { parent?: Node }).parent;
    if (up?.type !== 'CallExpression' || !/^(?:all|allSettled)$/.test(up.callee.type === 'MemberExpression' && up.callee.property.type === 'Identifier' ? up.callee.property.name : '')) return undefined;
    while (up && (up.type === 'CallExpression' || up.type === 'AwaitExpression')) up = (up as { parent?: Node }).parent;
    const el = up?.type === 'VariableDeclarator' && up.id.type === 'ArrayPattern' ? up.id.elements[index] : undefined;
    return el?.type === 'Identifier' ? el.name : undefined;
  }
  // `lead = await Lead.findOne(...)` of a `let` declared earlier; `req.lead = await Lead.findOne(...)`, a row a loader hangs
  // on the request (tested as `if (!req.lead)`): the member's path (also under Koa's `ctx.state.invoice` and Express's
  // `res.locals.invoice`, the objects those frameworks keep for what middleware hands on)
  if (holder?.type === 'AssignmentExpression' && holder.operator === '=') {
    if (holder.left.type === 'Identifier') return holder.left.name;
    const chain = memberPath(holder.left as Node);
    return chain && (chain.length === 2 || (chain.length === 3 && /^(?:state|locals)$/.test(chain[1]))) ? chain.join('.') : undefined;
  }
  if (holder?.type === 'VariableDeclarator') {
    if (holder.id.type === 'Identifier') return holder.id.name;
    if (holder.id.type === 'ArrayPattern' && holder.id.elements[0]?.type === 'Identifier') return holder.id.elements[0].name;
    if (holder.id.type === 'ObjectPattern') {
      for (const p of holder.id.properties) if (p.type === 'Property' && p.value.type === 'Identifier') return p.value.name;
    }
  }
  return undefined;
}

// ------------------------------------------------------------------ SQL

/** Is the call awaited (`await f(...)`, `await f(...) as T`)? */
function awaited(n: Node): boolean {
  let cur: Node = n;
  for (let par = (cur as { parent?: Node }).parent; par && /^(?:TSAsExpression|TSNonNullExpression|TSSatisfiesExpression|TSTypeAssertion)$/.test(par.type); par = (cur as { parent?: Node }).parent) cur = par;
  return (cur as { parent?: Node }).parent?.type === 'AwaitExpression';
}

function sqlTextOf(ex: CodeExtractor, n: Node, depth = 0): { text: string; exprs: Node[] } | null {
  const u = unwrap(n);
  const s = staticString(u);
  if (s !== null) return { text: s, exprs: [] };
  if (u.type === 'TemplateLiteral') {
    let text = '';
    const exprs: Node[] = [];
    u.quasis.forEach((q, i) => {
      text += q.value.cooked ?? q.value.raw;
      if (i >= u.expressions.length) return;
      // `where ${clauses.join(' and ')}` over a list of SQL fragments built in the function: the fragments it always holds
      const joined = joinedClauses(ex, u.expressions[i] as Node);
      if (joined !== null) text += joined;
      else {
        text += '${' + exprs.length + '}';
        exprs.push(u.expressions[i] as Node);
      }
    });
    return { text, exprs };
  }
  if (u.type === 'BinaryExpression' && u.operator === '+') {
    const l = sqlTextOf(ex, u.left as Node, depth + 1);
    const r = sqlTextOf(ex, u.right, depth + 1);
    if (l && r) {
      // renumber r's interpolations after l's
      const shift = l.exprs.length;
      return { text: l.text + r.text.replace(/\$\{(\d+)\}/g, (_m, d) => '${' + (Number(d) + shift) + '}'), exprs: [...l.exprs, ...r.exprs] };
    }
    if (l) return { text: l.text + '${' + l.exprs.length + '}', exprs: [...l.exprs, u.right] };
    return null;
  }
  if (u.type === 'Identifier' && depth < 3) {
    const v = ex.variableOf(u);
    const def = v?.defs[0];
    if (def?.type === 'Variable') {
      const decl = def.node as TSESTree.VariableDeclarator;
      if (decl.init && decl.id.type === 'Identifier') return sqlTextOf(ex, decl.init, depth + 1);
    }
  }
  return null;
}

/**
 * A prepared statement's parameters are bound by the calls after it: better-sqlite3
 * `db.prepare(sql).get(id)`, Cloudflare D1 `env.DB.prepare(sql).bind(id).first()`.
 * Returns the bound arguments and the outermost call of the chain (what the result is bound to).
 */
function preparedBinding(n: TSESTree.CallExpression): { args: Node[]; outer: Node } {
  let outer: Node = n;
  let args: Node[] | null = null;
  for (let i = 0; i < 4; i++) {
    const m: Node | undefined = (outer as { parent?: Node }).parent;
    if (!m || m.type !== 'MemberExpression' || m.object !== outer) break;
    const call: Node | undefined = (m as { parent?: Node }).parent;
    if (!call || call.type !== 'CallExpression' || call.callee !== m) break;
    if (!args && /^(?:bind|get|all|run|first|raw|iterate|values|pluck)$/.test(propName(m) ?? '') && call.arguments.length) args = call.arguments as Node[];
    outer = call;
  }
  return { args: args ?? [], outer };
}

function callSql(ex: CodeExtractor, n: TSESTree.CallExpression): QueryFact | null {
  // the options form: mysql2 `query({ sql, values })`, pg `query({ text, values })`
  const a0 = n.arguments[0] ? unwrap(n.arguments[0] as Node) : null;
  const opts = a0?.type === 'ObjectExpression' ? a0 : null;
  const optProp = (key: string) => (opts?.properties.find((p) => p.type === 'Property' && propName(p) === key) as TSESTree.Property | undefined)?.value as Node | undefined;
  const sqlNode = opts ? optProp('sql') ?? optProp('text') : (n.arguments[0] as Node);
  const sql = sqlNode ? sqlTextOf(ex, sqlNode) : null;
  if (!sql || !LOOKS_SQL.test(sql.text)) return null;
  const prepared = !opts && lastName(n) === 'prepare' && n.arguments.length === 1 ? preparedBinding(n) : null;
  let valuesNode = opts ? optProp('values') ?? (n.arguments[1] as Node | undefined) : (n.arguments[1] as Node | undefined);
  // Sequelize `sequelize.query(sql, { replacements: { vetId }, type: QueryTypes.SELECT })` (`bind: [id]` for `$1`):
  // the options object holds the values under a key of their own
  const options = !opts && valuesNode ? resolveObject(ex, valuesNode) : null;
  const held = options?.properties.find((p) => p.type === 'Property' && /^(?:replacements|bind)$/.test(propName(p) ?? '')) as TSESTree.Property | undefined;
  if (held) valuesNode = held.value as Node;
  const paramsNode = prepared ? (prepared.args.length === 1 ? unwrap(prepared.args[0]) : null) : valuesNode ? unwrap(valuesNode) : null;
  let paramItems: Node[] = prepared && prepared.args.length > 1 ? prepared.args : [];
  let named: TSESTree.ObjectExpression | null = null;
  if (paramsNode) {
    const arr = resolveArray(ex, paramsNode);
    if (arr) paramItems = arr.elements.filter(Boolean) as Node[];
    else if ((named = resolveObject(ex, paramsNode)) === null && prepared) paramItems = [paramsNode];
  }
  // a spread in the parameter list (`[id, ...Object.values(body)]`) shifts the positions after it
  const spreadAt = paramItems.findIndex((p) => p.type === 'SpreadElement');
  const item = (i: number): Node | null => (spreadAt >= 0 && i >= spreadAt ? null : paramItems[i] ?? null);
  return buildSqlFact(ex, n, sql.text, (value) => {
    let m = /^\$(\d+)$/.exec(value);
    if (m) return item(Number(m[1]) - 1) ? ex.taintOf(item(Number(m[1]) - 1)!) : null;
    m = /^\?#(\d+)$/.exec(value);
    if (m) return item(Number(m[1])) ? ex.taintOf(item(Number(m[1]))!) : null;
    m = /^\$\{(\d+)\}$/.exec(value);
    if (m) return sql.exprs[Number(m[1])] ? ex.taintOf(sql.exprs[Number(m[1])]) : null;
    m = /^[:@$](\w+)$/.exec(value);
    if (m && named) {
      for (const p of named.properties) if (p.type === 'Property' && propName(p) === m[1]) return ex.taintOf(p.value as Node);
    }
    return null;
  }, prepared?.outer);
}

function resolveArray(ex: CodeExtractor, n: Node): TSESTree.ArrayExpression | null {
  const u = unwrap(n);
  if (u.type === 'ArrayExpression') return u;
  if (u.type === 'Identifier') {
    const built = builtArray(ex, u);
    if (built) return { ...built.init, elements: [...built.init.elements, ...built.pushed] } as TSESTree.ArrayExpression;
  }
  return null;
}

/**
 * A list declared with an array literal and grown by `push` statements in the same block
 * (`const params = [orgId]; params.push(req.query.status)`): the literal's elements and the values
 * pushed unconditionally, in order, up to the first push made under a condition (`if (q) params.push(q)`),
 * after which positions are no longer known.
 */
function builtArray(ex: CodeExtractor, id: Node): { init: TSESTree.ArrayExpression; pushed: Node[] } | null {
  const v = ex.variableOf(id);
  const def = v?.defs[0];
  if (def?.type !== 'Variable') return null;
  const decl = def.node as TSESTree.VariableDeclarator;
  if (!decl.init || unwrap(decl.init).type !== 'ArrayExpression') return null;
  const init = unwrap(decl.init) as TSESTree.ArrayExpression;
  const block = (decl as { parent?: Node }).parent ? ((decl as { parent?: Node }).parent as { parent?: Node }).parent : undefined;
  const pushes: { at: number; args: Node[]; unconditional: boolean }[] = [];
  for (const ref of v!.references) {
    const idn = ref.identifier as Node & { parent?: Node };
    const m = idn.parent as (Node & { parent?: Node }) | undefined;
    if (!m || m.type !== 'MemberExpression' || m.object !== idn || propName(m) !== 'push') continue;
    const call = m.parent as (Node & { parent?: Node }) | undefined;
    if (!call || call.type !== 'CallExpression' || call.callee !== m) continue;
    const stmt = call.parent as (Node & { parent?: Node }) | undefined;
    pushes.push({ at: call.range[0], args: call.arguments as Node[], unconditional: stmt?.type === 'ExpressionStatement' && stmt.parent === block });
  }
  pushes.sort((a, b) => a.at - b.at);
  const pushed: Node[] = [];
  for (const p of pushes) {
    if (!p.unconditional) break;
    pushed.push(...p.args);
  }
  return { init, pushed };
}

/** `clauses.join(' and ')` of a list of SQL fragment literals (see builtArray): the SQL it always holds */
function joinedClauses(ex: CodeExtractor, n: Node): string | null {
  const u = unwrap(n);
  if (u.type !== 'CallExpression' || u.callee.type !== 'MemberExpression' || propName(u.callee) !== 'join' || u.arguments.length !== 1) return null;
  const sep = staticString(unwrap(u.arguments[0] as Node));
  const list = unwrap(u.callee.object as Node);
  if (sep === null || !/^\s*(?:and|,)?\s*$/i.test(sep) || list.type !== 'Identifier') return null;
  const built = builtArray(ex, list);
  if (!built) return null;
  const parts = [...built.init.elements, ...built.pushed].map((e) => (e && e.type !== 'SpreadElement' ? staticString(unwrap(e as Node)) : null));
  if (parts.length === 0 || parts.some((x) => x === null)) return null;
  return parts.join(sep);
}

function taggedSql(ex: CodeExtractor, n: TSESTree.TaggedTemplateExpression): QueryFact | null {
  const tag = memberChain(n.tag);
  if (!tag || !SQL_TAGS.has(tag[tag.length - 1])) return null;
  let text = '';
  n.quasi.quasis.forEach((q, i) => {
    text += q.value.cooked ?? q.value.raw;
    if (i < n.quasi.expressions.length) text += '${' + i + '}';
  });
  if (!LOOKS_SQL.test(text)) return null;
  const exprs = n.quasi.expressions as Node[];
  return buildSqlFact(ex, n, text, (value) => {
    const m = /^\$\{(\d+)\}$/.exec(value);
    return m && exprs[Number(m[1])] ? ex.taintOf(exprs[Number(m[1])]) : null;
  });
}

/** `taintOfValue`: the taints of a placeholder's value, null when the value cannot be found (a parameter list built elsewhere) */
function buildSqlFact(ex: CodeExtractor, n: Node, text: string, taintOfValue: (v: string) => Taint[] | null, resultNode: Node = n): QueryFact | null {
  const a = analyzeSql(text);
  if (a.op === 'other' || !a.table) return null;
  const kind: QueryFact['kind'] = a.op === 'select' ? 'read' : a.op === 'delete' ? 'delete' : 'write';
  const where: WhereTerm[] | null = a.hasWhere
    ? a.whereColumns.map((c) => ({ path: c.column, taint: taintOfValue(c.value) ?? [], pos: posOf(n), ...sqlLiteral(c) }))
    : null;
  // the values written (SET, VALUES), when every one of them is found: request data among them or not
  const data = kind === 'write' && a.dataValues ? a.dataValues.map((v) => taintOfValue(v)) : null;
  const dataTaint = data && data.every((t) => t !== null) ? [...new Set((data as Taint[][]).flat().filter((t) => /^(?:request|arg|param):/.test(t)))] : undefined;
  const many = !a.whereColumns.some((c) => c.column === 'id' || c.column.endsWith('_id') && c.column !== 'org_id');
  return {
    orm: 'sql', model: a.table, op: a.aggregate ? 'count' : a.op, kind, many, pos: posOf(n), where, sqlText: text.replace(/\s+/g, ' ').trim().slice(0, 160),
    resultVar: resultVarOf(resultNode), ...(dataTaint ? { dataTaint } : {}), ...(a.dataColumns?.length ? { dataKeys: a.dataColumns } : {}),
  };
}

/** A SQL filter compared with a constant: `published = true` (SQLite's `is_public = 1`), `status = 'published'`. */
function sqlLiteral(c: { value: string; equals?: boolean }): { literal?: string | boolean } {
  if (!c.equals) return {};
  if (/^(?:true|1)$/i.test(c.value)) return { literal: true };
  const m = /^'(\w+)'$/.exec(c.value);
  return m && m[1] !== '_' ? { literal: m[1] } : {};
}
