const winston = require('winston');

const SENSITIVE = ['password', 'token', 'authorization', 'cookie'];

// strips credentials from log metadata before anything is written
const redactSecrets = winston.format((info) => {
  for (const key of SENSITIVE) {
    if (info[key]) info[key] = '[REDACTED]';
  }
  return info;
});

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.combine(redactSecrets(), winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

function mask(value) {
  if (!value) return value;
  const s = String(value);
  return s.length <= 4 ? '****' : `****${s.slice(-4)}`;
}

module.exports = logger;
module.exports.mask = mask;
