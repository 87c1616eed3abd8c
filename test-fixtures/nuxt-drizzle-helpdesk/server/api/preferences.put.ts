import { z } from 'zod';

const Prefs = z.object({ theme: z.enum(['light', 'dark']), density: z.enum(['compact', 'cozy']) });

export default defineEventHandler(async (event) => {
  requireAgent(event);
  const prefs = await readValidatedBody(event, Prefs.parse);
  const session = await usePrefsSession(event);
  await session.update(prefs);
  return prefs;
});
