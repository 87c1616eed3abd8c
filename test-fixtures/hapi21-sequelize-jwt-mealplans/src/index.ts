import { createServer } from './server.js';
import { sequelize } from './lib/db.js';
import { logger } from './lib/logger.js';

const server = await createServer();
await sequelize.authenticate();
await server.start();
logger.info({ uri: server.info.uri }, 'mealplans api listening');
