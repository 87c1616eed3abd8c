import jwt from 'jsonwebtoken';
import type { FastifyPluginAsync } from 'fastify';
import { db } from '../db/index.js';

const PARTNER_PUBLIC_KEY = (process.env.PARTNER_PUBLIC_KEY ?? '').replace(/\\n/g, '\n');

interface PartnerClaims {
  partner: string;
  companyId: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    partner?: PartnerClaims;
  }
}

// Logistics partners pull vehicle positions with a token they sign with their key.
const partnerRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('preHandler', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) return reply.code(401).send({ error: 'Missing token' });
    try {
      // expect: insecure-jwt
      request.partner = jwt.verify(header.slice(7), PARTNER_PUBLIC_KEY) as PartnerClaims;
    } catch {
      return reply.code(401).send({ error: 'Invalid token' });
    }
  });

  // ok: missing-auth
  fastify.get('/vehicles', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .selectFrom('vehicles')
      .select(['plate', 'last_lat', 'last_lng'])
      .where('company_id', '=', request.partner!.companyId)
      .execute();
  });

  // ok: missing-auth
  fastify.get<{ Params: { plate: string } }>('/vehicles/:plate', async (request, reply) => {
    // ok: unscoped-tenant-query
    const vehicle = await db
      .selectFrom('vehicles')
      .select(['plate', 'last_lat', 'last_lng', 'odometer_km'])
      .where('plate', '=', request.params.plate)
      .where('company_id', '=', request.partner!.companyId)
      .executeTakeFirst();
    return vehicle ?? reply.code(404).send({ error: 'Not found' });
  });
};

export default partnerRoutes;
