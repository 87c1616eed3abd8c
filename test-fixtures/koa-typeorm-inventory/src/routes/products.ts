import Router from 'koa-router';
import { z } from 'zod';
import { AppDataSource } from '../data-source';
import { Product } from '../entity/Product';
import { forTenant, requireRole } from '../middleware/roles';

const router = new Router({ prefix: '/products' });
const products = () => AppDataSource.getRepository(Product);

const ProductPatch = z.object({ name: z.string().min(1).max(200).optional(), priceCents: z.number().int().min(0).optional() }).strict();

router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await products().find({ where: { tenantId: ctx.state.user.tenantId }, order: { name: 'ASC' } });
});

router.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const product = await products().findOneBy({ id: ctx.params.id });
  if (!product) ctx.throw(404);
  ctx.body = product;
});

// ok: missing-input-validation
router.patch('/:id', async (ctx) => {
  const data = ProductPatch.parse(ctx.request.body);
  // ok: unscoped-tenant-query
  const product = await products().findOneBy({ id: ctx.params.id, ...forTenant(ctx) });
  if (!product) ctx.throw(404);
  Object.assign(product, data);
  ctx.body = await products().save(product);
});

router.delete('/:id', requireRole('owner', 'manager'), async (ctx) => {
  // expect: unscoped-tenant-query
  await products().delete({ id: ctx.params.id });
  ctx.status = 204;
});

// the quantity is set by hand from the stock count screen
// expect: missing-input-validation
router.put('/:id/quantity', async (ctx) => {
  const product = await products().findOneBy({ id: ctx.params.id, tenantId: ctx.state.user.tenantId });
  if (!product) ctx.throw(404);
  product.quantity = (ctx.request.body as any).quantity;
  await products().save(product);
  ctx.body = product;
});

export default router;
