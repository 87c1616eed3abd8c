/**
 * Generic repositories: `class BaseRepository<T> { constructor(protected model) {} findById(id) { return
 * this.model.findUnique({ where: { id } }) } }`, made as `new BaseRepository(prisma.invoice)` or by a subclass,
 * `class InvoiceRepository extends BaseRepository { constructor() { super(Invoice) } }`. The extractor leaves the
 * model of `this.model.findUnique(...)` open (QueryFact.heldBy names the field); here the fields of one instance
 * are bound to what its construction handed them, and a bound field to the model it holds: a Prisma delegate
 * (`prisma.invoice`), a Mongoose or Sequelize model (`Invoice`, `mongoose.model('Invoice', schema)`,
 * `sequelize.define('Invoice', ...)`, `db.Invoice`) or a TypeORM repository (`dataSource.getRepository(Invoice)`).
 */
import type { FunctionSummary, Orm, ValueRef } from '../types';
import type { AV, Evaluator } from './values';

/** What one field of an instance was handed, where that was written. */
export type Bound = { ref: ValueRef; file: string };
export type Binding = Record<string, Bound>;

const PRISMA_CLIENT_NAME = /prisma|^db$|^client$|^database$|^orm$/i;

/** The fields of an instance made by `new` (`made`), bound to its constructor's arguments, through `super(...)` too. */
export function bindingOf(ev: Evaluator, cls: Extract<AV, { t: 'class' }>): Binding | undefined {
  if (!cls.made) return undefined;
  const out = fieldsOf(ev, cls, cls.made.args.map((ref) => ({ ref, file: cls.made!.file })), 0);
  return Object.keys(out).length ? out : undefined;
}

function fieldsOf(ev: Evaluator, cls: Extract<AV, { t: 'class' }>, args: (Bound | undefined)[], depth: number): Binding {
  const out: Binding = {};
  const ctor = Object.hasOwn(cls.methods, 'constructor') ? cls.methods['constructor'] : undefined;
  const at = (v: ValueRef): Bound | undefined => {
    if (v.k === 'param') return ctor !== undefined && v.fn === ctor && !v.path.length ? args[v.index] : undefined;
    return v.k === 'spread' || v.k === 'unknown' ? undefined : { ref: v, file: cls.file };
  };
  if (cls.extends && depth < 6) {
    const base = ev.eval(cls.file, cls.extends);
    // (a subclass without a constructor of its own hands its arguments on as they are)
    if (base.t === 'class') Object.assign(out, fieldsOf(ev, base, ctor === undefined ? args : (cls.superArgs ?? []).map(at), depth + 1));
  }
  if (ctor !== undefined) {
    for (const [field, v] of Object.entries(ev.summary(cls.file, ctor)?.instanceProps ?? {})) {
      const b = at(v);
      if (b) out[field] = b;
      else delete out[field];
    }
  }
  return out;
}

function nameOf(v: ValueRef | undefined): string | null {
  if (!v) return null;
  if (v.k === 'ref' || v.k === 'global') return v.name;
  if (v.k === 'import') return v.name === 'default' || v.name === '*' ? null : v.name;
  if (v.k === 'member') return v.prop;
  if (v.k === 'lit' && typeof v.value === 'string') return v.value;
  return null;
}

