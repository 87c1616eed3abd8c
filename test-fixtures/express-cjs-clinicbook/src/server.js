require('dotenv').config();
const mongoose = require('mongoose');
const app = require('./app');
const config = require('./config');
const logger = require('./lib/logger');

mongoose
  .connect(config.mongoUrl)
  .then(() => {
    app.listen(config.port, () => logger.info(`clinicbook listening on ${config.port}`));
  })
  .catch((err) => {
    logger.error('could not connect to mongo', { message: err.message });
    process.exit(1);
  });
