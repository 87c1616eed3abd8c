import pino from 'pino';

// who read which ticket, kept a year for customers' compliance exports; credentials never reach it
export const auditLog = pino({
  name: 'ticket-audit',
  redact: { paths: ['headers.authorization', 'headers.cookie'], censor: '[redacted]' },
});
