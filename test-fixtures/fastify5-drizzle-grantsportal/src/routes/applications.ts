import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { applications, budgetLines, db, reviews } from '../db';
import { attachmentsService } from '../services/attachments';
import { putObject, signedDownloadUrl } from '../lib/storage';

const AppParams = z.object({ id: z.string().uuid() });
const StatusBody = z.object({ status: z.enum(['shortlisted', 'rejected', 'awarded']) });
const ReviewBody = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(4000).optional() });
const ALLOWED_ATTACHMENT_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const applicationRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get('/:id', { schema: { params: AppParams } }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const application = await db.query.applications.findFirst({
      where: eq(applications.id, request.params.id),
      with: { reviews: true },
    });
    if (!application) return reply.callNotFound();
    return application;
  });

  // ok: missing-input-validation
  fastify.patch('/:id/status', { schema: { params: AppParams, body: StatusBody } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const application = await db.query.applications.findFirst({ where: eq(applications.id, request.params.id) });
    if (!application || application.workspaceId !== request.user.workspaceId) return reply.callNotFound();
    // ok: unscoped-tenant-query
    await db.update(applications).set({ status: request.body.status }).where(eq(applications.id, application.id));
    return { ...application, status: request.body.status };
  });

  // ok: missing-input-validation
  fastify.post('/:id/reviews', { schema: { params: AppParams, body: ReviewBody }, preHandler: fastify.requireRole('reviewer', 'admin', 'owner') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [application] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, request.params.id), eq(applications.workspaceId, request.user.workspaceId)));
    if (!application) return reply.callNotFound();
    const [review] = await db
      .insert(reviews)
      .values({ ...request.body, applicationId: application.id, workspaceId: request.user.workspaceId, reviewerId: request.user.sub })
      .returning();
    return reply.code(201).send(review);
  });

  // ok: missing-input-validation
  fastify.put('/reviews/:reviewId', { schema: { params: z.object({ reviewId: z.string().uuid() }), body: ReviewBody } }, async (request) => {
    // expect: unscoped-tenant-query
    const [review] = await db
      .update(reviews)
      .set({ score: request.body.score, comment: request.body.comment })
      .where(eq(reviews.id, request.params.reviewId))
      .returning();
    return review;
  });

  // ok: missing-rate-limit
  fastify.post('/:id/attachments', { config: { rateLimit: { max: 20, timeWindow: '1 hour' } }, schema: { params: AppParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [application] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.id, request.params.id), eq(applications.workspaceId, request.user.workspaceId)));
    if (!application) return reply.callNotFound();
    // ok: unrestricted-upload
    const file = await request.file();
    if (!file) return reply.code(400).send({ error: 'file_required' });
    if (!ALLOWED_ATTACHMENT_TYPES.has(file.mimetype)) return reply.code(415).send({ error: 'unsupported_type' });
    const buffer = await file.toBuffer();
    const storageKey = `${application.workspaceId}/${application.id}/${randomUUID()}`;
    await putObject(storageKey, buffer, file.mimetype);
    const created = await attachmentsService.create({
      workspaceId: application.workspaceId,
      applicationId: application.id,
      storageKey,
      fileName: file.filename,
      contentType: file.mimetype,
      sizeBytes: buffer.length,
    });
    return reply.code(201).send(created);
  });

  // ok: missing-rate-limit
  // expect: missing-input-validation
  fastify.post('/:id/budget-sheet', { config: { rateLimit: { max: 10, timeWindow: '1 hour' } }, schema: { params: AppParams } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const [application] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.id, request.params.id), eq(applications.workspaceId, request.user.workspaceId)));
    if (!application) return reply.callNotFound();
    // expect: unrestricted-upload
    const sheet = await request.file();
    if (!sheet) return reply.code(400).send({ error: 'file_required' });
    const rows = (await sheet.toBuffer())
      .toString('utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','));
    await db.insert(budgetLines).values(
      rows.map(([category, amount]) => ({
        workspaceId: application.workspaceId,
        applicationId: application.id,
        category,
        amountCents: Math.round(Number(amount) * 100),
      })),
    );
    return { imported: rows.length };
  });

  // ok: missing-auth
  fastify.get('/attachments/:attachmentId/download', { schema: { params: z.object({ attachmentId: z.string().uuid() }) } }, async (request, reply) => {
    const attachment = await attachmentsService.findById(request.params.attachmentId);
    if (!attachment) return reply.callNotFound();
    return reply.redirect(await signedDownloadUrl(attachment.storageKey));
  });
};

export default applicationRoutes;
