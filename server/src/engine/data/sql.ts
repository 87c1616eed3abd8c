/**
 * A small, forgiving reader for the SQL strings handlers send to a database. It does not
 * validate SQL; it answers three questions rules need: which table, which operation, and
 * which columns the WHERE clause compares to which placeholder.
 */
import type { SqlTableFact } from '../types';

export interface SqlAnalysis {
  op: 'select' | 'insert' | 'update' | 'delete' | 'other';
  table: string | null;
  tables: string[];
  hasWhere: boolean;
  /** value: `$1`, `?#0` (nth `?` in the statement), `${0}` (template slot), `:name`, or a literal */
  whereColumns: { column: string; value: string; equals?: boolean }[];
  /** a SELECT of aggregates only (`COUNT(*)`, `SUM(total)`, grouped by a key or a month): totals, no record */
  aggregate?: boolean;
  /** INSERT / UPDATE: the placeholders of the values written (VALUES, SET), in the same notation as `whereColumns` */
  dataValues?: string[];
  /** INSERT / UPDATE: the columns written (`SET role = $1`, `INSERT INTO t (a, b)`) */
  dataColumns?: string[];
}

const IDENT = String.raw`[\`"\[]?([A-Za-z_][\w$]*)[\`"\]]?(?:\s*\.\s*[\`"\[]?([A-Za-z_][\w$]*)[\`"\]]?)?`;

function unqualified(m: RegExpExecArray): string {
  return (m[2] ?? m[1]).toLowerCase();
}

/** Strip comments and string literals so keywords inside them do not confuse us. */
function normalise(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    // `WHERE id = '${req.params.id}'`: a value interpolated into quotes is that value, not a literal
    .replace(/'(\$\{\d+\})'/g, '$1')
    // (a publication state is kept: `WHERE status = 'published'` reads public content)
    .replace(/'(?:[^']|'')*'/g, (lit) => (/^'(?:published|public|live|listed)'$/i.test(lit) ? lit.toLowerCase() : "'_'"))
    .replace(/\s+/g, ' ')
    .trim();
}

