import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from '../middleware/auth.js';

const prisma = new PrismaClient();
export const recipes = Router();

async function favorite(recipeId: number, userId: number) {
  // ok: unscoped-tenant-query
  return prisma.recipe.update({
    where: { id: recipeId },
    data: { favoritedBy: { connect: { id: userId } } },
  });
}

recipes.post('/recipes/:id/favorite', requireAuth, async (req, res) => {
  const recipe = await favorite(Number(req.params.id), req.auth!.sub as unknown as number);
  res.json({ recipe });
});

recipes.delete('/recipes/:id/favorite', requireAuth, async (req, res) => {
  // ok: unscoped-tenant-query
  await prisma.recipe.update({
    where: { id: Number(req.params.id) },
    data: { favoritedBy: { disconnect: { id: Number(req.auth!.sub) } } },
  });
  res.status(204).end();
});

// favoriting on someone else's behalf: the client names who is linked
// expect: missing-input-validation
recipes.post('/recipes/:id/favorites', requireAuth, async (req, res) => {
  // expect: unscoped-tenant-query
  await prisma.recipe.update({
    where: { id: Number(req.params.id) },
    data: { favoritedBy: { connect: { id: req.body.userId } } },
  });
  res.status(201).end();
});

recipes.delete('/recipes/:id', requireAuth, async (req, res) => {
  // expect: unscoped-tenant-query
  await prisma.recipe.delete({ where: { id: Number(req.params.id) } });
  res.status(204).end();
});

// joining another owner's kitchen by its id: a membership grants access, it is no reaction
recipes.post('/kitchens/:id/join', requireAuth, async (req, res) => {
  // expect: unscoped-tenant-query
  await prisma.kitchen.update({
    where: { id: Number(req.params.id) },
    data: { members: { connect: { id: Number(req.auth!.sub) } } },
  });
  res.status(204).end();
});
