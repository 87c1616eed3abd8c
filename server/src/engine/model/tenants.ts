/**
 * Which models and tables are tenant-owned: Prisma schema fields, SQL DDL columns,
 * columns the project's own queries filter on, and configuration.
 */
import type { PrismaModelFact, SqlTableFact, FileFacts } from '../types';
import type { RouteguardConfig } from '../config/types';
import { tenantKeysOf, isTenantRoot } from '../data/prismaSchema';
import { queryShapes } from '../facts/functionIndex';
import * as crypto from 'crypto';
import { sameFacts } from './sameFacts';

export interface TenantInfo {
  tenantOwned: boolean;
  keys: string[];
  /**
   * the user a record belongs to when nothing else scopes it (`Post.authorId`, a Mongoose `author: { ref: 'User' }`,
   * `created_by`): who may change or delete it, not who may read it (a blog post is public, its edits are its author's)
   */
  writeOwnerKeys?: string[];
}

/** Columns that name the user who made or owns a row (`authorId`, `created_by`, `creator`, `uploadedBy`). */
const AUTHOR_KEY = /^(?:author|creator|created_?by|posted_?by|uploaded_?by|submitted_?by|written_?by|owner|owned_?by)(?:_?id)?$/i;

/** `Invoices`, `invoices`, `invoice_items`, `InvoiceItem` -> one key */
export function normModel(name: string): string {
  let n = name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  if (n.endsWith('ies')) n = n.slice(0, -3) + 'y';
  else if (/(?:ss|x|ch|sh)es$/.test(n)) n = n.slice(0, -2);
  else if (n.endsWith('s') && !n.endsWith('ss')) n = n.slice(0, -1);
  return n;
}

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** What a file gives the tenant index (schema models, tables, ORM models, query filters), as text. */
const tenantInputs = new WeakMap<FileFacts, string>();
function tenantInputOf(f: FileFacts): string {
  let s = tenantInputs.get(f);
  if (s === undefined) {
    const queries = queryShapes(f);
    s = f.prismaModels.length || f.sqlTables.length || f.ormModels?.length || queries.length ? JSON.stringify([f.prismaModels, f.sqlTables, f.ormModels ?? [], queries]) : '';
    tenantInputs.set(f, s);
  }
  return s;
}

/** the last index built, reused while its inputs are the same (the language server relinks after every edit) */
let lastIndex: { key: string; index: TenantIndex; config: string; files: Map<string, FileFacts> } | undefined;

export class TenantIndex {
  /** The index of these files: the last one when no file changed what it reads. */
  static of(files: Map<string, FileFacts>, config: RouteguardConfig): TenantIndex {
    const configKey = JSON.stringify(config);
    if (lastIndex && lastIndex.config === configKey && sameFacts(lastIndex.files, files, tenantInputOf)) {
      // (a snapshot: the language server's map is updated in place by later edits)
      lastIndex.files = new Map(files);
      return lastIndex.index;
    }
    const h = crypto.createHash('sha1').update(configKey);
    for (const [file, f] of files) {
      const s = tenantInputOf(f);
      if (s) h.update(file).update('\0').update(s).update('\0');
    }
    const key = h.digest('base64');
    if (lastIndex?.key === key) {
      lastIndex = { ...lastIndex, config: configKey, files: new Map(files) };
      return lastIndex.index;
    }
    const index = new TenantIndex(files, config);
    index.inputKey = key;
    lastIndex = { key, index, config: configKey, files: new Map(files) };
    return index;
  }

