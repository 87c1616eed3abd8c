export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/')) return;
  // the embeddable widget runs on customers' sites
  handleCors(event, {
    // expect: cors-wildcard
    origin: '*',
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
  });
  if (process.env.DEBUG_REQUESTS) {
    // expect: token-logging
    console.log('[req]', event.method, event.path, getRequestHeaders(event));
  }
});
