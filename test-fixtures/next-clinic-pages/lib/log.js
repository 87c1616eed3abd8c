import pino from 'pino';

export const log = pino({ redact: ['password', 'headers.cookie'] });
