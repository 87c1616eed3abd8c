const winston = require('winston');

const logger = winston.createLogger({
  level: 'info',
  transports: [new winston.transports.Console()],
});

function redact(value) {
  return value ? `${String(value).slice(0, 2)}***` : value;
}

module.exports = { logger, redact };
