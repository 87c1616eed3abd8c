// Public configuration for the chat widget embedded on customers' sites.
// ok: missing-auth
export default defineEventHandler((event) => {
  // ok: cors-wildcard
  setResponseHeader(event, 'Access-Control-Allow-Origin', '*');
  const { helpdeskName } = useRuntimeConfig(event).public;
  return { title: helpdeskName, greeting: 'Hi! How can we help?', accent: '#4f46e5' };
});
