export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/')) return;
  const origin = getHeader(event, 'origin');
  if (origin) {
    // expect: cors-wildcard
    setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
    setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  }
});
