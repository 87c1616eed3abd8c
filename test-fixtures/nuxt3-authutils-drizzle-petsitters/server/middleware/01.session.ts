// Loads the signed-in user onto the context for logging; handlers enforce access themselves
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (session.user) {
    event.context.user = session.user;
  }
});
