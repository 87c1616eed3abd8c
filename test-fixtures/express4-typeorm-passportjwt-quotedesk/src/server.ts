import { createApp } from './app';
import { AppDataSource } from './data-source';
import { config } from './config';
import { logger } from './config/logger';

AppDataSource.initialize()
  .then(() => {
    createApp().listen(config.port, () => logger.info(`quotedesk api listening on :${config.port}`));
  })
  .catch((err) => {
    logger.error('failed to initialise data source', { message: err.message });
    process.exit(1);
  });
