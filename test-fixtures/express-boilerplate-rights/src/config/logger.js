const winston = require('winston');
const config = require('./config');

const logger = winston.createLogger({
  level: config.env === 'development' ? 'debug' : 'info',
  format: winston.format.combine(winston.format.splat(), winston.format.simple()),
  transports: [new winston.transports.Console({ stderrLevels: ['error'] })],
});

module.exports = logger;
