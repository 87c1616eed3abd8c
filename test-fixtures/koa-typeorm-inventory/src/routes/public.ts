import Router from 'koa-router';
import { AppDataSource } from '../data-source';
import { Product } from '../entity/Product';

const router = new Router();

// ok: missing-auth
router.get('/health', (ctx) => {
  ctx.body = { ok: true };
});

// the storefront catalog: only products a tenant chose to publish
// ok: missing-auth
router.get('/catalog/:tenantId', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await AppDataSource.getRepository(Product).find({
    where: { tenantId: ctx.params.tenantId, published: true },
    select: { id: true, name: true, priceCents: true },
  });
});

export default router;
