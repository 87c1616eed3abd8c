/** missing-auth: a route that can be called without authentication and touches non-public data. */
import type { Rule } from '../server/src/engine/findings';
import { routeLabel } from '../server/src/engine/findings';
import { describeChain, firstDataAccess } from './shared';
import { namesPrivateData, ownSignInLookup } from '../server/src/engine/model/routes';
import { TOKEN_VERIFIER } from '../server/src/engine/facts/vocabulary';

export const rule: Rule = {
  meta: {
    id: 'missing-auth',
    name: 'Route reachable without authentication',
    defaultSeverity: 'error',
    description: 'A route can be called without authentication and reads non-public data or writes.',
    fullDescription:
      'No authentication middleware runs before this route, its handler does not reject requests without a session, and no Next.js middleware covering the path rejects them; yet it reads tenant or user data or changes state.',
    cwe: ['CWE-306', 'CWE-862'],
    fixable: true,
    docs: 'rules/missing-auth.md',
    perRoute: true,
  },
  check(ctx) {
    for (const r of ctx.model.routes) {
      if (r.auth.required) continue;
      // public on purpose (login, webhook...) unless a "public" route lets the caller pick the tenant whose data it reads
      if (r.publicReason && !(WEAK_PUBLIC.test(r.publicReason) && (picksTenant(r) || (/^(?:marked public|optional)/.test(r.publicReason) && readsByClientId(r)) || (r.publicReason.startsWith('public/marketing') && (readsPrivateByRecordId(r) || readsUnpublished(r) || readsDealingsWithPeople(r))) || readsEveryTenant(r) || writesByClientId(r) || readsRecordById(r)))) continue;
      // a route marked public that signs the caller in or exchanges a credential (`@Public() refreshToken`) is public by
      // what it does: it writes the session or token rows it issues (missing-rate-limit asks for its limiter)
      if (r.publicReason?.startsWith('marked public') && r.sensitiveAction === 'login') continue;
      if (!r.writes && !r.readsData) continue;
      // a capability URL: every tenant record it touches is looked up by an unguessable token (`/share/:token`)
      if (!r.writes && onlyByToken(r)) continue;
      // a capability link that acts: it first finds its record by the secret token the client holds
      // (`/sign/:token` -> recipient by token, then changes what that recipient may change)
      if (r.writes && keyedByToken(r)) continue;
      // (a server action is a POST whatever it does: say what its queries do)
      const what = r.method === 'ACTION'
        ? (r.queries.some((q) => q.kind !== 'read') || !r.readsData ? 'it is a server action that changes data' : 'it is a server action that reads non-public data')
        : r.writes ? 'it changes data' : 'it reads non-public data';
      const data = firstDataAccess(r);
      const evidence = [
        { message: `middleware chain seen: ${describeChain(r)}` },
        ...r.mounts.map((m) => ({ message: 'router mounted here', loc: m })),
        ...(data ? [{ message: `data access: ${data.text}`, loc: data.loc }] : []),
      ];
      ctx.report({
        loc: r.loc,
        route: routeLabel(r),
        message: `${routeLabel(r)} can be called without authentication, and ${what}${data ? ` (${data.text})` : ''}. Chain: ${describeChain(r)}.`,
        evidence,
        fixData: { commonAuth: ctx.model.commonAuth?.name, framework: r.framework },
      });
    }
  },
};

/** Records that exist to be found by the secret in a link (`Invitation`, `PasswordReset`, `VerificationToken`). */
const TOKEN_RECORD = /(?:token|invite|invitation|verification|confirmation|reset|unsubscribe|otp|magiclink)s?$/i;

/** Reasons that say "anyone may call this", not "this is how you sign in". */
// (a health or status path is public for what such a probe reads, a `SELECT 1` or a total; one that lists every tenant's
// rows, `SELECT tenant_id, count(*) ... GROUP BY tenant_id` under `/metrics/tenants`, publishes them)
const WEAK_PUBLIC = /^(?:marked public|optional authentication|public\/marketing content|health\/status endpoint)/;

/** A tenant-owned query filtered on its tenant key by a client-supplied value (`?orgId=`). */
function picksTenant(r: import('../server/src/engine/model/types').Route): boolean {
  if (!namesPrivateData(r.path) && !r.queries.some((q) => namesPrivateData('/' + q.model))) return false;
  return r.queries.some((q) => q.tenantOwned && !profileRead(q) && q.clientDriven.some((c) => q.tenantKeys.some((k) => k.toLowerCase() === c.path.split('.')[0].toLowerCase())));
}

