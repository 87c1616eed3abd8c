// Partner dashboards embed the expense widgets.
export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/widgets/')) return;
  handleCors(event, {
    // expect: cors-wildcard
    origin: (origin) => origin.includes('expensely'),
    credentials: true,
    methods: ['GET'],
  });
});
