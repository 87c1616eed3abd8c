import { app } from './app.js';
import { connect } from './db.js';
import { config } from './config.js';
import { logger } from './lib/logger.js';

await connect();
app.listen(config.port, () => logger.info(`contractdesk api listening on :${config.port}`));