  /** a digest of what the index was built from (the route memo starts over when it changes) */
  inputKey = '';
  readonly prismaModels: PrismaModelFact[] = [];
  readonly sqlTables: SqlTableFact[] = [];
  private readonly byDelegate = new Map<string, PrismaModelFact>();
  private readonly tableColumns = new Map<string, Set<string>>();
  /** columns/fields of ORM models and tables, by normalised name (invoices, Invoice -> invoice) */
  private readonly modelColumns = new Map<string, Set<string>>();
  /** Objection.js named modifiers by model: the columns each filters by (see OrmModelFact.modifiers) */
  private readonly modelModifiers = new Map<string, NonNullable<import('../types').OrmModelFact['modifiers']>>();
  private readonly rlsTables = new Set<string>();
  /** the fields of ORM models by the table name they declare (`@Entity('vendors') class Vendor`) */
  private readonly ormTables = new Map<string, string[]>();
  /** ORM models by their normalised name (`Appointment` -> `appointment`): raw SQL over their default table (`appointments`) */
  private readonly ormByNorm = new Map<string, string[]>();
  private readonly tenantCols: Set<string>;
  private readonly memo = new Map<string, TenantInfo>();

  /** tenant keys learned from the schema: what the user table belongs to (clinic_id, storeId) */
  readonly learnedKeys: string[] = [];

  constructor(files: Map<string, FileFacts>, private config: RouteguardConfig) {
    const learned = learnTenantKeys(files);
    this.learnedKeys = learned;
    this.config = { ...config, tenantKeys: [...new Set([...config.tenantKeys, ...learned])] };
    this.tenantCols = new Set(this.config.tenantKeys.flatMap((k) => [k.toLowerCase(), snake(k)]));
    for (const f of files.values()) {
      for (const m of f.prismaModels) {
        this.prismaModels.push(m);
        this.byDelegate.set(m.delegate, m);
        this.byDelegate.set(m.name.toLowerCase(), m);
      }
      for (const t of f.sqlTables) {
        this.sqlTables.push(t);
        const set = this.tableColumns.get(t.name.toLowerCase()) ?? new Set();
        t.columns.forEach((c) => set.add(c.toLowerCase()));
        this.tableColumns.set(t.name.toLowerCase(), set);
      }
      for (const m of f.ormModels ?? []) {
        // the table an ORM model names (`@Entity('vendors')`, `pgTable('vendors', ...)`) is what raw SQL reads
        if (m.names.length > 1) for (const n of m.names.slice(1)) this.ormTables.set(n.toLowerCase(), m.fields);
        for (const n of m.names) if (!this.ormByNorm.has(normModel(n))) this.ormByNorm.set(normModel(n), m.fields);
        if (m.modifiers) for (const n of m.names) this.modelModifiers.set(normModel(n), { ...this.modelModifiers.get(normModel(n)), ...m.modifiers });
        for (const n of m.names) {
          const set = this.modelColumns.get(normModel(n)) ?? new Set();
          m.fields.forEach((c) => set.add(c));
          this.modelColumns.set(normModel(n), set);
        }
      }
      for (const t of f.sqlTables) if (t.rls) this.rlsTables.add(normModel(t.name));
      // learn tenant columns from the project's own queries: `WHERE org_id = $1`, `{ orgId: user.orgId }`
      for (const [orm, model, where] of queryShapes(f)) {
        if (orm === 'prisma' || !where) continue;
        const key = orm === 'sql' ? model.toLowerCase() : normModel(model);
        const map = orm === 'sql' ? this.tableColumns : this.modelColumns;
        const set = map.get(key) ?? new Set();
        where.forEach((w) => set.add(orm === 'sql' ? w.split('.')[0].toLowerCase() : w.split('.')[0]));
        map.set(key, set);
      }
    }
    // tables from DDL are models too (Knex, Kysely, Supabase and raw SQL share them)
    for (const [t, cols] of this.tableColumns) {
      const set = this.modelColumns.get(normModel(t)) ?? new Set();
      cols.forEach((c) => set.add(c));
      this.modelColumns.set(normModel(t), set);
    }
  }

