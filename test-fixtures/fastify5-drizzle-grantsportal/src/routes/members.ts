import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, invites, users } from '../db';
import { signInvite } from '../lib/invites';
import { sendMail } from '../lib/mailer';

const RoleEnum = z.enum(['owner', 'admin', 'reviewer', 'member']);
const InviteBody = z.object({ email: z.string().email(), role: RoleEnum.exclude(['owner']) });
const UserParams = z.object({ userId: z.string().uuid() });

const memberRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.workspaceId, request.user.workspaceId));
  });

  // ok: missing-rate-limit, missing-role-check, missing-input-validation
  fastify.post('/invites', { config: { rateLimit: { max: 30, timeWindow: '1 hour' } }, schema: { body: InviteBody }, preHandler: fastify.requireRole('owner', 'admin') }, async (request, reply) => {
    const [invite] = await db.insert(invites).values({ ...request.body, workspaceId: request.user.workspaceId }).returning();
    const token = signInvite({ workspaceId: invite.workspaceId, email: invite.email, role: invite.role });
    await sendMail(invite.email, 'You are invited to review grants', `${process.env.APP_URL}/join?token=${token}`);
    return reply.code(201).send({ id: invite.id });
  });

  // expect: missing-rate-limit
  fastify.post('/invites/:inviteId/resend', { schema: { params: z.object({ inviteId: z.string().uuid() }) }, preHandler: fastify.requireRole('owner', 'admin') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [invite] = await db
      .select()
      .from(invites)
      .where(and(eq(invites.id, request.params.inviteId), eq(invites.workspaceId, request.user.workspaceId)));
    if (!invite) return reply.callNotFound();
    const token = signInvite({ workspaceId: invite.workspaceId, email: invite.email, role: invite.role });
    await sendMail(invite.email, 'Reminder: you are invited to review grants', `${process.env.APP_URL}/join?token=${token}`);
    return { ok: true };
  });

  // expect: missing-role-check
  fastify.patch('/:userId/role', { schema: { params: UserParams, body: z.object({ role: RoleEnum }) } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [member] = await db
      .update(users)
      .set({ role: request.body.role })
      .where(and(eq(users.id, request.params.userId), eq(users.workspaceId, request.user.workspaceId)))
      .returning({ id: users.id, role: users.role });
    if (!member) return reply.callNotFound();
    return member;
  });

  // ok: missing-role-check
  fastify.delete('/:userId', { schema: { params: UserParams }, preHandler: [fastify.requireRole('owner')] }, async (request, reply) => {
    if (request.params.userId === request.user.sub) return reply.code(400).send({ error: 'cannot_remove_self' });
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, request.params.userId), eq(users.workspaceId, request.user.workspaceId)));
    return reply.code(204).send();
  });
};

export default memberRoutes;
