const mongoose = require('mongoose');
const app = require('./app');
const config = require('./config');
const logger = require('./logger');

async function main() {
  await mongoose.connect(config.mongoUrl);
  app.listen(config.port, () => logger.info(`deploybot listening on ${config.port}`));
}

main().catch((err) => {
  logger.error('startup failed', { message: err.message });
  process.exit(1);
});
