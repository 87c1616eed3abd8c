// Loads the session user onto the context for logging; handlers still check access themselves.
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event)
  if (session.user) {
    event.context.user = session.user
  }
  // expect: token-logging
  console.log('request', event.path, getHeader(event, 'authorization'))
})