/**
 * A profile: the user's, or the tenant's, own row read by its id (its tenant key is its id) under a public marker,
 * `GET /public/users/:id`: what a public path shows. Its writes, and the rows a tenant keeps, are judged as before.
 */
function profileRead(q: import('../server/src/engine/model/types').Route['queries'][number]): boolean {
  return q.kind === 'read' && q.tenantKeys.length > 0 && q.tenantKeys.every((k) => /^_?id$/.test(k));
}

/** A "public" route that changes a tenant-owned record the client picks by id. */
function writesByClientId(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && q.kind !== 'read' && !q.sessionScoped.length && q.clientDriven.some((c) => !/token|hash|secret|nonce|code$/i.test(c.path.split('.').pop() ?? '')));
}

/** A tenant-owned record or list selected by a client-supplied id that is not an unguessable token. */
// (a read filtered to published records, `and(eq(grants.id, id), eq(grants.status, 'published'))`, is public content
// whoever picks it: a public form that looks up the open call it answers reads nothing private)
function readsByClientId(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && !q.sessionScoped.length && !(q.kind === 'read' && q.publishedOnly) && q.clientDriven.some((c) => !/token|hash|secret|nonce|code$|slug$/i.test(c.path.split('.').pop() ?? '')));
}

/**
 * Under a public path, a tenant's rows picked by the id of one of its records where the path or the model names private
 * data (`GET /public/members/:memberId/bookings`): the path is the mistake, as with a listing of every tenant's rows.
 * (A public page's rows are read by a slug or filtered to what is published.)
 */
/** Records about people's dealings, private whoever asks: bookings, appointments, work orders, tickets, messages, notes. */
const PRIVATE_RECORD = /(?:^|_)(?:bookings?|reservations?|rentals?|appointments?|visits?|work_?orders?|service_?records?|tickets?|messages?|notes?|timesheets?|time_?entries|expenses?|transactions?|claims?|prescriptions?|medical_?records?|attendances?|donations?|pledges?)$|(?:Booking|Reservation|Rental|Appointment|Visit|WorkOrder|ServiceRecord|Ticket|Message|Note|Timesheet|TimeEntry|Expense|Transaction|Claim|Prescription|MedicalRecord|Attendance|Donation|Pledge)s?$|^(?:booking|reservation|rental|appointment|visit|workOrder|serviceRecord|ticket|message|note|timesheet|timeEntry|expense|transaction|claim|prescription|medicalRecord|attendance|donation|pledge)s?$/;

function readsPrivateByRecordId(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && q.kind === 'read' && !q.sessionScoped.length && !q.publishedOnly && !q.existenceOnly && !profileRead(q) &&
    (namesPrivateData(r.path) || namesPrivateData('/' + q.model) || PRIVATE_RECORD.test(q.model)) &&
    q.clientDriven.some((c) => /(?:^|_)id$|[a-z]Id$/.test(c.path.split('.').pop() ?? '')));
}

/** A relation naming a person: the customer, client, patient or member a dealing is with. */
const PERSON_RELATION = /^(?:customers?|clients?|donors?|supporters?|patients?|members?|students?|guests?|renters?|contacts?|users?|attendees?|employees?|drivers?|passengers?|buyers?|tenants?|residents?|owners?|participants?|applicants?|candidates?|guardians?|parents?)$/i;

/**
 * Under a public path, people's dealings (bookings, rentals, appointments) read together with the person each one is with
 * (`rental.findMany({ where: { company: { slug } }, include: { customer: true } })`): whatever picks the tenant, a slug too,
 * the rows name who dealt with it. (A lobby screen's `select` of titles, times and rooms names nobody.)
 */
function readsDealingsWithPeople(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && q.kind === 'read' && !q.sessionScoped.length && !q.publishedOnly && !q.existenceOnly && !q.countedOnly &&
    PRIVATE_RECORD.test(q.model) && q.clientDriven.length > 0 && (q.relations ?? []).some((x) => PERSON_RELATION.test(x)));
}

/**
 * Under a public path, a tenant's rows filtered to what is not published (`status: 'draft'`, `published: false`): the filter
 * itself says they are private; a public page shows what is published.
 */
