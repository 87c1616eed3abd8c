import { z } from 'zod';
import { pool } from '../db';
import { RouteGroup } from './routeGroup';

const PlotInput = z.object({ name: z.string().min(1), areaM2: z.number().int().positive() });

export class PlotRoutes extends RouteGroup {
  register() {
    // ok: missing-auth
    this.router.get('/plots', async (req: any, res) => {
      const { rows } = await pool.query('SELECT id, name, area_m2 FROM plots WHERE org_id = $1', [req.user.orgId]);
      res.json(rows);
    });

    // ok: missing-auth
    this.router.get('/plots/:id', async (req: any, res) => {
      const { rows } = await pool.query('SELECT * FROM plots WHERE id = $1 AND org_id = $2', [req.params.id, req.user.orgId]);
      if (!rows[0]) return res.status(404).end();
      res.json(rows[0]);
    });

    this.router.post('/plots', async (req: any, res) => {
      const input = PlotInput.parse(req.body);
      const { rows } = await pool.query('INSERT INTO plots (id, org_id, name, area_m2) VALUES (gen_random_uuid(), $1, $2, $3) RETURNING *', [req.user.orgId, input.name, input.areaM2]);
      res.status(201).json(rows[0]);
    });

    this.router.delete('/plots/:id', async (req: any, res) => {
      // expect: unscoped-tenant-query
      await pool.query('DELETE FROM plots WHERE id = $1', [req.params.id]);
      res.status(204).end();
    });
  }
}
