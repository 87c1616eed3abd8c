/**
 * Prisma schema facts: models, their fields and relations. Parsed with @mrleebo/prisma-ast;
 * a line-based fallback keeps the models of a schema the parser rejects (a half-typed file
 * in the editor must not hide every tenant-scoping finding).
 */
import type { PrismaModelFact } from '../types';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function parsePrismaSchema(text: string): { models: PrismaModelFact[]; error?: string } {
  try {
    // loaded when a schema is read (a warm audit reads none)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { getSchema } = require('@mrleebo/prisma-ast') as typeof import('@mrleebo/prisma-ast');
    const schema = getSchema(text);
    const models: PrismaModelFact[] = [];
    for (const block of schema.list) {
      if (block.type !== 'model') continue;
      const fields: PrismaModelFact['fields'] = [];
      for (const p of block.properties) {
        if (p.type !== 'field') continue;
        const type = typeof p.fieldType === 'string' ? p.fieldType : p.fieldType.name;
        const field: PrismaModelFact['fields'][number] = { name: p.name, type };
        for (const a of p.attributes ?? []) {
          if (a.name === 'id') field.isId = true;
          if (a.name === 'relation') {
            for (const arg of a.args ?? []) {
              const v = arg.value as { type?: string; key?: string; value?: { type?: string; args?: string[] } };
              if (v && v.type === 'keyValue' && v.key === 'fields' && v.value && v.value.type === 'array') {
                field.relationFields = (v.value.args ?? []).map(String);
              }
            }
          }
        }
        fields.push(field);
      }
      models.push({ name: block.name, delegate: lowerFirst(block.name), fields, line: lineOfModel(text, block.name) });
    }
    return { models };
  } catch (e) {
    return { models: fallbackParse(text), error: `prisma schema did not parse: ${firstLine(e)}` };
  }
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 200);
}

function lineOfModel(text: string, name: string): number {
  const m = new RegExp(String.raw`^\s*model\s+${name}\b`, 'm').exec(text);
  return m ? text.slice(0, m.index).split('\n').length : 1;
}

function fallbackParse(text: string): PrismaModelFact[] {
  const out: PrismaModelFact[] = [];
  const re = /^\s*model\s+(\w+)\s*\{([\s\S]*?)^\s*\}/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const fields: PrismaModelFact['fields'] = [];
    for (const line of m[2].split('\n')) {
      const f = /^\s*(\w+)\s+(\w+)(\[\])?\??(.*)$/.exec(line);
      if (!f || f[1].startsWith('@@')) continue;
      const rel = /@relation\([^)]*fields\s*:\s*\[([^\]]*)\]/.exec(f[4]);
      fields.push({
        name: f[1],
        type: f[2],
        isId: /@id\b/.test(f[4]) || undefined,
        relationFields: rel ? rel[1].split(',').map((s) => s.trim()).filter(Boolean) : undefined,
      });
    }
    out.push({ name: m[1], delegate: lowerFirst(m[1]), fields, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

function keySet(keys: string[]): Set<string> {
  return new Set(keys.flatMap((k) => [k.toLowerCase(), snake(k)]));
}

/** Scalar fields of `model` that hold the tenant (organizationId, tenant_id, ...). */
export function tenantKeysOf(model: PrismaModelFact, keys: string[]): string[] {
  const set = keySet(keys);
  return model.fields.filter((f) => set.has(f.name.toLowerCase())).map((f) => f.name);
}

const TENANT_ROOT_NAME = /^(?:organi[sz]ations?|orgs?|tenants?|teams?|workspaces?|compan(?:y|ies)|accounts?)$/i;

/**
 * A tenant root is the model other models point at through a tenant key (Organization):
 * reading one by id is itself a tenant boundary.
 */
export function isTenantRoot(model: PrismaModelFact, all: PrismaModelFact[], keys: string[]): boolean {
  const set = keySet(keys);
  for (const other of all) {
    for (const f of other.fields) {
      if (f.type !== model.name || !f.relationFields) continue;
      if (f.relationFields.some((rf) => set.has(rf.toLowerCase()))) return true;
    }
  }
  return TENANT_ROOT_NAME.test(model.name) && all.some((o) => o !== model && tenantKeysOf(o, keys).length > 0);
}