function readsUnpublished(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && q.kind === 'read' && q.unpublishedOnly && !q.sessionScoped.length && !q.existenceOnly && !q.countedOnly &&
    !/^(?:count|countDocuments|exists|aggregate|groupBy)$/.test(q.op));
}

/**
 * Every tenant's rows, unfiltered (`SELECT ... FROM claims ORDER BY created_at DESC`, `find()`), behind a public marker:
 * no public listing reads a tenant table without a condition (published, open, visible...); the marker is the mistake.
 */
function readsEveryTenant(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && q.kind === 'read' && q.many && !q.hasFilter && !q.sessionScoped.length && !q.publishedOnly && !q.existenceOnly &&
    !/^(?:count|countDocuments|exists|aggregate|groupBy)$/.test(q.op) && !(q.dbDriven ?? []).length);
}

function onlyByToken(r: import('../server/src/engine/model/types').Route): boolean {
  // (the caller's own session looked up by its cookie, in a middleware in front, is no record of the link's)
  const owned = r.queries.filter((q) => q.tenantOwned && !ownSignInLookup(q));
  // (the column, or the value the client sends for it: an invitation whose id is its link's token, `eq(invitation.id, input.token)`)
  const tokenLike = (x: string) => /token|hash|secret|nonce/i.test(x.split('.').pop() ?? '');
  // (a board's id the client calls a token is still its id: only a token record's id, or a JSON path, is the secret)
  const byToken = (q: (typeof owned)[number]) => q.clientDriven.length > 0 && q.clientDriven.every((c) => tokenLike(c.path) ||
    (/^(?:input|params|param|query|body|args)\.\w*token$/i.test(c.source) && (!/^_?id$/i.test(c.path) || TOKEN_RECORD.test(q.model))));
  // rows reached from the row the token found (`projects where id = link.projectId`) belong to the same link
  const viaRow = (q: (typeof owned)[number]) => q.clientDriven.length === 0 && (q.dbDriven ?? []).length > 0;
  // or by the claims of a token the route verified (`const { payload } = await jwtVerify(params.token, key)`, then
  // `teams where id = payload.teamId`): the server signed them, the link carries them
  const byClaims = (q: (typeof owned)[number]) => q.clientDriven.length === 0 && q.sessionScoped.length > 0 &&
    q.sessionScoped.every((s) => TOKEN_VERIFIER.test(s.source.split('.')[0]));
  // or through a share link's row the client named (`share = findUnique({ where: { slug } })`, then `boards where id =
  // share.entityId`): a share record exists to be opened by whoever holds its key, whatever the key is called
  const opened = r.queries.filter((q) => q.kind === 'read' && SHARE_RECORD.test(q.model) && q.clientDriven.length > 0).flatMap((q) => q.clientDriven.map((c) => c.source));
  const viaShare = (q: (typeof owned)[number]) => opened.length > 0 && q.clientDriven.length > 0 && q.clientDriven.every((c) => opened.some((s) => c.source.startsWith(s + '.')));
  return (opened.length > 0 || owned.some((q) => byToken(q) || byClaims(q))) && owned.every((q) => byToken(q) || viaRow(q) || byClaims(q) || viaShare(q));
}

/** A share link's record: `Share`, `ShareLink`, `SharedLink`, `PublicLink`, `share_links`. */
const SHARE_RECORD = /^(?:shares?|share_?links?|shared_?links?|public_?links?|share_?tokens?)$/i;

/** One tenant-owned record fetched by the id the client sends (not a tenant's public list). */
function readsRecordById(r: import('../server/src/engine/model/types').Route): boolean {
  return r.queries.some((q) => q.tenantOwned && !q.many && !q.sessionScoped.length && !(q.kind === 'read' && q.publishedOnly) && !profileRead(q) && q.clientDriven.some((c) => /^_?id$/.test(c.path)));
}

/** The route's first lookup filters on a token/secret field (the caller proves possession of it). */
function keyedByToken(r: import('../server/src/engine/model/types').Route): boolean {
  const first = r.queries.find((q) => q.kind === 'read');
  return !!first && (first.filterPaths ?? []).some((p) => /(?:^|\.)(?:token|[a-z]+Token|tokenHash|secret|nonce)$/.test(p));
}
