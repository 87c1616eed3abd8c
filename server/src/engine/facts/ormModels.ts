/**
 * Models and tables defined in code, so tenant keys can be found without a Prisma schema:
 * Drizzle `pgTable('invoices', { orgId: uuid('org_id') })`, Sequelize `define`/`init`,
 * Mongoose `new Schema({...})` + `model('Invoice', schema)`, Knex `createTable`, and
 * decorated classes (TypeORM `@Entity`, sequelize-typescript `@Table`, Nest Mongoose `@Schema`).
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OrmModelFact } from '../types';
import { Node, unwrap, propName, staticString, lastName, walk } from './ast';
import type { CodeExtractor } from './extractCode';

export function detectOrmModel(ex: CodeExtractor, n: TSESTree.CallExpression | TSESTree.NewExpression): OrmModelFact | null {
  const name = lastName(n);
  const holder = boundName(n);
  const line = n.loc.start.line;
  if (n.type === 'CallExpression' && /^(?:pg|mysql|sqlite|singlestore)Table$/.test(name) && n.arguments[1]) {
    const table = staticString(n.arguments[0] as Node);
    const o = objectOf(ex, n.arguments[1] as Node);
    if (!o) return null;
    const fields = keysOf(o);
    for (const p of o.properties) if (p.type === 'Property') {
      const col = innermostStringArg(p.value as Node);
      if (col) fields.push(col);
    }
    return { orm: 'drizzle', names: [holder, table].filter((x): x is string => !!x), fields, line };
  }
  if (n.type === 'CallExpression' && name === 'define' && n.arguments[1] && staticString(n.arguments[0] as Node)) {
    const o = objectOf(ex, n.arguments[1] as Node);
    return o ? { orm: 'sequelize', names: [staticString(n.arguments[0] as Node)!, holder].filter((x): x is string => !!x), fields: keysOf(o), line } : null;
  }
  if (n.type === 'CallExpression' && name === 'init' && n.callee.type === 'MemberExpression' && unwrap(n.callee.object).type === 'Identifier' && n.arguments[1]) {
    const o = objectOf(ex, n.arguments[0] as Node);
    const model = (unwrap(n.callee.object) as TSESTree.Identifier).name;
    return o && /^[A-Z]/.test(model) ? { orm: 'sequelize', names: [model], fields: keysOf(o), line } : null;
  }
  if (n.type === 'NewExpression' && name === 'Schema' && n.arguments[0]) {
    const o = objectOf(ex, n.arguments[0] as Node);
    return o ? withRefs({ orm: 'mongoose', names: holder ? [holder] : [], fields: keysOf(o), line }, o) : null;
  }
  if (n.type === 'CallExpression' && name === 'model' && n.arguments.length >= 2 && staticString(n.arguments[0] as Node)) {
    // mongoose.model('Invoice', invoiceSchema): the schema's fields under the model's name
    const schema = unwrap(n.arguments[1] as Node);
    let o: TSESTree.ObjectExpression | null = null;
    if (schema.type === 'Identifier') {
      const def = ex.variableOf(schema)?.defs[0];
      const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
      const ni = init ? unwrap(init) : null;
      if (ni && ni.type === 'NewExpression' && ni.arguments[0]) o = objectOf(ex, ni.arguments[0] as Node);
    } else if (schema.type === 'NewExpression' && schema.arguments[0]) o = objectOf(ex, schema.arguments[0] as Node);
    return withRefs({ orm: 'mongoose', names: [staticString(n.arguments[0] as Node)!, holder].filter((x): x is string => !!x), fields: keysOf(o), line }, o);
  }
  if (n.type === 'CallExpression' && name === 'createTable' && n.arguments[1]) {
    const table = staticString(n.arguments[0] as Node);
    const cb = unwrap(n.arguments[1] as Node);
    if (!table || (cb.type !== 'ArrowFunctionExpression' && cb.type !== 'FunctionExpression')) return null;
    const fields: string[] = [];
    walk(cb.body as Node, (x) => {
      if (x.type === 'CallExpression') {
        const s = staticString(x.arguments[0] as Node);
        if (s && x.callee.type === 'MemberExpression' && !['references', 'inTable', 'onDelete', 'comment', 'defaultTo'].includes(propName(x.callee) ?? '')) fields.push(s);
      }
      return undefined;
    });
    return { orm: 'knex', names: [table], fields, line };
  }
  return null;
}

/** `@Entity('invoices') class Invoice { @Column() orgId; @ManyToOne(() => Org) org }` */
export function classOrmModel(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression): OrmModelFact | null {
  const decos = (c.decorators ?? []).map((d) => unwrap(d.expression as Node));
  const names = decos.map((d) => (d.type === 'CallExpression' ? lastName(d) : d.type === 'Identifier' ? d.name : ''));
  const i = names.findIndex((x) => /^(?:Entity|Table|Schema|ViewEntity)$/.test(x));
  if (i < 0 && c.id) return lucidModel(c) ?? objectionModel(c);
  if (i < 0 || !c.id) return null;
  const d = decos[i];
  const arg = d.type === 'CallExpression' ? d.arguments[0] as Node | undefined : undefined;
  const table = arg ? staticString(arg) ?? (unwrap(arg).type === 'ObjectExpression' ? staticString(propValue(unwrap(arg) as TSESTree.ObjectExpression, 'name') ?? propValue(unwrap(arg) as TSESTree.ObjectExpression, 'tableName')) : null) : null;
  const fields: string[] = [];
  for (const m of c.body.body) {
    if (m.type !== 'PropertyDefinition') continue;
    const k = propName(m);
    if (!k) continue;
    fields.push(k);
    const rel = (m.decorators ?? []).some((x) => /^(?:ManyToOne|OneToOne|BelongsTo|JoinColumn)$/.test(lastNameOf(unwrap(x.expression as Node))));
    if (rel) fields.push(`${k}Id`);
  }
  return { orm: names[i] === 'Schema' ? 'mongoose' : names[i] === 'Table' ? 'sequelize' : 'typeorm', names: [c.id.name, table].filter((x): x is string => !!x), fields, line: c.loc.start.line };
}

