const Router = require('@koa/router');
const { pool } = require('../lib/db');
const { requireRole } = require('../middleware/roles');

const admin = new Router();
admin.use(requireRole('owner', 'admin'));

// ok: missing-role-check
admin.get('/users', async (ctx) => {
  const { rows } = await pool.query('SELECT id, email, role FROM users WHERE org_id = $1', [ctx.state.user.orgId]);
  ctx.body = rows;
});

// ok: missing-role-check
admin.delete('/users/:id', async (ctx) => {
  await pool.query('DELETE FROM users WHERE id = $1 AND org_id = $2', [ctx.params.id, ctx.state.user.orgId]);
  ctx.status = 204;
});

// a second admin router that was copied without the role gate
const adminReports = new Router({ prefix: '/admin/reports' });

// expect: missing-role-check
adminReports.get('/usage', async (ctx) => {
  const { rows } = await pool.query('SELECT count(*) FROM projects WHERE org_id = $1', [ctx.state.user.orgId]);
  ctx.body = rows[0];
});

const root = new Router();
root.use('/admin', admin.routes(), admin.allowedMethods());

module.exports = { root, adminReports };
