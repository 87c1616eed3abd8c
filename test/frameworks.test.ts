/**
 * Route discovery per framework: the routes, prefixes and auth labels of one small app
 * per framework, as the access matrix shows them. Each row: "METHOD path auth-via|-".
 */
import * as assert from 'node:assert/strict';
import * as path from 'path';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');

async function rows(name: string): Promise<string[]> {
  const root = path.join(FIXTURES, name);
  const { model } = await analyzeWorkspace(root, { config: loadConfig(root).config });
  return model.routes
    .map((r) => `${r.method} ${r.path} ${r.auth.required ? r.auth.via.join('+') : r.publicReason ? `public(${r.publicReason})` : '-'}${r.roleCheck ? ' [role]' : ''}`)
    .sort();
}

const EXPECTED: Record<string, string[]> = {
  'fastify-clinic-api': [
    'DELETE /api/admin/staff/:id fastify.authenticate',
    'DELETE /api/appointments/:id fastify.authenticate',
    "GET /api/admin/audit fastify.authenticate+fastify.auth([fastify.authenticate, fastify.requireClinicAdmin], { relation: 'and' }) [role]",
    'GET /api/admin/staff fastify.authenticate+fastify.requireClinicAdmin [role]',
    'GET /api/appointments/:id -',
    'GET /api/appointments/:id/notes fastify.authenticate',
    'GET /api/appointments/upcoming fastify.authenticate',
    'GET /api/patients fastify.authenticate',
    'GET /api/patients/:id fastify.authenticate',
    'GET /api/patients/:id/chart fastify.authenticate+session check in handler',
    'GET /clinics/:clinicId/patients -',
    'GET /health public(health/status endpoint)',
    'GET /specialties -',
    'POST /api/appointments/:id/notes -',
    'POST /auth/login public(login/logout endpoint)',
    'PUT /api/patients/:id fastify.authenticate',
    'POST /webhooks/sms public(webhook (see unverified-webhook))',
  ],
  'express-pg-docs': [
    'DELETE /api/v1/admin/users/:id requireJwt',
    'DELETE /api/v1/documents/:id requireJwt',
    'GET /api/docs public(public/marketing content)',
    "GET /api/v1/admin/accounts requireJwt+permit('superadmin') [role]",
    'GET /api/v1/docs/:id/raw -',
    'GET /api/v1/documents requireJwt',
    'GET /api/v1/documents/:id requireJwt+session check in handler',
    'GET /api/v1/documents/:id/history requireJwt',
    'GET /api/v1/embed/shared requireJwt',
    'GET /api/v1/partners/catalog requireJwt',
    'GET /api/v1/preview/recent requireJwt',
    'GET /status public(health/status endpoint)',
    'POST /api/v1/admin/users/:id/role requireJwt+session check in handler [role]',
    'POST /api/v1/auth/change-password -',
    'POST /api/v1/auth/signup public(signup endpoint)',
    'POST /api/v1/auth/token/refresh public(auth endpoint)',
    'POST /api/v1/documents requireJwt',
    'POST /api/v1/documents/:id/copy requireJwt',
    'POST /api/v1/files/import requireJwt',
    'POST /webhooks/billing public(webhook (see unverified-webhook))',
    'POST /webhooks/github public(webhook (see unverified-webhook))',
    'PUT /api/v1/documents/:id requireJwt',
  ],
  'express-sequelize-taskboard': [
    'DELETE /api/v1/boards/:boardId verifyUser',
    'DELETE /api/v1/members/:id/profile verifyUser',
    'GET / -',
    'GET /api/v1/boards verifyUser',
    'GET /api/v1/boards/:boardId verifyUser',
    'GET /api/v1/boards/:boardId/tasks verifyUser+session check in handler',
    'GET /api/v1/members verifyUser',
    'GET /api/v1/members/:id -',
    'GET /api/v1/members/:id/profile verifyUser',
    'GET /api/v1/members/me/all-open-tasks verifyUser',
    'GET /api/v1/members/me/tasks verifyUser',
    'PATCH /api/v1/boards/:boardId/tasks/:taskId/toggle verifyUser',
    'POST /api/v1/boards verifyUser',
    'POST /api/v1/boards/:boardId/tasks verifyUser',
    'POST /api/v1/members/invite verifyUser+session check in handler [role]',
    'PUT /api/v1/boards/:boardId/tasks/:taskId verifyUser',
  ],
  'express-typeorm-projects': [
    'GET /api/projects AuthMiddleware.verify',
    'GET /api/projects/:id AuthMiddleware.verify',
    'GET /api/projects/:id/scoped AuthMiddleware.verify+session check in handler',
    "POST /api/projects/:id/archive AuthMiddleware.verify+AuthMiddleware.hasRole('admin', 'owner') [role]",
  ],
  'fastify-sequelize-shop': [
    'DELETE /api/v1/admin/users/:id fastify.authenticate',
    'DELETE /api/v1/orders/:id fastify.authenticate',
    'GET /api/v1/admin/orders/export fastify.authenticate',
    'GET /api/v1/admin/users fastify.authenticate+fastify.requireAdmin [role]',
    'GET /api/v1/orders fastify.authenticate',
    'GET /api/v1/orders/:id fastify.authenticate',
    'GET /api/v1/reports/daily onRequest hook (src/routes/reports.js)',
    'GET /embed/widgets/orders/:id -',
    'GET /health public(health/status endpoint)',
    'POST /api/v1/auth/login public(login/logout endpoint)',
    'POST /api/v1/auth/register public(signup endpoint)',
    'POST /api/v1/orders fastify.authenticate',
    'POST /api/v1/uploads fastify.authenticate',
    'PUT /api/v1/orders/:id/status fastify.authenticate',
  ],
  'hono-d1-links': [
    'DELETE /api/links/:id withUser',
    "DELETE /ops/users/:id basicAuth({ username: 'ops', password: OPS_PASSWORD }) [role]",
    'GET /admin/users <inline function> [role]',
    'GET /api/links withUser',
    'GET /api/links/:id withUser',
    'GET /api/links/:id/stats withUser',
    'PATCH /api/links/:id withUser',
    'POST /api/login public(login/logout endpoint)',
    'POST /internal/users/:id/ban basicAuth({ verifyUser: (username, password, c) => checkStaff(c.env.DB, username, password) })',
    'PUT /api/links/:id/url withUser',
  ],
  'koa-projects-js': [
    "DELETE /admin/users/:id jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })+requireRole('owner', 'admin') [role]",
    'DELETE /projects/:id jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })+session check in handler',
    "GET /admin/reports/usage jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })",
    "GET /admin/users jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })+requireRole('owner', 'admin') [role]",
    "GET /billing/invoices jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })",
    'GET /changelog public(public/marketing content)',
    'GET /health public(health/status endpoint)',
    'GET /projects jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })',
    'GET /projects/:id jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })',
    'GET /projects/:id/tasks jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })',
    'GET /usage/accounts/:accountId -',
    'POST /projects/:id/remember -',
    'PATCH /projects/:id/tasks/:taskId jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\\/auth/] })',
    'POST /auth/login public(login/logout endpoint)',
    'POST /webhooks/github public(webhook (see unverified-webhook))',
  ],
  // koa-mount prefixes, relative koa-router paths, routes a helper registers on a router it is given
  'koa-sequelize-wiki': [
    'GET /api/activity auth()',
    'DELETE /admin/users/:id auth()+session check in handler [role]',
    'GET /admin/documents auth({ allowApiKey: true })',
    'GET /admin/users auth({ role: "admin" }) [role]',
    'GET /api/collections auth()',
    'GET /api/collections/:id/documents auth()',
    'GET /api/collections/:id/pinned auth()+session check in handler',
    'GET /api/collections/:id/recent auth()',
    'POST /admin/users/:id/restore auth()+session check in handler [role]',
    'POST /admin/users/:id/suspend auth()',
    'POST /api/documents.add_group auth() [role]',
    'POST /api/documents.archive auth()',
    'POST /api/documents.delete auth()',
    'POST /api/documents.group_memberships auth()',
    'POST /api/documents.import resolveIntegration',
    'POST /api/documents.info auth() [role]',
    'POST /api/documents.list -',
    'POST /api/documents.memberships auth() [role]',
    'POST /api/documents.update auth() [role]',
    'POST /api/revisions.info auth() [role]',
  ],
  'hono-workspace-api': [
    'DELETE /api/admin/workspaces/:id/members/:memberId sessionGate+jwt({ secret: process.env.ADMIN_JWT_SECRET! })',
    'DELETE /api/boards/:boardId sessionGate',
    'GET /api/admin/workspaces sessionGate+jwt({ secret: process.env.ADMIN_JWT_SECRET! })+session check in handler [role]',
    'GET /api/boards sessionGate',
    'GET /api/boards/:boardId sessionGate',
    'GET /api/health public(health/status endpoint)',
    'GET /api/me/workspaces sessionGate',
    'GET /api/shared/pins -',
    'PATCH /api/pins/:pinId sessionGate',
    'POST /api/auth/login public(login/logout endpoint)',
    'POST /api/boards sessionGate+session check in handler',
    'POST /api/webhooks/stripe public(webhook (see unverified-webhook))',
  ],
  'nest-invoicing-api': [
    'DELETE /api/admin/users/:id RolesGuard (global guard)+JwtAuthGuard [role]',
    'DELETE /api/invoices/:id RolesGuard (global guard)+JwtAuthGuard [role]',
    'GET /api/admin/audit JwtAuthGuard',
    'GET /api/admin/users RolesGuard (global guard)+JwtAuthGuard [role]',
    'GET /api/exports/invoices.csv -',
    'GET /api/invoices JwtAuthGuard',
    'GET /api/invoices/:id JwtAuthGuard',
    'GET /api/invoices/:id/pdf JwtAuthGuard',
    'GET /api/invoices/shared/:token public(marked public (@Public()))',
    'POST /api/admin/billing/invoices/:id/void RolesGuard (global guard)+JwtAuthGuard+RolesGuard [role]',
    'POST /api/auth/login public(login/logout endpoint)',
    'POST /api/invoices/:id/attachments JwtAuthGuard',
    'POST /api/invoices/:id/receipt JwtAuthGuard',
  ],
  // @nestjs/graphql resolvers: operations named by `name` or the method; field resolvers are not entry points
  // Koa route modules taking `(...[router, deps])` and `(...args)` tuples, a sub-helper given the router,
  // RPC-style webhook names, an operator area behind its own token gate
  'koa-pg-identity-console': [
    'DELETE /api/tenants/:tenantId/members/:userId koaAuth(audience)',
    'GET /api/applications koaAuth(audience)',
    'GET /api/applications/:id koaAuth(audience)+session check in handler',
    'GET /api/tenants/current koaAuth(audience)',
    'GET /api/tenants/current/members koaAuth(audience)',
    'GET /infra/tenants/:tenantId/applications requireInfraToken',
    'PATCH /api/me/profile koaAuth(audience)',
    'POST /account/register public(signup endpoint)',
    'POST /account/sign-in public(login/logout endpoint)',
    'POST /api/applications koaAuth(audience)',
    'POST /api/me/avatar koaAuth(audience)',
    'POST /api/me/passkeys/registration koaAuth(audience)',
    'POST /integrations/hooks.unfurl shared secret check in handler',
    'POST /integrations/invites/webhook shared secret check in handler',
  ],
  'nest-graphql-teams': [
    "GET /teams/:teamId/collections AuthGuard('jwt')+TeamMemberGuard",
    "GET /teams/:teamId/collections/titles AuthGuard('jwt')",
    'MUTATION createCollection -',
    'MUTATION deleteSnippet GqlAuthGuard',
    'MUTATION removeSnippetByAdmin GqlAuthGuard+GqlAdminGuard [role]',
    'MUTATION renameSnippet GqlAuthGuard+GqlSnippetTeamGuard',
    'QUERY collection GqlAuthGuard',
    'QUERY collectionsOfTeam GqlAuthGuard',
    'QUERY myTeams GqlAuthGuard',
    'QUERY snippet GqlAuthGuard',
    'QUERY snippetCount GqlAuthGuard',
    'QUERY teamCollectionCount GqlAuthGuard',
    'QUERY teamCollections GqlAuthGuard+GqlTeamMemberGuard',
  ],
  // Remix: flat file names, `+` folders, pathless layouts; a layout loader protects no child loader
  // React Router 7: app/routes.ts decides (index, layout, prefix, nested route paths); a module
  // under app/routes/ that the config does not name is no route
  'react-router-invoices': [
    'GET / -',
    'GET / session check (requireUser)',
    'GET /api/invoices.csv -',
    'GET /customers -',
    'GET /invoices session check (requireUser)',
    'GET /invoices/:invoiceId session check (requireUser)',
    'GET /settings session check (requireUser)',
    'GET /settings/team session check (requireUser)',
    'POST /invoices/:invoiceId session check (requireUser)',
    'POST /login public(login/logout endpoint)',
    'POST /settings/team session check (requireUser) [role]',
  ],
  'remix-prisma-notes': [
    'GET / session check in handler',
    'GET /admin/users session check in handler',
    'GET /notes -',
    'GET /notes/:noteId session check in handler',
    'GET /notes/:noteId/share session check in handler',
    'GET /notes/:noteId/edit -',
    'GET /s/:token/opengraph public(public image (logo, avatar, preview card))',
    'GET /u/:userId/avatar public(public image (logo, avatar, preview card))',
    'POST /admin/users/:userId session check in handler [role]',
    'POST /notes/:noteId session check in handler',
    'POST /notes/:noteId/edit session check in handler',
    'POST /s/:token -',
    'POST /settings/avatar session check in handler',
    'POST /settings/photo session check in handler',
  ],
  // SvelteKit: +server.ts handlers, load and named form actions; a layout load protects nothing below it
  'sveltekit-prisma-tasks': [
    'DELETE /api/tasks/:id session check in handler',
    'GET / session check in handler',
    'GET /api/tasks/:id session check in handler',
    'GET /tasks session check in handler',
    'GET /tasks/:id -',
    'PATCH /api/tasks/:id session check in handler',
    'POST /tasks?/clear -',
    'POST /tasks?/create session check in handler',
  ],
  // SvelteKit: a handle hook built with sequence() that rejects anonymous requests, minus its open prefixes
  'sveltekit-authjs-crm': [
    'DELETE /api/contacts/:id src/hooks.server.ts handle (rejects requests without a session)',
    'GET /admin/members src/hooks.server.ts handle (rejects requests without a session)',
    'GET /api/contacts/:id src/hooks.server.ts handle (rejects requests without a session)',
    'GET /api/public/plans public(public/marketing content)',
    'GET /contacts/:id src/hooks.server.ts handle (rejects requests without a session)',
    'POST /api/webhooks/billing public(webhook (see unverified-webhook))',
    'POST /settings/api-access?/reveal src/hooks.server.ts handle (rejects requests without a session)',
    'POST /settings/api-access?/share src/hooks.server.ts handle (rejects requests without a session)',
    'POST /signin public(login/logout endpoint)',
  ],
  // SvelteKit: a sequence() hook that checks the (studio) route group by event.route.id and /admin by path, with a
  // superadmin check for /admin only; a layout-only guard for (account) protects none of its actions or endpoints
  'sveltekit-drizzle-bookings': [
    'DELETE /api/bookings/:id -',
    'GET / -',
    'GET / session check in handler',
    'GET /admin/studios src/hooks.server.ts handle (rejects requests without a session) [role]',
    'GET /api/bookings/:id session check in handler',
    'GET /api/health public(health/status endpoint)',
    'GET /blog/:slug public(public/marketing content)',
    'GET /dashboard src/hooks.server.ts handle (rejects requests without a session)',
    'GET /dashboard/bookings src/hooks.server.ts handle (rejects requests without a session)',
    'GET /dashboard/bookings/:id src/hooks.server.ts handle (rejects requests without a session)',
    'GET /dashboard/export src/hooks.server.ts handle (rejects requests without a session)',
    'GET /dashboard/rooms/:id src/hooks.server.ts handle (rejects requests without a session)',
    'GET /dashboard/team src/hooks.server.ts handle (rejects requests without a session)',
    'GET /login public(login/logout endpoint)',
    'GET /pricing public(public/marketing content)',
    'GET /settings/billing session check in handler',
    'GET /settings/profile session check in handler',
    'PATCH /api/bookings/:id session check in handler',
    'POST /admin/studios?/impersonate src/hooks.server.ts handle (rejects requests without a session) [role]',
    'POST /admin/studios?/suspend src/hooks.server.ts handle (rejects requests without a session) [role]',
    'POST /api/webhooks/calendar public(webhook (see unverified-webhook))',
    'POST /api/webhooks/stripe public(webhook (see unverified-webhook))',
    'POST /dashboard/bookings/:id src/hooks.server.ts handle (rejects requests without a session)',
    'POST /dashboard/bookings?/cancel src/hooks.server.ts handle (rejects requests without a session)',
    'POST /dashboard/bookings?/create src/hooks.server.ts handle (rejects requests without a session)',
    'POST /dashboard/rooms/:id?/uploadPhoto src/hooks.server.ts handle (rejects requests without a session)',
    'POST /dashboard/team?/changeRole src/hooks.server.ts handle (rejects requests without a session)',
    'POST /dashboard/team?/remove src/hooks.server.ts handle (rejects requests without a session)+session check in handler [role]',
    'POST /forgot-password public(password reset / verification endpoint)',
    'POST /login public(login/logout endpoint)',
    'POST /logout session check in handler',
    'POST /settings/profile?/changeEmail session check in handler',
    'POST /settings/profile?/leaveStudio -',
    'POST /settings/sessions -',
    'POST /signup public(signup endpoint)',
  ],
  // Nuxt: server/api and server/routes files by name and method suffix; a global server middleware that rejects
  // anonymous /api requests except its allowlisted prefixes; auto-imported server/utils (requireOrgAdmin) in handlers
  'nuxt-prisma-clientportal': [
    'ALL /sitemap.xml public(public/marketing content)',
    'DELETE /api/admin/users/:id server/middleware/02.auth.ts (rejects unauthenticated requests)+session check in handler',
    'DELETE /api/projects/:id server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'GET /api/admin/users server/middleware/02.auth.ts (rejects unauthenticated requests)+session check in handler [role]',
    'GET /api/health public(health/status endpoint)',
    'GET /api/invoices server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'GET /api/invoices/:id server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'GET /api/projects server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'GET /api/projects/:id server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'GET /api/public/plans public(public/marketing content)',
    'GET /auth/github public(auth endpoint)',
    'GET /reports/:orgId/invoices.csv -',
    'PATCH /api/projects/:id server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'POST /api/account/remember server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'POST /api/auth/login public(login/logout endpoint)',
    'POST /api/auth/register public(signup endpoint)',
    'POST /api/documents/upload server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'POST /api/invoices/:id/pay server/middleware/02.auth.ts (rejects unauthenticated requests)',
    'POST /api/projects server/middleware/02.auth.ts (rejects unauthenticated requests)+session check (requireUserSession)',
    'POST /api/webhooks/esign public(webhook (see unverified-webhook))',
    'POST /api/webhooks/stripe public(webhook (see unverified-webhook))',
  ],
  // Nitro (srcDir server): a middleware that only reads the bearer token guards nothing; auto-imported requireUser /
  // requireRole utils, the object form's onRequest hooks, a rate-limit middleware for /api/auth/ only
  'nitro-drizzle-tickets': [
    'ALL /health public(health/status endpoint)',
    'GET /api/admin/organizations session check (requireUser)',
    'GET /api/embed/config -',
    'GET /api/tickets session check (requireUser)',
    'GET /api/tickets/:id session check (requireUser)',
    'GET /api/tickets/:id/comments -',
    'PATCH /api/admin/agents/:id/role session check in handler [role]',
    'POST /api/admin/impersonate staffOnly [role]',
    'POST /api/auth/token public(token endpoint)',
    'POST /api/mfa/verify session check (requireUser)',
    'POST /api/tickets session check (requireUser)',
    'POST /api/tickets/:id/comments session check in handler',
    'POST /api/webhooks/github public(webhook (see unverified-webhook))',
    'PUT /api/tickets/:id session check in handler [role]',
  ],
  // Nuxt monorepo: an app extending a local layer (its server/utils auto-imported in the app), @sidebase/nuxt-auth's
  // getServerSession, a middleware that checks /api/admin only (with a role check), nuxt-security's global rate
  // limiter switched off for /api/catalog by routeRules, the object form's onRequest, defineLazyEventHandler
  'nuxt-layers-merchant': [
    'DELETE /api/admin/accounts/:id apps/shop/server/middleware/1.admin-gate.ts (rejects unauthenticated requests) [role]',
    'DELETE /api/products/:id session check (authorize) [role]',
    'GET /api/catalog -',
    'GET /api/health public(health/status endpoint)',
    'GET /api/orders session check (requireSession)',
    'GET /api/orders/:id session check (getServerSession)',
    'GET /api/reports/export session check (requireSession)',
    'GET /api/widget/stock -',
    'PATCH /api/account/settings session check (requireSession)',
    'POST /api/auth/forgot-password public(password reset / verification endpoint)',
    'POST /api/orders/:id/refund requireMerchant [role]',
    'POST /api/uploads/avatar session check (requireSession)',
    'POST /api/webhooks/paddle public(webhook (see unverified-webhook))',
  ],
  // React Router 7: app/routes.ts with route/index/layout/prefix and `...(await flatRoutes())`; the _app and admin
  // layouts' loaders guard none of their children; `$year[.]csv` is a parameter with a literal suffix
  'react-router-prisma-expenses': [
    'GET / -',
    'GET / session check (requireUser)',
    'GET /admin session check in handler [role]',
    'GET /admin/teams session check (requireUser)',
    'GET /admin/teams/:teamId session check in handler [role]',
    'GET /api/v1/expenses session check in handler',
    'GET /expenses session check (requireUser)',
    'GET /expenses/:expenseId session check (requireUser)',
    'GET /expenses/:expenseId/receipt -',
    'GET /healthz public(health/status endpoint)',
    'GET /login public(login/logout endpoint)',
    'GET /logout public(login/logout endpoint)',
    'GET /pricing public(public/marketing content)',
    'GET /reports/:year.csv session check (requireUser)',
    'GET /reset-password/:token public(password reset / verification endpoint)',
    'GET /settings/api-tokens session check (requireUser)',
    'GET /team session check (requireUser)',
    'POST /admin/teams/:teamId session check in handler [role]',
    'POST /api/expenses/:expenseId/approve session check (requireUser) [role]',
    'POST /api/webhooks/stripe public(webhook (see unverified-webhook))',
    'POST /expenses session check (requireUser)',
    'POST /expenses/:expenseId session check (requireUser)',
    'POST /expenses/new session check (requireUser)',
    'POST /forgot-password public(password reset / verification endpoint)',
    'POST /login public(login/logout endpoint)',
    'POST /logout public(login/logout endpoint)',
    'POST /reset-password/:token public(password reset / verification endpoint)',
    'POST /settings/api-tokens session check (requireUser)',
    'POST /team session check (requireUser) [role]',
  ],
  'trpc-team-crm': [
    'MUTATION admin.deleteTeam enforceUserIsAuthed',
    'MUTATION contact.remove enforceUserIsAuthed+session check in handler',
    'MUTATION note.update enforceUserIsAuthed',
    'MUTATION team.deleteInvite enforceUserIsAuthed',
    'MUTATION team.invite enforceUserIsAuthed',
    'QUERY admin.users enforceUserIsAuthed+<inline function> [role]',
    'QUERY contact.all -',
    'QUERY contact.byId enforceUserIsAuthed',
    'QUERY contact.list enforceUserIsAuthed+session check in handler',
    'QUERY health public(health/status endpoint)',
    'QUERY note.hello -',
    'QUERY note.mine enforceUserIsAuthed',
  ],
  // NestJS: a global guard instance (useGlobalGuards(new Guard(...))) whose canActivate lets path prefixes through
  'nest-prisma-fieldcrew': [
    'GET /crews new BearerGuard(...) (global guard)',
    'PATCH /crews/:crewId new BearerGuard(...) (global guard)',
    'POST /crews new BearerGuard(...) (global guard)',
    'GET /health public(health/status endpoint)',
    'GET /track/:jobId -',
    'PATCH /crews/jobs/:jobId/done new BearerGuard(...) (global guard)',
  ],
  'nest-typeorm-helpdesk': [
    'GET /api/v1/tickets JwtGuard',
    'GET /api/v1/tickets/:id JwtGuard',
    'GET /api/v1/tickets/:id/scoped JwtGuard',
    'GET /api/v1/tickets/search JwtGuard',
    'PATCH /api/v1/tickets/:id/close JwtGuard',
    'POST /api/v1/tickets/batch JwtGuard',
  ],
  // routes registered in loops: unrolled over literal lists, objects' keys and entries; a list of
  // another module gives a `:name` placeholder (`/help/:topic`)
  'express-mongo-portfolio': [
    'DELETE /holdings/:holdingId auth.requireUser',
    'GET /about -',
    'GET /help/:topic -',
    'GET /holdings/:holdingId auth.requireUser',
    'GET /investors/:ownerId/holdings auth.requireUser',
    'GET /pricing public(public/marketing content)',
    'GET /security -',
    'GET /statements/csv auth.requireUser',
    'GET /statements/pdf auth.requireUser',
    'GET /watchlist auth.requireUser',
    'POST /reports/dividends -',
    'POST /reports/rebalance -',
  ],
  'fastify-prisma-fleet': [
    'DELETE /admin/users/:id fastify.authenticate+session check in handler [role]',
    'DELETE /vehicles/:id fastify.authenticate+fastify.requireRole(\'owner\', \'fleet_admin\') [role]',
    'GET /admin/fuel-transactions fastify.authenticate',
    'GET /admin/users fastify.authenticate+fastify.requireRole(\'owner\', \'fleet_admin\') [role]',
    'GET /catalog/fuel-grades -',
    'GET /catalog/vehicles/:vin -',
    'GET /drivers fastify.authenticate',
    'GET /drivers/:id fastify.authenticate',
    'GET /drivers/by-license/:licenseNo -',
    'GET /healthz public(health/status endpoint)',
    'GET /my/trips session check in handler',
    'GET /trips fastify.authenticate',
    'GET /trips/:id fastify.authenticate',
    'GET /trips/active -',
    'GET /trips/by-company fastify.authenticate',
    'GET /trips/export.csv fastify.authenticate',
    'GET /trips/export.xlsx fastify.authenticate',
    'GET /vehicles fastify.authenticate',
    'GET /vehicles/:id fastify.authenticate',
    'GET /vehicles/:id/position fastify.authenticate',
    'GET /vehicles/documents/:id/download fastify.authenticate',
    'PATCH /admin/users/:id/role fastify.authenticate',
    'PATCH /vehicles/:id fastify.authenticate+session check in handler',
    'POST /auth/login public(login/logout endpoint)',
    'POST /auth/logout public(login/logout endpoint)',
    'POST /auth/signup public(signup endpoint)',
    'POST /drivers fastify.authenticate',
    'POST /vehicles/:id/documents fastify.authenticate',
    'POST /webhooks/fuel-card public(webhook (see unverified-webhook))',
    'POST /webhooks/telematics public(webhook (see unverified-webhook))',
    'PUT /vehicles/:id/odometer fastify.authenticate',
  ],
  'hono-drizzle-surveys': [
    'DELETE /api/surveys/:id requireSession+requireRole(\'owner\') [role]',
    'DELETE /api/workspace/members/:id requireSession+requireRole(\'owner\') [role]',
    'GET /api/surveys requireSession',
    'GET /api/surveys/:id requireSession',
    'GET /api/surveys/:id/export requireSession',
    'GET /api/surveys/:id/export.csv requireSession',
    'GET /api/surveys/:id/responses requireSession',
    'GET /api/surveys/:id/responses/count requireSession+session check in handler',
    'GET /api/surveys/by-workspace/list requireSession',
    'GET /api/workspace/members requireSession',
    'GET /embed/s/:slug -',
    'GET /health public(health/status endpoint)',
    'GET /ops/admin/workspaces <inline function> [role]',
    'GET /ops/workspaces/:id -',
    'PATCH /api/surveys/:id requireSession+requireRole(\'owner\', \'editor\') [role]',
    'POST /api/surveys requireSession+requireRole(\'owner\', \'editor\') [role]',
    'POST /auth/sign-in public(login/logout endpoint)',
    'POST /auth/sign-up public(signup endpoint)',
    'POST /ops/admin/workspaces/:id/plan <inline function> [role]',
    'POST /webhooks/mailer public(webhook (see unverified-webhook))',
    'POST /webhooks/mailer/v2 public(webhook (see unverified-webhook))',
    'POST /webhooks/stripe public(webhook (see unverified-webhook))',
    'PUT /api/workspace/members/:id/role requireSession',
  ],
  'koa-sequelize-clubhouse': [
    'GET /calendar/month -',
    'GET /calendar/season -',
    'GET /calendar/week -',
    'PATCH /members/me/bio auth.requireMember',
    'PATCH /members/me/preferences auth.requireMember',
    'POST /events/:id/relocate auth.requireMember',
    'POST /events/:id/reschedule auth.requireMember',
    'POST /members/guests auth.requireMember',
    'POST /members/me/seen auth.requireMember',
    'PUT /members/me auth.requireMember',
    'PUT /members/me/profile auth.requireMember',
  ],
};

