import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { randomUUID } from 'node:crypto';
import { db } from '../db';

const NewTask = Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }), assigneeId: Type.Optional(Type.String({ format: 'uuid' })) });

// authentication per route with preHandler here, not with a plugin hook
const taskRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get<{ Params: { projectId: string } }>('/projects/:projectId/tasks', { preHandler: [fastify.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('tasks').selectAll()
      .where('project_id', '=', request.params.projectId)
      .where('org_id', '=', request.user.orgId)
      .execute();
  });

  // ok: missing-input-validation
  fastify.post<{ Params: { projectId: string }; Body: { title: string; assigneeId?: string } }>(
    '/projects/:projectId/tasks',
    { preHandler: fastify.authenticate, schema: { body: NewTask } },
    async (request, reply) => {
      const project = await db.selectFrom('projects').select('id')
        .where('id', '=', request.params.projectId)
        .where('org_id', '=', request.user.orgId)
        .executeTakeFirst();
      if (!project) return reply.code(404).send({ error: 'Not found' });
      const id = randomUUID();
      await db.insertInto('tasks').values({ id, org_id: request.user.orgId, project_id: project.id, title: request.body.title, status: 'open', assignee_id: request.body.assigneeId ?? null }).execute();
      return reply.code(201).send({ id });
    },
  );

  // the task is found through its project, and the project must belong to the caller's organization
  fastify.get<{ Params: { id: string } }>('/tasks/:id', { preHandler: [fastify.authenticate] }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const task = await db.selectFrom('tasks')
      .innerJoin('projects', 'projects.id', 'tasks.project_id')
      .select(['tasks.id', 'tasks.title', 'tasks.status', 'projects.name as project'])
      .where('tasks.id', '=', request.params.id)
      .where('projects.org_id', '=', request.user.orgId)
      .executeTakeFirst();
    return task ?? reply.code(404).send({ error: 'Not found' });
  });

  // the Body generic is a TypeScript type only; nothing checks the status at run time
  // expect: missing-input-validation
  fastify.patch<{ Params: { id: string }; Body: { status: string } }>('/tasks/:id', { preHandler: [fastify.authenticate] }, async (request) => {
    // expect: unscoped-tenant-query
    await db.updateTable('tasks').set({ status: request.body.status }).where('id', '=', request.params.id).execute();
    return { ok: true };
  });

  // forgot the preHandler on this one
  // expect: missing-auth
  fastify.delete<{ Params: { id: string } }>('/tasks/:id', async (request) => {
    // ok: unscoped-tenant-query
    await db.deleteFrom('tasks').where('id', '=', request.params.id).execute();
    return { ok: true };
  });
};

export default taskRoutes;
