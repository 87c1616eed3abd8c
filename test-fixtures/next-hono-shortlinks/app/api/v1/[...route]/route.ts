import { Hono } from 'hono';
import { handle } from 'hono/vercel';
import { createHash } from 'crypto';
import { prisma } from '@/lib/prisma';

type Env = { Variables: { workspaceId: string; apiAuth: { workspaceId: string; keyId: string } } };

const app = new Hono<Env>().basePath('/api/v1');

// registered before the key check below: anyone may delete a link by id
// expect: missing-auth
app.delete('/links/:id', async (c) => {
  await prisma.link.delete({ where: { id: c.req.param('id') } });
  return c.body(null, 204);
});

app.use('*', async (c, next) => {
  const key = c.req.header('authorization')?.replace(/^Bearer /, '');
  if (!key) return c.json({ error: 'missing API key' }, 401);
  const apiKey = await prisma.apiKey.findUnique({ where: { hashedKey: createHash('sha256').update(key).digest('hex') } });
  if (!apiKey) return c.json({ error: 'invalid API key' }, 401);
  c.set('workspaceId', apiKey.workspaceId);
  c.set('apiAuth', { workspaceId: apiKey.workspaceId, keyId: apiKey.id });
  await next();
});

// a link of the key's workspace, or nothing
async function findWorkspaceLink({ linkId, workspaceId }: { linkId: string; workspaceId: string }) {
  // ok: unscoped-tenant-query
  return prisma.link.findFirst({ where: { id: linkId, workspaceId } });
}

app.get('/links/:id', async (c) => {
  const { workspaceId } = c.get('apiAuth');
  const link = await findWorkspaceLink({ linkId: c.req.param('id'), workspaceId });
  if (!link) return c.json({ error: 'not found' }, 404);
  return c.json(link);
});

app.get('/links', async (c) => {
  const links = await prisma.link.findMany({ where: { workspaceId: c.get('workspaceId') } });
  return c.json(links);
});

// expect: missing-input-validation
app.post('/links', async (c) => {
  const body = await c.req.json<{ key: string; url: string; userId: string }>();
  const link = await prisma.link.create({ data: { key: body.key, url: body.url, userId: body.userId, workspaceId: c.get('workspaceId') } });
  return c.json(link, 201);
});

// the Next.js route only hands requests to the Hono app: its routes are the ones above
// ok: missing-auth
export const GET = handle(app);
// ok: missing-auth
export const POST = handle(app);
// ok: missing-auth
export const DELETE = handle(app);
