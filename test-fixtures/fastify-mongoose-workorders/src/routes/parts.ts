import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Schema, model, Types } from 'mongoose';

const partSchema = new Schema({
  company: { type: Types.ObjectId, ref: 'Company', required: true },
  sku: { type: String, required: true },
  name: String,
  stock: { type: Number, default: 0 },
});
export const Part = model('Part', partSchema);

const PartBody = z.object({ sku: z.string().min(1).max(40), name: z.string().max(120), stock: z.number().int().min(0) });

const partRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.route({
    method: 'GET',
    url: '/',
    onRequest: [fastify.authenticate],
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return Part.find({ company: request.user.company }).sort({ sku: 1 });
    },
  });

  // ok: missing-input-validation, missing-auth
  app.route({
    method: 'POST',
    url: '/',
    onRequest: [fastify.authenticate],
    schema: { body: PartBody },
    handler: async (request, reply) => {
      const part = await Part.create({ ...request.body, company: request.user.company });
      return reply.code(201).send(part);
    },
  });

  // expect: missing-auth
  app.route({
    method: 'PATCH',
    url: '/:partId/stock',
    schema: { body: z.object({ delta: z.number().int() }), params: z.object({ partId: z.string() }) },
    handler: async (request) => {
      return Part.findByIdAndUpdate(request.params.partId, { $inc: { stock: request.body.delta } }, { new: true });
    },
  });

  app.route({
    method: 'DELETE',
    url: '/:partId',
    onRequest: [fastify.authenticate, fastify.requireRole('manager')],
    handler: async (request, reply) => {
      const { partId } = request.params as { partId: string };
      // ok: unscoped-tenant-query
      const part = await Part.findById(partId);
      if (!part) return reply.code(404).send({ error: 'Not found' });
      if (String(part.company) !== request.user.company) return reply.code(403).send({ error: 'Forbidden' });
      await part.deleteOne();
      return reply.code(204).send();
    },
  });
};

export default partRoutes;
