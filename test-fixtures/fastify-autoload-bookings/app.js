import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AutoLoad from '@fastify/autoload';

const __filename = fileURLToPath(import.meta.url);
const __dirname = path.dirname(__filename);

export const options = {};

export default async function app(fastify, opts) {
  // shared plugins (fastify-plugin wrapped, so they decorate the root instance)
  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'plugins'),
    options: Object.assign({}, opts),
  });

  // one folder per prefix; autohooks.js files add hooks to their folder and the folders below
  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'routes'),
    autoHooks: true,
    cascadeHooks: true,
    options: Object.assign({}, opts),
  });

  fastify.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed');
    const statusCode = error.statusCode ?? 500;
    // ok: error-details-leak
    reply.status(statusCode).send({
      error: statusCode >= 500 ? 'Internal Server Error' : error.name,
      ...(process.env.NODE_ENV !== 'production' ? { stack: error.stack } : {}),
    });
  });
}
