import pino from 'pino';

export const logger = pino({
  level: 'info',
  redact: ['req.headers.authorization', 'password'],
});

export function mask(value: string): string {
  return value.length <= 4 ? '****' : `****${value.slice(-4)}`;
}
