import Router from 'koa-router';
import { AppDataSource } from '../data-source';
import { Warehouse } from '../entity/Warehouse';
import { Product } from '../entity/Product';

const router = new Router({ prefix: '/warehouses' });
const warehouses = () => AppDataSource.getRepository(Warehouse);

// the whole body goes into the row, tenantId included if the client sends one
// expect: missing-input-validation
router.post('/', async (ctx) => {
  const warehouse = warehouses().create({ ...(ctx.request.body as object), tenantId: ctx.state.user.tenantId });
  ctx.status = 201;
  ctx.body = await warehouses().save(warehouse);
});

// products of a warehouse, scoped by the warehouse's tenant through the join
router.get('/:id/products', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await AppDataSource.getRepository(Product)
    .createQueryBuilder('p')
    .innerJoin('p.warehouse', 'w')
    .where('w.id = :wid', { wid: ctx.params.id })
    .andWhere('w.tenantId = :tid', { tid: ctx.state.user.tenantId })
    .getMany();
});

router.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const warehouse = await warehouses().createQueryBuilder('w').where('w.id = :id', { id: ctx.params.id }).getOne();
  if (!warehouse) ctx.throw(404);
  ctx.body = warehouse;
});

// through the EntityManager: the entity is named first
router.get('/:id/address', async (ctx) => {
  // expect: unscoped-tenant-query
  const warehouse = await AppDataSource.manager.findOneBy(Warehouse, { id: ctx.params.id });
  ctx.body = { address: warehouse?.address ?? null };
});

router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await AppDataSource.manager.find(Warehouse, { where: { tenantId: ctx.state.user.tenantId }, order: { name: 'ASC' } });
});

export default router;
