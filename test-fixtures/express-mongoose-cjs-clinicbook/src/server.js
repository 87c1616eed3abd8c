'use strict';

const mongoose = require('mongoose');
const app = require('./app');
const config = require('./config');
const logger = require('./lib/logger');

mongoose
  .connect(config.mongoUri)
  .then(() => {
    app.listen(config.port, () => logger.info({ port: config.port }, 'clinicbook api listening'));
  })
  .catch((err) => {
    logger.fatal({ err }, 'could not connect to MongoDB');
    process.exit(1);
  });
