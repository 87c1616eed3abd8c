import { Elysia, t } from 'elysia';
import { and, desc, eq } from 'drizzle-orm';
import { apiKeys, db } from '../db';
import { log } from '../lib/logger';
import { authPlugin } from '../plugins/auth';

export const apiKeyRoutes = new Elysia({ prefix: '/api-keys' })
  .use(authPlugin)
  .get('/', async ({ me }) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: apiKeys.id, label: apiKeys.label, lastFour: apiKeys.lastFour, createdAt: apiKeys.createdAt })
      .from(apiKeys)
      .where(eq(apiKeys.workspaceId, me.workspaceId))
      .orderBy(desc(apiKeys.createdAt));
  })
  // ok: missing-input-validation
  .post(
    '/',
    async ({ me, body }) => {
      const secret = `cw_${crypto.randomUUID().replaceAll('-', '')}`;
      const keyHash = new Bun.CryptoHasher('sha256').update(secret).digest('hex');
      await db.insert(apiKeys).values({ workspaceId: me.workspaceId, label: body.label, keyHash, lastFour: secret.slice(-4) });
      // ok: token-logging
      log.info({ workspaceId: me.workspaceId, key: `****${secret.slice(-4)}` }, 'api key created');
      return { secret };
    },
    { body: t.Object({ label: t.String({ minLength: 1, maxLength: 60 }) }) },
  )
  .delete('/:id', async ({ params }) => {
    // expect: unscoped-tenant-query
    await db.delete(apiKeys).where(eq(apiKeys.id, params.id));
    return { ok: true };
  });