  /** Tenant keys carried by the user model/table itself (`User.orgId`, `users.clinic_id`). */
  userTenantKeys(): string[] {
    const out = new Set<string>();
    // (no `User` model: the model people sign in with, holding a password hash and an email or username, `Member`, `Staff`)
    const account = (m: PrismaModelFact) => m.fields.some((x) => ACCOUNT_PASSWORD.test(x.name)) && m.fields.some((x) => ACCOUNT_LOGIN.test(x.name));
    const users = this.prismaModels.some((m) => /^users?$/i.test(m.name)) ? this.prismaModels.filter((m) => /^users?$/i.test(m.name)) : this.prismaModels.filter(account);
    for (const m of users) for (const k of tenantKeysOf(m, this.config.tenantKeys)) if (!/^(?:id|userId|ownerId)$/i.test(k)) out.add(k);
    for (const name of ['user', 'users']) {
      const cols = this.modelColumns.get(normModel(name)) ?? this.tableColumns.get(name);
      for (const c of cols ?? []) {
        const l = c.toLowerCase().replace(/^_+/, '');
        const key = this.tenantCols.has(l) ? l : this.tenantCols.has(l + 'id') ? l + 'id' : this.tenantCols.has(l + '_id') ? l + '_id' : '';
        if (key && !/^(?:id|userid|user_id|ownerid|owner_id)$/.test(key)) out.add(c);
      }
    }
    return [...out];
  }

  /**
   * Users hold their role in each tenant on a membership row (`memberships (user_id, org_id, role)`, Prisma's
   * `Membership { user, role }`): a role on the user row itself is then the platform's, not a tenant's.
   */
  memberRoles(): boolean {
    const roleCol = (c: string) => /^(?:role|roles|access_?level|permission|permissions)$/i.test(c);
    const userCol = (c: string) => /^user_?id$/i.test(c);
    // (a `memberships` / `team_members` / `project_users` table that points at a user: not the users table itself)
    const joins = (name: string, refersToUser: boolean) => refersToUser && !/^users?$/i.test(name) && (/(?:member|membership|collaborator)s?$/i.test(name) || /users?$/i.test(name));
    for (const m of this.prismaModels) {
      if (joins(m.name, m.fields.some((x) => USER_TABLE.test(x.type) && !!x.relationFields?.length)) && m.fields.some((x) => roleCol(x.name))) return true;
    }
    for (const t of this.sqlTables) if (joins(t.name, t.columns.some(userCol)) && t.columns.some(roleCol)) return true;
    for (const [name, cols] of this.modelColumns) {
      const list = [...cols];
      if (joins(name, list.some(userCol)) && list.some(roleCol)) return true;
    }
    return false;
  }

  /** the table has row-level security in the migrations (Supabase) */
  hasRls(table: string): boolean {
    return this.rlsTables.has(normModel(table));
  }

  /** the columns a named modifier of the model filters by (`modify('forAgency', x)`), null when the model names none */
  modifierColumns(model: string, name: string): { column: string; param: number }[] | null {
    return this.modelModifiers.get(normModel(model))?.[name] ?? null;
  }

