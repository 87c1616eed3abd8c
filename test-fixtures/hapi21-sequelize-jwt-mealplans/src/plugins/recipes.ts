import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { caller } from '../lib/scope.js';
import { id } from '../lib/validation.js';
import { Recipe } from '../models/index.js';

const recipePayload = Joi.object({
  title: Joi.string().max(160).required(),
  ingredients: Joi.array().items(Joi.object({ name: Joi.string(), grams: Joi.number() })).max(60),
  kcal: Joi.number().integer().min(0).max(5000),
  isPublic: Joi.boolean().default(false),
});

export const recipesPlugin: Plugin<void> = {
  name: 'recipes',
  async register(server) {
    server.route([
      // ok: missing-auth, unscoped-tenant-query
      {
        method: 'GET',
        path: '/public',
        options: { auth: false },
        handler: async () => Recipe.findAll({ where: { isPublic: true }, limit: 100 }),
      },
      // ok: missing-auth, unscoped-tenant-query
      {
        method: 'GET',
        path: '/public/{recipeId}',
        options: { auth: false, validate: { params: Joi.object({ recipeId: id }) } },
        handler: async (request) => {
          const recipe = await Recipe.findByPk(request.params.recipeId);
          if (!recipe || !recipe.isPublic) throw Boom.notFound();
          return recipe;
        },
      },
      // ok: missing-auth, unscoped-tenant-query
      {
        method: 'GET',
        path: '/',
        handler: async (request) => Recipe.findAll({ where: { practiceId: caller(request).practiceId } }),
      },
      // ok: missing-auth
      {
        method: 'GET',
        path: '/library',
        handler: async () => {
          // expect: unscoped-tenant-query
          return Recipe.findAll({ order: [['title', 'ASC']], limit: 500 });
        },
      },
      // ok: missing-auth, missing-input-validation
      {
        method: 'POST',
        path: '/',
        options: { validate: { payload: recipePayload } },
        handler: async (request, h) => {
          const recipe = await Recipe.create({ ...(request.payload as object), practiceId: caller(request).practiceId });
          return h.response(recipe).code(201);
        },
      },
      // ok: missing-input-validation
      {
        method: 'PATCH',
        path: '/{recipeId}',
        options: { validate: { params: Joi.object({ recipeId: id }), payload: recipePayload } },
        handler: async (request) => {
          // expect: unscoped-tenant-query
          const recipe = await Recipe.findByPk(request.params.recipeId);
          if (!recipe) throw Boom.notFound();
          await recipe.update(request.payload as object);
          return recipe;
        },
      },
    ]);
  },
};
