import Router from '@koa/router';
import { requireStaff } from '../middleware/auth';
import { Pet } from '../models/Pet';

export const petsRouter = new Router({ prefix: '/pets' });

petsRouter.use(requireStaff);

// @koa/router calls param middleware as (value, ctx, next) before routes with :petId.
petsRouter.param('petId', async (id, ctx, next) => {
  // expect: unscoped-tenant-query
  const pet = await Pet.findById(id);
  if (!pet) ctx.throw(404, 'no such pet');
  ctx.state.pet = pet;
  return next();
});

petsRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await Pet.find({ clinicId: ctx.state.user.clinicId }).sort({ name: 1 });
});

petsRouter.get('/:petId', async (ctx) => {
  ctx.body = ctx.state.pet;
});

petsRouter.get('/:petId/summary', async (ctx) => {
  const { name, species } = ctx.state.pet;
  ctx.body = { name, species };
});