export function analyzeSql(raw: string): SqlAnalysis {
  const sql = normalise(raw);
  // number `?` placeholders in statement order so callers can map them to the params array
  let qi = 0;
  // SQLite's numbered `?1`, `?2` name their parameter; a bare `?` is the next one
  const numbered = sql.replace(/\?(\d+)|\?/g, (_m, d?: string) => (d ? `?#${Number(d) - 1}` : `?#${qi++}`));
  const lower = numbered.toLowerCase();
  const out: SqlAnalysis = { op: 'other', table: null, tables: [], hasWhere: false, whereColumns: [] };
  const first = /^\s*(?:with\b[\s\S]*?\)\s*)?(select|insert|update|delete)\b/i.exec(numbered);
  if (!first) return out;
  out.op = first[1].toLowerCase() as SqlAnalysis['op'];
  const tableRe =
    out.op === 'select' || out.op === 'delete'
      ? new RegExp(String.raw`\bfrom\s+` + IDENT, 'gi')
      : out.op === 'insert'
        ? new RegExp(String.raw`\binto\s+` + IDENT, 'gi')
        : new RegExp(String.raw`^\s*update\s+(?:only\s+)?` + IDENT, 'gi');
  const m = tableRe.exec(numbered);
  if (m) out.table = unqualified(m);
  const joinRe = new RegExp(String.raw`\b(?:from|join)\s+` + IDENT, 'gi');
  for (let j = joinRe.exec(numbered); j; j = joinRe.exec(numbered)) out.tables.push(unqualified(j));
  if (out.table && !out.tables.includes(out.table)) out.tables.unshift(out.table);
  if (out.op === 'select') out.aggregate = selectsAggregatesOnly(numbered);
  const whereAt = lower.search(/\bwhere\b/);
  if (out.op === 'insert' || out.op === 'update') {
    // what is written: the SET list up to WHERE, or an INSERT up to its RETURNING / ON CONFLICT ... WHERE
    const end = out.op === 'update' && whereAt >= 0 ? whereAt : numbered.length;
    const written = numbered.slice(0, end).split(/\breturning\b/i)[0];
    out.dataValues = [...written.matchAll(/\$\d+|\?#\d+|\$\{\d+\}|(?<![:\w]):[A-Za-z_]\w*|@[A-Za-z_]\w*/g)].map((x) => x[0]);
    if (out.op === 'update') {
      const set = /\bset\b([\s\S]*)$/i.exec(written)?.[1] ?? '';
      out.dataColumns = [...set.matchAll(/(?:^|,)\s*(?:[`"\[]?\w+[`"\]]?\s*\.\s*)?[`"\[]?([A-Za-z_]\w*)[`"\]]?\s*=/g)].map((x) => x[1]);
    } else {
      const cols = /\binto\s+[^\s(]+\s*\(([^)]*)\)/i.exec(written)?.[1];
      if (cols) out.dataColumns = cols.split(',').map((c) => c.trim().replace(/^[`"\[]|[`"\]]$/g, '')).filter((c) => /^[A-Za-z_]\w*$/.test(c));
    }
  }
  if (whereAt >= 0) {
    out.hasWhere = true;
    // (a subquery's filter is on its own table: `WHERE id IN (SELECT user_id FROM members WHERE org_id = $1)` compares
    // no column of the outer table to $1)
    const tail = withoutSubqueries(numbered.slice(whereAt + 5)).split(/\b(?:group\s+by|order\s+by|limit|offset|returning|having|union|for\s+update)\b/i)[0];
    const cmp = /(?:[`"\[]?[A-Za-z_][\w$]*[`"\]]?\s*\.\s*)?[`"\[]?([A-Za-z_][\w$]*)[`"\]]?\s*(=|<>|!=|\bin\b|\bis\b|\blike\b|\bilike\b)\s*(?:any\s*\(\s*)?\(?\s*(\$\d+|\?#\d+|\$\{\d+\}|:[A-Za-z_]\w*|@[A-Za-z_]\w*|'_'|'(?:published|public|live|listed)'|-?\d+(?:\.\d+)?|true|false|null|[A-Za-z_][\w.]*)/gi;
    for (let c = cmp.exec(tail); c; c = cmp.exec(tail)) {
      const column = c[1].toLowerCase();
      if (['and', 'or', 'not'].includes(column)) continue;
      out.whereColumns.push({ column, value: c[3], ...(/^(?:=|is)$/i.test(c[2]) ? { equals: true } : {}) });
    }
    // a publication flag tested on its own (`WHERE p.slug = $1 AND p.published`): the column is true
    const flag = /(?:^|\band\s|\()\s*(?:[`"\[]?[A-Za-z_][\w$]*[`"\]]?\s*\.\s*)?[`"\[]?((?:is_?)?(?:published|public|listed|live))[`"\]]?\s*(?=$|\)|;|\band\b|\bor\b|\border\b)/gi;
    for (let c = flag.exec(tail); c; c = flag.exec(tail)) out.whereColumns.push({ column: c[1].toLowerCase(), value: 'true', equals: true });
  }
  return out;
}

/** `(SELECT ...)` groups replaced by `_subquery_` (balanced parentheses; an unclosed one runs to the end). */
function withoutSubqueries(sql: string): string {
  let out = sql;
  for (let i = 0; i < 20; i++) {
    const at = out.search(/\(\s*select\b/i);
    if (at < 0) break;
    let depth = 0;
    let end = out.length;
    for (let k = at; k < out.length; k++) {
      if (out[k] === '(') depth++;
      else if (out[k] === ')' && --depth === 0) {
        end = k + 1;
        break;
      }
    }
    out = out.slice(0, at) + '_subquery_' + out.slice(end);
  }
  return out;
}

const AGGREGATE_CALL = /^(?:count|sum|avg|min|max)\s*\(/i;

/** Is every item of the SELECT list an aggregate, or a key the rows are grouped by? */
function selectsAggregatesOnly(sql: string): boolean {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?select\s+(?:distinct\s+)?([\s\S]*?)\s+from\b/i.exec(sql);
  if (!m) return false;
  const groupBy = /\bgroup\s+by\b/i.test(sql);
  let aggregates = 0;
  for (const raw of splitTopLevel(m[1])) {
    const item = raw.replace(/\s+as\s+[\w"`]+$/i, '').trim();
    if (AGGREGATE_CALL.test(item)) aggregates++;
    // grouped by a period or a status (not by a name or an id, which would list the records)
    else if (!groupBy || !/date_trunc|extract\s*\(|\b(?:month|week|year|day|date|hour|status|created_?at)\b/i.test(item)) return false;
  }
  return aggregates > 0;
}

/** Split a list on the commas outside parentheses. */
function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** Tables and their columns from CREATE TABLE statements (schema.sql, migrations). */
export function parseSqlDdl(text: string): SqlTableFact[] {
  const out: SqlTableFact[] = [];
  const re = /create\s+table\s+(?:if\s+not\s+exists\s+)?(?:[`"\[]?\w+[`"\]]?\s*\.\s*)?[`"\[]?(\w+)[`"\]]?\s*\(/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    const body = text.slice(start, i - 1);
    const columns: string[] = [];
    let part = '';
    depth = 0;
    for (const ch of body + ',') {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) {
        const col = /^\s*[`"\[]?(\w+)[`"\]]?\s+\w/.exec(part);
        if (col && !/^(?:primary|foreign|unique|constraint|check|key|index)$/i.test(col[1])) columns.push(col[1].toLowerCase());
        part = '';
      } else part += ch;
    }
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ name: m[1].toLowerCase(), columns, line });
  }
  // row-level security: `alter table invoices enable row level security`, `create policy ... on invoices`
  const rls = /alter\s+table\s+(?:only\s+)?(?:[`"]?\w+[`"]?\s*\.\s*)?[`"]?(\w+)[`"]?\s+enable\s+row\s+level\s+security|create\s+policy\s+(?:"[^"]*"|\w+)\s+on\s+(?:[`"]?\w+[`"]?\s*\.\s*)?[`"]?(\w+)/gi;
  for (let m = rls.exec(text); m; m = rls.exec(text)) {
    const name = (m[1] ?? m[2]).toLowerCase();
    const t = out.find((x) => x.name === name);
    if (t) t.rls = true;
    else out.push({ name, columns: [], line: text.slice(0, m.index).split('\n').length, rls: true });
  }
  return out;
}
