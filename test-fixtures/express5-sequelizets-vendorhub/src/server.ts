import { app } from './app.js';
import { config } from './config.js';
import { sequelize } from './models/index.js';
import { logger } from './logger.js';

await sequelize.authenticate();
app.listen(config.port, () => logger.info(`vendorhub listening on ${config.port}`));
