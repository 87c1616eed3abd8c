const app = require('./app');
const config = require('./config');
const logger = require('./utils/logger');
const { sequelize } = require('./models');

sequelize
  .authenticate()
  .then(() => {
    app.listen(config.port, () => logger.info(`vetportal api listening on :${config.port}`));
  })
  .catch((err) => {
    logger.error('database unavailable', { message: err.message });
    process.exit(1);
  });
