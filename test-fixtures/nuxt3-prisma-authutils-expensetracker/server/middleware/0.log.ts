import { consola } from 'consola';

export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/')) return;
  // expect: token-logging
  consola.debug('incoming request', event.method, event.path, getRequestHeaders(event));
  // ok: token-logging
  consola.info(`${event.method} ${event.path}`);
});
