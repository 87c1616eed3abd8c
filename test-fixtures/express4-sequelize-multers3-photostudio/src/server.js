const app = require('./app');
const { sequelize } = require('./models');
const logger = require('./lib/logger');

const port = Number(process.env.PORT || 4000);

sequelize.authenticate().then(() => {
  app.listen(port, () => logger.info(`photostudio api on :${port}`));
});
