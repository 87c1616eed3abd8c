import { z } from 'zod';

const Prefs = z.object({ theme: z.enum(['light', 'dark', 'sepia']) });

export default defineEventHandler(async (event) => {
  await requireUser(event);
  const { theme } = await readValidatedBody(event, Prefs.parse);
  // ok: insecure-cookie
  setCookie(event, 'reader_theme', theme, { maxAge: 31536000, path: '/' });
  return { theme };
});
