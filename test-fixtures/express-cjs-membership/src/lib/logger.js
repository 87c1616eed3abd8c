const winston = require('winston');
const pino = require('pino');

// Application log (winston, shipped to the log service as JSON).
const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

// Audit trail for account events: pino with the credentials redacted.
const audit = pino({
  name: 'audit',
  redact: ['headers.authorization', 'headers.cookie', 'body.password', 'body.currentPassword'],
});

module.exports = { logger, audit };