describe('frameworks: routes, prefixes and auth labels', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, async function () {
      this.timeout(60000);
      assert.deepEqual(await rows(name), [...expected].sort());
    });
  }
});

// Fastify: setErrorHandler catches what the routes of its encapsulation context throw (a child plugin's
// own handler replaces it for the child's routes); what it logs belongs to those routes
describe('frameworks: Fastify error handlers by encapsulation context', () => {
  it('fastify-prisma-fleet', async function () {
    this.timeout(60000);
    const root = path.join(FIXTURES, 'fastify-prisma-fleet');
    const { model } = await analyzeWorkspace(root, { config: loadConfig(root).config });
    const label = new Map(model.routes.map((r) => [r.id, `${r.method} ${r.path}`]));
    const logRoutes = (file: string) => model.logs.filter((l) => l.file === file).flatMap((l) => l.routeIds.map((id) => label.get(id)!));
    const app = logRoutes('src/server.ts');
    const plugin = logRoutes('src/routes/vehicles.ts');
    assert.deepEqual([...new Set(plugin)].sort(), ['DELETE /vehicles/:id', 'GET /vehicles', 'GET /vehicles/:id', 'GET /vehicles/:id/position', 'PATCH /vehicles/:id', 'PUT /vehicles/:id/odometer']);
    assert.ok(app.includes('POST /auth/login') && app.includes('GET /trips/:id') && app.includes('POST /vehicles/:id/documents') && app.includes('GET /drivers/:id'));
    assert.ok(!app.some((r) => plugin.includes(r)));
    const leak = model.errorLeaks.find((e) => e.file === 'src/server.ts');
    assert.equal(leak?.routeIds.length, new Set(app).size);
  });
});

