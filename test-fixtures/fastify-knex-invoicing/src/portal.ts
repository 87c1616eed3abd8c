import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import authPlugin from './plugins/auth';
import { knex } from './db';

/**
 * Customer-facing billing portal. It is embedded as a widget on our
 * customers' own websites and authenticates with a session cookie.
 */
export async function buildPortal() {
  const jwtSecret = process.env.JWT_SECRET;
  if (!jwtSecret) {
    throw new Error('JWT_SECRET must be set');
  }

  const portal = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: true,
  });

  await portal.register(cors, {
    // expect: cors-wildcard
    origin: true,
    credentials: true,
    methods: ['GET', 'POST'],
  });

  await portal.register(cookie);
  await portal.register(jwt, {
    secret: jwtSecret,
    cookie: { cookieName: 'portal_session', signed: false },
    sign: { expiresIn: '8h' },
  });
  await portal.register(authPlugin);

  // ok: missing-auth
  portal.get('/portal/invoices', { onRequest: [portal.authenticate] }, async (request) => {
    // ok: unscoped-tenant-query
    return knex('invoices')
      .where({ org_id: request.user.orgId })
      .whereNot({ status: 'draft' })
      .select('id', 'number', 'status', 'amount_cents', 'currency', 'due_date')
      .orderBy('due_date', 'desc');
  });

  return portal;
}
