// Loads the signed-in user for every request; handlers decide what to do with it.
export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/')) return;
  const user = await getUser(event);
  if (user) event.context.user = user;
});
