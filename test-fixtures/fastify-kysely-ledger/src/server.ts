import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import jwt from '@fastify/jwt';
import { db } from './db';

const app = Fastify();
// expect: insecure-jwt
app.register(jwt, { secret: 'ledger-dev-secret' });

async function verify(request: FastifyRequest, reply: FastifyReply) {
  try {
    await request.jwtVerify();
  } catch {
    reply.code(401).send({ error: 'unauthorized' });
  }
}

app.addHook('onRequest', verify);

type ById = { Params: { id: string } };

// ok: missing-auth
app.get('/entries', async (request) => {
  // ok: unscoped-tenant-query
  return db.selectFrom('entries').selectAll().where('tenant_id', '=', request.user.tenantId).execute();
});

app.get<ById>('/entries/:id', async (request) => {
  // expect: unscoped-tenant-query
  return db.selectFrom('entries').selectAll().where('id', '=', request.params.id).executeTakeFirst();
});

app.delete<ById>('/entries/:id', async (request) => {
  // ok: unscoped-tenant-query
  await db.deleteFrom('entries').where('id', '=', request.params.id).where('tenant_id', '=', request.user.tenantId).execute();
  return { ok: true };
});

// no route schema: the memo is written as sent
// expect: missing-input-validation
app.patch<ById & { Body: { memo: string } }>('/entries/:id', async (request) => {
  // expect: unscoped-tenant-query
  await db.updateTable('entries').set({ memo: request.body.memo }).where((eb) => eb('id', '=', request.params.id)).execute();
  return { ok: true };
});

app.listen({ port: 3000 });
