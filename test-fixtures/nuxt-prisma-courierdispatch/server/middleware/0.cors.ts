// The dispatch board is also embedded in customers' own portals (*.courierly.app).
export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/')) return;
  const handled = handleCors(event, {
    // expect: cors-wildcard
    origin: (origin: string) => origin.endsWith('courierly.app'),
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
  });
  if (handled) return null;
});
