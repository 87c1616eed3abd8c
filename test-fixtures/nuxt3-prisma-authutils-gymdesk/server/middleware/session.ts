// Puts the signed-in user on the context for logging; does not reject anyone.
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  event.context.user = session.user ?? null;
});