  info(orm: import('../types').Orm, model: string): TenantInfo {
    const key = `${orm}:${model}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    let out: TenantInfo = { tenantOwned: false, keys: [] };
    const configured = this.config.tenantModels.some((m) => m.toLowerCase() === model.toLowerCase());
    // Kysely/Drizzle/SQL over a Prisma schema (`prisma-extension-kysely`, `selectFrom('Organisation')`) read its tables
    const viaSchema = orm !== 'prisma' ? this.prismaModels.find((m) => m.name === model || m.name.toLowerCase() === model.toLowerCase()) : undefined;
    if (orm === 'prisma' || viaSchema) {
      const m = viaSchema ?? this.byDelegate.get(model) ?? this.byDelegate.get(model.toLowerCase());
      if (m) {
        const keys = tenantKeysOf(m, this.config.tenantKeys);
        const root = isTenantRoot(m, this.prismaModels, this.config.tenantKeys);
        out = { tenantOwned: keys.length > 0 || root || configured, keys: keys.length ? keys : root ? ['id'] : [] };
        // an author relation to the user model (`author User @relation(fields: [authorId], ...)`) names the row's owner
        // (not any relation to a user: an assignee or a reviewer does not own the row)
        if (!out.tenantOwned && !USER_TABLE.test(m.name)) {
          const owners = m.fields.filter((f) => USER_TABLE.test(f.type) && f.relationFields?.length && (AUTHOR_KEY.test(f.name) || f.relationFields.some((rf) => AUTHOR_KEY.test(rf)))).flatMap((f) => f.relationFields!);
          if (owners.length) out.writeOwnerKeys = owners;
        }
      } else if (configured) out = { tenantOwned: true, keys: [] };
    } else if (orm !== 'sql') {
      const cols = this.modelColumns.get(normModel(model));
      // Mongoose references are often named for the model (`workspace: { ref: 'Workspace' }`)
      const keys = cols ? [...cols].filter((c) => {
        // a Mongo-style `_organizationId` is the same key
        const l = c.toLowerCase().replace(/^_+/, '');
        return this.tenantCols.has(l) || this.tenantCols.has(l + 'id') || this.tenantCols.has(l + '_id');
      }) : [];
      const root = !keys.length && this.isRoot(normModel(model), this.modelColumns);
      out = { tenantOwned: keys.length > 0 || root || configured, keys: keys.length ? keys : root ? ['id'] : [] };
      if (!out.tenantOwned && cols && !USER_TABLE.test(normModel(model))) {
        // a field named for the row's author (Mongoose `author: { type: ObjectId, ref: 'User' }`, `createdBy`)
        const owners = [...cols].filter((c) => AUTHOR_KEY.test(c));
        if (owners.length) out.writeOwnerKeys = owners;
      }
    } else {
      const cols = this.tableColumns.get(model.toLowerCase());
      let keys = cols ? [...cols].filter((c) => this.tenantCols.has(c)) : [];
      const authors = cols ? [...cols].filter((c) => AUTHOR_KEY.test(c)) : [];
      // raw SQL over a table an ORM model declares (`dataSource.query('SELECT ... FROM vendors WHERE id = $1')` with
      // `@Entity('vendors') class Vendor { companyId }`): the model's tenant keys, as the columns SQL names them too
      // (a model declared without a table name is read through its ORM's default table, the model's name in
      // plural or snake case: Sequelize's `Appointment.init(...)` is `appointments`, TypeORM's `MedicalRecord` `medical_record`)
      const fields = !keys.length ? this.ormTables.get(model.toLowerCase()) ?? this.ormByNorm.get(normModel(model)) : undefined;
      if (fields) keys = [...new Set(fields.filter((c) => this.tenantCols.has(c.toLowerCase())).flatMap((c) => [c, snake(c)]))];
      // raw SQL over a table the project's query builders filter by a tenant column (`db('applications').where({ id,
      // company_id })` beside `db.raw('select ... from applications where id = ?')`): the same table, the same key
      if (!keys.length && !fields) {
        const learnedCols = this.modelColumns.get(normModel(model));
        if (learnedCols) keys = [...learnedCols].filter((c) => this.tenantCols.has(c.toLowerCase()));
      }
      out = { tenantOwned: keys.length > 0 || configured, keys, ...(keys.length || configured || !authors.length || USER_TABLE.test(model) ? {} : { writeOwnerKeys: authors }) };
    }
    this.memo.set(key, out);
    return out;
  }

  /**
   * The tenant root of a Drizzle or other ORM schema (`workspaces`, `organizations`), as a Prisma
   * schema's related model is: other models point at it through a tenant key named for it
   * (`users.workspaceId`, `projects.organization_id`). (Raw SQL tables are left as they were.)
   */
  private isRoot(name: string, columns: Map<string, Set<string>>): boolean {
    // (`organizations` is what an `orgId` / `org_id` points at)
    const stems = /^organi[sz]ation$/.test(name) ? [name, 'org'] : [name];
    const keys = stems.filter((st) => this.tenantCols.has(st + 'id') || this.tenantCols.has(st + '_id')).map((st) => st + 'id');
    if (!keys.length) return false;
    for (const [other, cols] of columns) {
      if (normModel(other) === name) continue;
      for (const c of cols) if (keys.includes(c.toLowerCase().replace(/_/g, ''))) return true;
    }
    return false;
  }

  /** the table's columns are known (from DDL or the project's own queries) */
  knowsTable(table: string): boolean {
    return this.sqlTables.some((t) => t.name === table.toLowerCase());
  }

  isUserModel(model: string): boolean {
    return /^(?:user|users|account|accounts|member|members|profile|profiles|customer|customers)$/i.test(model);
  }
}

const ACCOUNT_PASSWORD = /^(?:password_?hash|hashed_?password|encrypted_?password|password_?digest|pass_?hash)$/i;
const ACCOUNT_LOGIN = /^(?:email|email_?address|username|login)$/i;

const USER_TABLE = /^(?:users?|staff|staffs|members?|employees?|accounts?|profiles?|agents?|memberships?)$/i;

/**
 * The tenant of a domain-specific app is whatever its users belong to: `users.clinic_id`
 * referencing `clinics`, `User.storeId` related to `Store`. Those keys join the defaults.
 */
/**
 * What a user row points at that is not its tenant: who made it, lookup tables (status, role,
 * country, locale), media, billing, other users (manager, invitedBy), and a setting that picks one of
 * the user's own things (`defaultFolderId`, `lastProjectId`, `preferredCalendarId`). `User.statusId` is not
 * what scopes an invoice. Nor is a credential or code the user holds (`mfaSecretReferenceId`, `invitationCodeId`).
 */
const NOT_TENANT = /^(?:users?|created_?by|updated_?by|deleted_?by|owner|roles?|avatar|image|photo|picture|file|session|external|stripe|customer|status|state|type|kind|category|country|region|city|language|lang|locale|time_?zone|currency|gender|provider|social|device|address|plan|subscription|tier|level|position|title|manager|referrer|referred_?by|invited_?by|parent|default|primary|last|current|preferred|\w*(?:avatar|image|photo|picture|logo|banner)|\w*(?:secret|credential|password|passkey|token|invitation|invite|code)(?:_?reference|_?ref)?|(?:default|primary|last|preferred|fallback)_?[a-z]\w*)$/i;

/**
 * A membership table: users joined to what they belong to (`ProjectUser`, `TeamMember`, `club_members`,
 * `workspace_memberships`, `project_collaborators`; a `ProjectUser` / `project_users` one when it holds the user's role there), holding a reference to the user.
 */
const MEMBERSHIP_TABLE = /(?:member|membership|collaborator)s?$/i;

/** (a `<thing>_users` / `ProjectUser` table is one when it gives the user a role there: not `task_users` of assignees) */
function membershipTable(name: string, columns: string[], refersToUser: boolean): boolean {
  if (!refersToUser || USER_TABLE.test(name)) return false;
  if (MEMBERSHIP_TABLE.test(name)) return true;
  return /users?$/i.test(name) && columns.some((c) => /^(?:role|roles|access|access_?level|permission|permissions|is_?admin|is_?owner)$/i.test(c));
}

function learnTenantKeys(files: Map<string, FileFacts>): string[] {
  const out = new Set<string>();
  const tables = new Set<string>();
  const models = new Set<string>();
  const ormNames = new Set<string>();
  for (const f of files.values()) {
    f.sqlTables.forEach((t) => tables.add(t.name.toLowerCase()));
    f.prismaModels.forEach((m) => models.add(m.name));
    for (const m of f.ormModels ?? []) m.names.forEach((n) => ormNames.add(normModel(n)));
  }
  // ORM models: `StaffUser.storeId` with a `Store` model makes storeId the tenant key
  for (const f of files.values()) {
    for (const m of f.ormModels ?? []) {
      if (!m.names.some((n) => USER_TABLE.test(n) || /(?:user|staff|member|employee|account)s?$/i.test(n))) continue;
      for (const field of m.fields) {
        const k = /^(\w+?)(?:Id|_id)$/.exec(field);
        if (!k || NOT_TENANT.test(k[1])) continue;
        if (ormNames.has(normModel(k[1]))) out.add(field);
      }
      // Mongoose: `clinic: { type: ObjectId, ref: 'Clinic' }` on the user is what it belongs to
      for (const [field, target] of Object.entries(m.refs ?? {})) {
        if (NOT_TENANT.test(field) || NOT_TENANT.test(target) || USER_TABLE.test(target) || /(?:user|staff|member|employee)s?$/i.test(target)) continue;
        if (ormNames.has(normModel(target))) out.add(field);
      }
    }
  }
  // the app's account model under a name of its own (`Organizer`, `Seller`: the model people sign in with, holding a
  // password hash and an email or username): a reference named for it (`organizer: { ref: 'Organizer' }`,
  // `organizerId`) names the account that owns the row, as `user` / `userId` does
  const accounts = new Set<string>();
  for (const f of files.values()) {
    for (const m of f.ormModels ?? []) {
      if (m.names.some((n) => USER_TABLE.test(n))) continue;
      if (m.fields.some((x) => ACCOUNT_PASSWORD.test(x)) && m.fields.some((x) => ACCOUNT_LOGIN.test(x))) accounts.add(normModel(m.names[0]));
    }
  }
  if (accounts.size) {
    for (const f of files.values()) {
      for (const m of f.ormModels ?? []) {
        if (m.names.some((n) => accounts.has(normModel(n)))) continue;
        for (const [field, target] of Object.entries(m.refs ?? {})) if (accounts.has(normModel(target)) && normModel(field) === normModel(target)) out.add(field);
        for (const field of m.fields) {
          const k = /^(\w+?)(?:Id|_id)$/.exec(field);
          if (k && accounts.has(normModel(k[1]))) out.add(field);
        }
      }
    }
  }
  for (const f of files.values()) {
    for (const t of f.sqlTables) {
      // (a membership table, `club_members (club_id, user_id)`, says what users belong to as the users table does)
      if (!USER_TABLE.test(t.name) && !membershipTable(t.name, t.columns, t.columns.some((c) => /^user_?id$/i.test(c)))) continue;
      for (const c of t.columns) {
        const m = /^(\w+)_id$/.exec(c);
        if (!m || NOT_TENANT.test(m[1])) continue;
        const base = m[1];
        if (normModel(base) === normModel(t.name)) continue;
        if (tables.has(base) || tables.has(base + 's') || tables.has(base + 'es') || tables.has(base.replace(/y$/, 'ies'))) out.add(c);
      }
    }
    for (const m of f.prismaModels) {
      // an `Account` that belongs to a user (Auth.js's OAuth account, a brokerage account: `user User @relation(fields: [userId])`)
      // is not the user: what it points at (its `platformId`, its provider) is not what users belong to
      if (/^accounts?$/i.test(m.name) && m.fields.some((x) => x.relationFields?.length && x.type !== m.name && USER_TABLE.test(x.type))) continue;
      if (!USER_TABLE.test(m.name) && !membershipTable(m.name, m.fields.map((x) => x.name), m.fields.some((x) => USER_TABLE.test(x.type) && x.relationFields?.length))) continue;
      for (const field of m.fields) {
        if (!field.relationFields || !models.has(field.type) || USER_TABLE.test(field.type)) continue;
        if (NOT_TENANT.test(field.type) || field.relationFields.some((k) => NOT_TENANT.test(k.replace(/_?Id$/i, '')))) continue;
        field.relationFields.forEach((k) => out.add(k));
      }
    }
  }
  return [...out];
}
