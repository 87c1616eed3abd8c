import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { caller, loadClient } from '../lib/scope.js';
import { Attachment, Recipe } from '../models/index.js';

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? '/var/lib/mealplans/uploads';
const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

export const attachmentsPlugin: Plugin<void> = {
  name: 'attachments',
  async register(server) {
    // ok: missing-rate-limit, missing-input-validation, unrestricted-upload
    server.route({
      method: 'POST',
      path: '/clients/{clientId}/attachments',
      options: {
        pre: [{ method: loadClient, assign: 'client' }],
        plugins: { 'hapi-rate-limit': { enabled: true, userPathLimit: 30 } },
        // ok: unrestricted-upload
        payload: { output: 'stream', parse: true, multipart: true, maxBytes: 10 * 1024 * 1024 },
      },
      handler: async (request, h) => {
        const { file } = request.payload as { file: any };
        const contentType = file.hapi.headers['content-type'];
        if (!ALLOWED_TYPES.includes(contentType)) throw Boom.unsupportedMediaType();
        const target = path.join(UPLOAD_DIR, `${Date.now()}-${path.basename(file.hapi.filename)}`);
        await pipeline(file, fs.createWriteStream(target));
        const row = await Attachment.create({
          practiceId: caller(request).practiceId,
          clientId: request.pre.client.id,
          path: target,
          contentType,
        });
        return h.response(row).code(201);
      },
    });

    // expect: missing-rate-limit
    server.route({
      method: 'POST',
      path: '/recipes/{recipeId}/photo',
      options: {
        // expect: unrestricted-upload
        payload: { output: 'file', parse: true, multipart: true, maxBytes: 500 * 1024 * 1024 },
      },
      handler: async (request) => {
        const { practiceId } = caller(request);
        // ok: unscoped-tenant-query
        const recipe = await Recipe.findOne({ where: { id: request.params.recipeId, practiceId } });
        if (!recipe) throw Boom.notFound();
        const { photo } = request.payload as { photo: { path: string; filename: string } };
        const target = path.join(UPLOAD_DIR, 'recipes', `${recipe.id}-${path.basename(photo.filename)}`);
        await fs.promises.rename(photo.path, target);
        return { ok: true };
      },
    });
  },
};
