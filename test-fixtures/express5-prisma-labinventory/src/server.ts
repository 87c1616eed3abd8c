import { app } from './app.js';
import { config } from './config/index.js';
import { logger } from './lib/logger.js';

app.listen(config.port, () => {
  logger.info({ port: config.port }, 'labstock api listening');
});