/**
 * AdonisJS Lucid: `class Invoice extends BaseModel { @column() declare organizationId: number }` (also
 * `extends compose(BaseModel, AuthFinder)`); `static table = 'invoices'` names its table. Relations
 * (`@belongsTo(() => Organization) declare organization`) carry their key (`organizationId`) as a column.
 */
function lucidModel(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression): OrmModelFact | null {
  const sup = c.superClass ? unwrap(c.superClass as Node) : null;
  const base = sup?.type === 'Identifier' ? sup.name : sup?.type === 'CallExpression' && sup.arguments[0] && unwrap(sup.arguments[0] as Node).type === 'Identifier' ? (unwrap(sup.arguments[0] as Node) as TSESTree.Identifier).name : '';
  if (base !== 'BaseModel' || !c.id) return null;
  const fields: string[] = [];
  let table: string | null = null;
  for (const m of c.body.body) {
    if (m.type !== 'PropertyDefinition') continue;
    const k = propName(m);
    if (!k) continue;
    if (m.static && k === 'table' && m.value) table = staticString(m.value as Node);
    const decos = (m.decorators ?? []).map((x) => unwrap(x.expression as Node));
    const column = decos.some((d) => /^column$/.test(memberRoot(d)));
    if (column) fields.push(k);
  }
  return { orm: 'lucid', names: [c.id.name, table].filter((x): x is string => !!x), fields, line: c.loc.start.line };
}

/**
 * Objection.js: `class Shipment extends Model { static tableName = 'shipments'; companyId!: number }` (also
 * `static get tableName() { return 'shipments' }`, a base class of the app's own): the class names its table, and
 * its columns are the instance fields it declares and the properties of its `jsonSchema`.
 */
function objectionModel(c: TSESTree.ClassDeclaration | TSESTree.ClassExpression): OrmModelFact | null {
  if (!c.id || !c.superClass) return null;
  let table: string | null = null;
  let schema: TSESTree.ObjectExpression | null = null;
  let modifiers: OrmModelFact['modifiers'];
  const fields: string[] = [];
  for (const m of c.body.body) {
    if (m.type !== 'PropertyDefinition' && m.type !== 'MethodDefinition') continue;
    const k = propName(m);
    if (!k) continue;
    const value = m.type === 'PropertyDefinition' ? (m.value as Node | null) : getterAnswer(m);
    if (m.static && k === 'tableName') table = value ? staticString(value) : null;
    else if (m.static && k === 'modifiers' && value && unwrap(value).type === 'ObjectExpression') modifiers = objectionModifiers(unwrap(value) as TSESTree.ObjectExpression);
    else if (m.static && k === 'jsonSchema' && value && unwrap(value).type === 'ObjectExpression') schema = unwrap(value) as TSESTree.ObjectExpression;
    else if (!m.static && m.type === 'PropertyDefinition') fields.push(k);
  }
  if (!table) return null;
  const props = schema ? propValue(schema, 'properties') : null;
  if (props && unwrap(props).type === 'ObjectExpression') fields.push(...keysOf(unwrap(props) as TSESTree.ObjectExpression));
  return { orm: 'orm', names: [c.id.name, table], fields: [...new Set(fields)], ...(modifiers && Object.keys(modifiers).length ? { modifiers } : {}), line: c.loc.start.line };
}

/**
 * Objection.js `static modifiers = { forAgency(query, agencyId) { query.where('listings.agencyId', agencyId) } }`: for
 * each modifier, the columns its `where` calls on the builder compare with one of its own parameters (the parameter's
 * position is the position of the value after the name in `modify('forAgency', value)`).
 */
