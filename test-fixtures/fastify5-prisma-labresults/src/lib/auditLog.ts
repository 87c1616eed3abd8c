import pino from 'pino';

// HIPAA access trail; credentials never reach the sink
export const auditLog = pino({
  name: 'phi-access',
  redact: { paths: ['headers.authorization', 'headers.cookie', 'token'], censor: '[redacted]' },
});
