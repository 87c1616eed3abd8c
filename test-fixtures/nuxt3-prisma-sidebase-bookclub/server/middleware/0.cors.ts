// the reading-list widget is embedded on members' blogs
export default defineEventHandler((event) => {
  if (!getRequestURL(event).pathname.startsWith('/api/')) return;
  const handled = handleCors(event, {
    // expect: cors-wildcard
    origin: (origin) => origin.endsWith('readalong.club'),
    credentials: true,
    methods: ['GET', 'POST'],
  });
  if (handled) return null;
});