function objectionModifiers(o: TSESTree.ObjectExpression): Record<string, { column: string; param: number }[]> {
  const out: Record<string, { column: string; param: number }[]> = {};
  for (const p of o.properties) {
    if (p.type !== 'Property') continue;
    const name = propName(p);
    const fn = unwrap(p.value as Node);
    if (!name || (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) continue;
    const params = fn.params.map((x) => (x.type === 'Identifier' ? x.name : ''));
    const qb = params[0];
    if (!qb) continue;
    const cols: { column: string; param: number }[] = [];
    walk(fn.body as Node, (x) => {
      if (x.type !== 'CallExpression' || x.callee.type !== 'MemberExpression' || !/^(?:where|andWhere)$/.test(propName(x.callee) ?? '')) return;
      let root: Node = unwrap(x.callee.object as Node);
      while (root.type === 'CallExpression' && root.callee.type === 'MemberExpression') root = unwrap(root.callee.object as Node);
      if (root.type !== 'Identifier' || root.name !== qb) return;
      const args = x.arguments as Node[];
      const col = args[0] ? staticString(args[0]) : null;
      const v = args.length === 2 ? unwrap(args[1]) : args.length === 3 && staticString(args[1]) === '=' ? unwrap(args[2]) : null;
      const i = v?.type === 'Identifier' ? params.indexOf(v.name) : -1;
      if (col && i >= 1) cols.push({ column: col.split('.').pop()!, param: i });
    });
    if (cols.length) out[name] = cols;
  }
  return out;
}

/** `static get tableName() { return 'shipments' }` -> the returned expression */
function getterAnswer(m: TSESTree.MethodDefinition): Node | null {
  if (m.kind !== 'get') return null;
  const body = m.value.body?.body ?? [];
  const ret = body.length === 1 && body[0].type === 'ReturnStatement' ? body[0].argument : null;
  return (ret as Node | null) ?? null;
}

/** `column.dateTime({...})` -> 'column', `column()` -> 'column' */
function memberRoot(n: Node): string {
  let cur = n;
  for (let i = 0; i < 4; i++) {
    if (cur.type === 'CallExpression') cur = unwrap(cur.callee);
    else if (cur.type === 'MemberExpression') cur = unwrap(cur.object);
    else break;
  }
  return cur.type === 'Identifier' ? cur.name : '';
}

function lastNameOf(n: Node): string {
  return n.type === 'CallExpression' ? lastName(n) : n.type === 'Identifier' ? n.name : '';
}

function propValue(o: TSESTree.ObjectExpression, key: string): Node | null {
  for (const p of o.properties) if (p.type === 'Property' && propName(p) === key) return p.value as Node;
  return null;
}

function boundName(n: Node): string | null {
  let p = (n as { parent?: Node }).parent;
  while (p && (p.type === 'CallExpression' || p.type === 'MemberExpression' || p.type === 'TSAsExpression')) p = (p as { parent?: Node }).parent;
  return p && p.type === 'VariableDeclarator' && p.id.type === 'Identifier' ? p.id.name : null;
}

function objectOf(ex: CodeExtractor, n: Node): TSESTree.ObjectExpression | null {
  const u = unwrap(n);
  if (u.type === 'ObjectExpression') return u;
  if (u.type === 'Identifier') {
    const def = ex.variableOf(u)?.defs[0];
    const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
    return init && unwrap(init).type === 'ObjectExpression' ? (unwrap(init) as TSESTree.ObjectExpression) : null;
  }
  return null;
}

/** a Mongoose schema's single references: `clinic: { type: Schema.Types.ObjectId, ref: 'Clinic' }` (not arrays of them) */
function withRefs(m: OrmModelFact, o: TSESTree.ObjectExpression | null): OrmModelFact {
  const refs: Record<string, string> = {};
  for (const p of o?.properties ?? []) {
    if (p.type !== 'Property') continue;
    const k = propName(p);
    const v = unwrap(p.value as Node);
    if (!k || v.type !== 'ObjectExpression') continue;
    const ref = propValue(v, 'ref');
    const model = ref ? staticString(ref) : null;
    if (model) refs[k] = model;
  }
  if (Object.keys(refs).length) m.refs = refs;
  return m;
}

function keysOf(o: TSESTree.ObjectExpression | null): string[] {
  if (!o) return [];
  return o.properties.flatMap((p) => (p.type === 'Property' ? [propName(p)].filter((x): x is string => !!x) : []));
}

/** `uuid('org_id').notNull().references(() => orgs.id)` -> 'org_id' */
function innermostStringArg(n: Node): string | null {
  let cur = unwrap(n);
  let found: string | null = null;
  for (let i = 0; i < 12 && cur.type === 'CallExpression'; i++) {
    const c = unwrap(cur.callee);
    if (c.type === 'Identifier') return staticString(cur.arguments[0] as Node) ?? found;
    if (c.type !== 'MemberExpression') break;
    cur = unwrap(c.object);
  }
  return found;
}
