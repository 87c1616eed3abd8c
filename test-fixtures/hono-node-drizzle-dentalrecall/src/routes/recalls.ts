import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { db, patients, practices } from '../db';
import { practiceOf } from '../lib/tenant';
import { sendRecall } from '../lib/mailer';
import { env } from '../env';
import type { AppEnv } from '../types';

export const recallsApp = new Hono<AppEnv>();

recallsApp.post('/send', async (c) => {
  const practiceId = practiceOf(c);
  // ok: unscoped-tenant-query
  const [practice] = await db.select().from(practices).where(eq(practices.id, practiceId));
  // ok: unscoped-tenant-query
  const due = await db.select().from(patients).where(and(eq(patients.practiceId, practiceId), eq(patients.recallOptOut, false)));
  // expect: token-logging
  console.info(`sending ${due.length} recalls via mail api key ${env.MAIL_API_KEY}`);
  for (const p of due) if (p.email) await sendRecall(p.email, practice.name);
  return c.json({ sent: due.length });
});
