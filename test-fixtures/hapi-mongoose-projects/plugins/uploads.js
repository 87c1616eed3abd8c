'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const Boom = require('@hapi/boom');
const Attachment = require('../models/attachment');
const User = require('../models/user');

const STORAGE_DIR = process.env.STORAGE_DIR || '/var/lib/projectly/files';

module.exports = {
  name: 'uploads',
  register(server) {
    // ok: missing-rate-limit, missing-input-validation
    server.route({
      method: 'POST',
      path: '/uploads',
      options: {
        // expect: unrestricted-upload
        payload: { output: 'stream', parse: true, multipart: true, maxBytes: 500 * 1024 * 1024 },
        plugins: { 'hapi-rate-limit': { enabled: true, userPathLimit: 30 } },
      },
      handler: async (request, h) => {
        const { file } = request.payload;
        const target = path.join(STORAGE_DIR, `${Date.now()}-${path.basename(file.hapi.filename)}`);
        await pipeline(file, fs.createWriteStream(target));
        const attachment = await Attachment.create({
          workspace: request.auth.credentials.workspaceId,
          uploadedBy: request.auth.credentials.id,
          filename: file.hapi.filename,
          contentType: file.hapi.headers['content-type'],
          storagePath: target,
        });
        return h.response(attachment).code(201);
      },
    });

    // expect: missing-rate-limit
    server.route({
      method: 'POST',
      path: '/uploads/avatar',
      options: {
        // ok: unrestricted-upload
        payload: { output: 'file', parse: true, multipart: true, maxBytes: 2 * 1024 * 1024 },
      },
      handler: async (request) => {
        const { avatar } = request.payload;
        if (!['image/png', 'image/jpeg'].includes(avatar.headers['content-type'])) {
          throw Boom.unsupportedMediaType('PNG or JPEG only');
        }
        const target = path.join(STORAGE_DIR, 'avatars', `${request.auth.credentials.id}.img`);
        await fs.promises.rename(avatar.path, target);
        await User.updateOne({ _id: request.auth.credentials.id }, { avatarPath: target });
        return { ok: true };
      },
    });
  },
};