// router.param() loaders run before every route of their router with that path parameter:
// their queries decide the route's tenant scoping in the access matrix
describe('frameworks: param loaders in the tenant scoping of their routes', () => {
  const scoping = async (name: string) => {
    const root = path.join(FIXTURES, name);
    const { model } = await analyzeWorkspace(root, { config: loadConfig(root).config });
    return Object.fromEntries(model.routes.map((r) => [`${r.method} ${r.path}`, r.tenantScoping]));
  };
  it('express-param-loaders', async function () {
    this.timeout(60000);
    const s = await scoping('express-param-loaders');
    assert.equal(s['GET /api/invoices/:invoiceId'], 'unscoped');
    assert.equal(s['GET /api/invoices/:invoiceId/lines'], 'unscoped');
    assert.equal(s['GET /api/projects/:projectId'], 'scoped');
    assert.equal(s['GET /api/documents/:documentId'], 'scoped');
    assert.equal(s['GET /api/quotes/:quoteId'], 'scoped');
    assert.equal(s['GET /api/members/:membershipId'], 'unscoped');
  });
  it('koa-mongoose-vetclinic', async function () {
    this.timeout(60000);
    const s = await scoping('koa-mongoose-vetclinic');
    assert.equal(s['GET /pets/:petId'], 'unscoped');
    assert.equal(s['GET /pets'], 'scoped');
    assert.equal(s['GET /visits/:visitId'], 'scoped');
  });
});