/** The model a bound field holds, or null when it holds something else (a service, a client, a value not known). */
export function heldModel(ev: Evaluator, b: Bound, depth = 0): { orm?: Orm; model: string } | null {
  const r = b.ref;
  if (r.k === 'member') {
    // a Prisma delegate: `prisma.invoice`, `db.invoice`
    if (/^[a-z]/.test(r.prop) && !r.prop.startsWith('$')) {
      const head = nameOf(r.object);
      if (head && PRISMA_CLIENT_NAME.test(head)) return { orm: 'prisma', model: r.prop };
      const o = ev.eval(b.file, r.object);
      if ((o.t === 'ext' || o.t === 'extcall') && /prisma/i.test(o.module)) return { orm: 'prisma', model: r.prop };
      return null;
    }
    // `db.Invoice`, `models.Invoice` (Sequelize's model table)
    return /^[A-Z]/.test(r.prop) ? { model: r.prop } : null;
  }
  if (r.k === 'call') {
    const name = nameOf(r.callee);
    const model = nameOf(r.args[0]);
    if (name === 'getRepository' && model) return { orm: 'typeorm', model };
    if ((name === 'model' || name === 'define') && r.args[0]?.k === 'lit' && model) return { orm: name === 'model' ? 'mongoose' : 'sequelize', model };
    if (name === 'collection' && r.args[0]?.k === 'lit' && model) return { orm: 'mongodb', model };
    return null;
  }
  if (r.k !== 'ref' && r.k !== 'import' && r.k !== 'global') return null;
  // a local name for one of the above (`const invoices = prisma.invoice`)
  const local = r.k === 'ref' ? ev.files.get(b.file)?.bindings[r.name] : undefined;
  if (local && local.k !== 'class' && depth < 3) return heldModel(ev, { ref: local, file: b.file }, depth + 1);
  const av = ev.eval(b.file, r);
  if (av.t === 'class') return av.made || !av.name ? null : { model: av.name };
  if (av.t === 'extcall') {
    const last = av.path[av.path.length - 1];
    const model = nameOf(av.args[0]);
    if ((last === 'model' || last === 'define') && av.args[0]?.k === 'lit' && model) return { ...(av.module === 'mongoose' || av.module === 'sequelize' ? { orm: av.module as Orm } : {}), model };
    if (last === 'getRepository' && model) return { orm: 'typeorm', model };
  }
  if (av.t === 'fn' || av.t === 'object' || av.t === 'router' || av.t === 'module') return null;
  const name = nameOf(r);
  return name && /^[A-Z][A-Za-z0-9]*$/.test(name) ? { model: name } : null;
}

/** A function's queries on a held model, named for the models this instance's fields hold, beside its own (the others are not seen). */
export function withHeldModels(ev: Evaluator, s: FunctionSummary, binding: Binding | undefined): FunctionSummary {
  if (!binding || !s.heldQueries?.length) return s;
  const bound = s.heldQueries.flatMap((q) => {
    const b = q.heldBy ? binding[q.heldBy] : undefined;
    const m = b ? heldModel(ev, b) : null;
    return m ? [{ ...q, model: m.model, orm: m.orm ?? q.orm }] : [];
  });
  return bound.length ? { ...s, queries: [...s.queries, ...bound].sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column) } : s;
}

/**
 * The instance a call is made on, when it is one whose fields are bound: `invoiceRepo.findById(id)` with
 * `invoiceRepo = new InvoiceRepository()`; `this.findById(id)` inside a bound method (the same instance); `this.repo.get(id)`
 * inside a bound method whose `repo` was handed a repository (`class InvoiceService extends BaseService { constructor()
 * { super(invoiceRepo) } }`): then also the method called, which the class alone does not tell.
 */
export function receiverBinding(ev: Evaluator, file: string, callee: ValueRef, current: Binding | undefined): { binding?: Binding; callee?: AV } | undefined {
  if (callee.k !== 'member') return undefined;
  const obj = callee.object;
  if (obj.k === 'new' && obj.self) return current ? { binding: current } : undefined;
  const field = obj.k === 'member' && obj.object.k === 'new' && obj.object.self ? obj.prop : obj.k === 'new' && !obj.self ? obj.thisField : undefined;
  const b = field ? current?.[field] : undefined;
  if (b) {
    const inst = ev.eval(b.file, b.ref);
    if (inst.t !== 'class' || !inst.made) return undefined;
    return { binding: bindingOf(ev, inst), callee: ev.member(inst, callee.prop, 0) };
  }
  // (`private repo = new BaseRepository(prisma.invoice)`: `this.repo` is that construction, whoever the instance is)
  if (obj.k !== 'ref' && obj.k !== 'import' && obj.k !== 'member' && !(obj.k === 'new' && !obj.self && obj.args.length)) return undefined;
  const inst = ev.eval(file, obj);
  return inst.t === 'class' && inst.made ? { binding: bindingOf(ev, inst) } : undefined;
}

/** A key telling bindings apart (the same base method visited for two repositories is two reads). */
export function bindingKey(ev: Evaluator, binding: Binding | undefined): string {
  if (!binding) return '';
  return Object.keys(binding).sort().map((k) => {
    const m = heldModel(ev, binding[k]);
    return `${k}=${m ? `${m.orm ?? ''}:${m.model}` : `${binding[k].file}:${JSON.stringify(binding[k].ref).slice(0, 200)}`}`;
  }).join(',');
}
