import { app } from './app.js';
import { config } from './config.js';
import { logger } from './logger.js';

app.listen(config.port, () => logger.info(`knowledgebase api listening on ${config.port}`));
