import type { FastifyPluginAsync } from 'fastify';
import mongoose from 'mongoose';
import { Company } from '../models/Company.js';
import { HrDocument } from '../models/Document.js';

const publicRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth
  fastify.get('/health', async () => ({ status: mongoose.connection.readyState === 1 ? 'ok' : 'degraded' }));

  // ok: missing-auth
  fastify.get<{ Params: { slug: string } }>('/public/companies/:slug', async (request, reply) => {
    const company = await Company.findOne({ slug: request.params.slug }).select('name slug').lean();
    if (!company) return reply.code(404).send({ error: 'Not found' });
    return company;
  });

  // signing page of the e-sign flow shows the document's metadata
  // expect: missing-auth
  fastify.get<{ Params: { id: string } }>('/public/documents/:id', async (request, reply) => {
    const doc = await HrDocument.findById(request.params.id).select('fileName kind signatureStatus employee').lean();
    if (!doc) return reply.code(404).send({ error: 'Not found' });
    return doc;
  });
};

export default publicRoutes;
