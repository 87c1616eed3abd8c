import { serve } from '@hono/node-server';
import { app } from './app.js';
import { logger } from './lib/logger.js';

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: app.fetch, port }, (info) => logger.info(`helpinbox listening on ${info.port}`));
