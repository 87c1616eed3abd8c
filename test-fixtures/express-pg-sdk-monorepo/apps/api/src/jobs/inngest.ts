import { Inngest } from 'inngest';
import { pool } from '../db';

export const inngest = new Inngest({ id: 'plotline-api' });

/** Builds the org's harvest export in the background (the platform calls /api/inngest to run it). */
export const buildHarvestExport = inngest.createFunction(
  { id: 'build-harvest-export' },
  { event: 'harvest/export.requested' },
  async ({ event, step }) => {
    const rows = await step.run('load-plots', async () => {
      const { rows } = await pool.query('SELECT id, name, area_m2 FROM plots WHERE org_id = $1', [event.data.orgId]);
      return rows;
    });
    await step.run('save-export', async () => {
      await pool.query('INSERT INTO harvest_exports (id, org_id, file_url) VALUES (gen_random_uuid(), $1, $2)', [event.data.orgId, `exports/${event.data.orgId}/${rows.length}.csv`]);
    });
  },
);
