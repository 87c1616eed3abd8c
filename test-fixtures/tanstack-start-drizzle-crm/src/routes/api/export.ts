import { createFileRoute } from '@tanstack/react-router';
import { db } from '../../db';
import { contacts } from '../../db/schema';

// CSV export for the sales team's spreadsheet; "nobody knows the URL"
export const Route = createFileRoute('/api/export')({
  server: {
    handlers: {
      // expect: missing-auth, missing-rate-limit
      GET: async () => {
        const rows = await db.select().from(contacts);
        const csv = rows.map((r) => `${r.name},${r.email}`).join('\n');
        return new Response(csv, { headers: { 'content-type': 'text/csv' } });
      },
    },
  },
});
