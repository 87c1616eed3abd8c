// Configuration for the support widget customers embed on their own sites.
// ok: missing-auth
export default defineEventHandler((event) => {
  // expect: cors-wildcard
  if (handleCors(event, { origin: '*', credentials: true, methods: ['GET'] })) return
  return { theme: 'light', greeting: 'How can we help?' }
})
