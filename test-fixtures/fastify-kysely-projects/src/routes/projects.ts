import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { randomUUID } from 'node:crypto';
import { db } from '../db';
import { inOrg } from '../lib/scope';

const ProjectParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const ProjectBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 120 }) }, { additionalProperties: false });

// an encapsulated plugin: its onRequest hook runs for every route registered in it
const projectRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/', async (request) => {
    const { archived } = request.query as { archived?: string };
    // built step by step: the organization filter is there from the start
    let query = db.selectFrom('projects').selectAll().where('org_id', '=', request.user.orgId);
    if (archived !== undefined) query = query.where('archived', '=', archived === 'true');
    // ok: unscoped-tenant-query
    return query.orderBy('name').execute();
  });

  fastify.get<{ Params: { id: string } }>('/:id', { schema: { params: ProjectParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const project = await inOrg(db.selectFrom('projects').selectAll().where('projects.id', '=', request.params.id), request.user.orgId).executeTakeFirst();
    return project ?? reply.code(404).send({ error: 'Not found' });
  });

  // the same helper handed an organization the client names scopes nothing
  fastify.get<{ Params: { id: string }; Querystring: { org: string } }>('/:id/summary', async (request) => {
    // expect: unscoped-tenant-query
    return inOrg(db.selectFrom('projects').select(['id', 'name']).where('projects.id', '=', request.params.id), request.query.org).executeTakeFirst();
  });

  // Kysely's $call: the callback adds the organization filter
  fastify.get<{ Params: { id: string } }>('/:id/open-tasks', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('tasks').selectAll()
      .where('project_id', '=', request.params.id)
      .$call((qb) => qb.where('org_id', '=', request.user.orgId).where('status', '=', 'open'))
      .execute();
  });

  // ok: missing-input-validation
  fastify.post<{ Body: { name: string } }>('/', { schema: { body: ProjectBody } }, async (request, reply) => {
    const id = randomUUID();
    await db.insertInto('projects').values({ id, org_id: request.user.orgId, name: request.body.name, archived: false }).execute();
    return reply.code(201).send({ id });
  });

  // ok: missing-input-validation
  fastify.put<{ Params: { id: string }; Body: { name: string } }>('/:id', { schema: { params: ProjectParams, body: ProjectBody } }, async (request) => {
    // expect: unscoped-tenant-query
    await db.updateTable('projects').set({ name: request.body.name }).where('id', '=', request.params.id).execute();
    return { ok: true };
  });

  fastify.post<{ Params: { id: string } }>('/:id/archive', async (request, reply) => {
    // ok: unscoped-tenant-query
    const result = await db.updateTable('projects').set({ archived: true })
      .where('id', '=', request.params.id)
      .where('org_id', '=', request.user.orgId)
      .executeTakeFirst();
    if (!result.numUpdatedRows) return reply.code(404).send({ error: 'Not found' });
    return { ok: true };
  });

  // ok: missing-rate-limit
  fastify.get<{ Params: { id: string } }>('/:id/export.csv', { config: { rateLimit: { max: 3, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const tasks = await db.selectFrom('tasks').select(['id', 'title', 'status'])
      .where('project_id', '=', request.params.id)
      .where('org_id', '=', request.user.orgId)
      .execute();
    reply.header('content-type', 'text/csv');
    return tasks.map((t) => `${t.id},${JSON.stringify(t.title)},${t.status}`).join('\n');
  });
};

export default projectRoutes;
