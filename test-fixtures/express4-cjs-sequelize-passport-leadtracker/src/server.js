const app = require('./app');
const config = require('./config');
const { sequelize } = require('./models');
const logger = require('./lib/logger');

sequelize
  .authenticate()
  .then(() => app.listen(config.port, () => logger.info(`leadtracker listening on ${config.port}`)))
  .catch((err) => {
    logger.error('database connection failed', { message: err.message });
    process.exit(1);
  });
