import pino from 'pino';

// Audit log kept for the regulator: tokens and identifiers are redacted by path.
export const audit = pino({
  name: 'clinic-audit',
  redact: { paths: ['token', 'patient.nationalId', 'credentials'], censor: '[redacted]' },
});
