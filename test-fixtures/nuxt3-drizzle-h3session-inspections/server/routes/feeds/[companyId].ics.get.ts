import { eq } from 'drizzle-orm';

// Calendar subscription feed for inspectors' phones.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const companyId = getRouterParam(event, 'companyId')!;
  const rows = await db.select().from(tables.inspections).where(eq(tables.inspections.companyId, companyId));
  setResponseHeader(event, 'Content-Type', 'text/calendar');
  return ['BEGIN:VCALENDAR', ...rows.map((r) => `BEGIN:VEVENT\nUID:${r.id}\nDTSTART:${r.scheduledFor.toISOString()}\nEND:VEVENT`), 'END:VCALENDAR'].join('\n');
});
