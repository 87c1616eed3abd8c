import Router from 'koa-router';
import { z } from 'zod';
import { AppDataSource } from '../data-source';
import { StockMovement } from '../entity/StockMovement';
import { Product } from '../entity/Product';

const router = new Router();
const movements = () => AppDataSource.getRepository(StockMovement);

const Movement = z.object({ delta: z.number().int(), reason: z.enum(['sale', 'restock', 'count', 'damage']) });

router.get('/products/:productId/movements', async (ctx) => {
  const { tenantId } = ctx.state.user;
  // ok: unscoped-tenant-query
  ctx.body = await movements()
    .createQueryBuilder('m')
    .where('m.productId = :pid', { pid: ctx.params.productId })
    .andWhere('m.tenantId = :tid', { tid: tenantId })
    .orderBy('m.createdAt', 'DESC')
    .getMany();
});

// ok: missing-input-validation
router.post('/products/:productId/movements', async (ctx) => {
  let input: { delta: number; reason: string };
  try {
    input = Movement.parse(ctx.request.body);
  } catch (err) {
    // zod's message, sent with a client status set after the body
    // ok: error-details-leak
    ctx.body = { error: (err as Error).message };
    ctx.status = 422;
    return;
  }
  // ok: unscoped-tenant-query
  const product = await AppDataSource.getRepository(Product).findOneBy({ id: ctx.params.productId, tenantId: ctx.state.user.tenantId });
  if (!product) ctx.throw(404);
  await AppDataSource.transaction(async (tx) => {
    await tx.getRepository(StockMovement).insert({ tenantId: product.tenantId, productId: product.id, delta: input.delta, reason: input.reason });
    await tx.getRepository(Product).increment({ id: product.id }, 'quantity', input.delta);
  });
  ctx.status = 201;
});

router.get('/movements/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const movement = await movements().createQueryBuilder('m').where('m.id = :id', { id: ctx.params.id }).leftJoinAndSelect('m.product', 'p').getOne();
  ctx.body = movement ?? ctx.throw(404);
});

// a data source's builder names its entity in the chain, not on the receiver
router.delete('/movements/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  await AppDataSource.createQueryBuilder()
    .delete()
    .from(StockMovement)
    .where('id = :id', { id: ctx.params.id })
    .execute();
  ctx.status = 204;
});

export default router;
