import { pool } from '../db';
import { RouteGroup } from './routeGroup';

/** Mounted on the app itself, outside the authenticated API router. */
export class ExportRoutes extends RouteGroup {
  register() {
    // expect: missing-auth, missing-rate-limit
    this.router.get('/exports/:id', async (req, res) => {
      const { rows } = await pool.query('SELECT file_url FROM harvest_exports WHERE id = $1', [req.params.id]);
      if (!rows[0]) return res.status(404).end();
      res.redirect(rows[0].file_url);
    });
  }
}
