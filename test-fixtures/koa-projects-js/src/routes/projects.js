const Router = require('@koa/router');
const { pool } = require('../lib/db');

const router = new Router({ prefix: '/projects' });

// ok: missing-auth
router.get('/', async (ctx) => {
  const { orgId } = ctx.state.user;
  // ok: unscoped-tenant-query
  const { rows } = await pool.query('SELECT * FROM projects WHERE org_id = $1 AND archived = false', [orgId]);
  ctx.body = rows;
});

// ok: missing-auth
router.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const { rows } = await pool.query('SELECT * FROM projects WHERE id = $1', [ctx.params.id]);
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

router.get('project-tasks', '/:id/tasks', async (ctx) => {
  try {
    // ok: unscoped-tenant-query
    const { rows } = await pool.query('SELECT * FROM tasks WHERE project_id = $1 AND org_id = $2', [ctx.params.id, ctx.state.user.orgId]);
    ctx.body = rows;
  } catch (err) {
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: err.message, detail: err.detail };
  }
});

// expect: missing-input-validation
router.patch('/:id/tasks/:taskId', async (ctx) => {
  const { done } = ctx.request.body;
  // expect: unscoped-tenant-query
  await pool.query('UPDATE tasks SET done = $1 WHERE id = $2', [done, ctx.params.taskId]);
  ctx.status = 204;
});

router.delete('/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT org_id FROM projects WHERE id = $1', [ctx.params.id]);
  if (!rows[0] || rows[0].org_id !== ctx.state.user.orgId) ctx.throw(404);
  // ok: unscoped-tenant-query
  await pool.query('DELETE FROM projects WHERE id = $1', [ctx.params.id]);
  ctx.status = 204;
});

module.exports = router;
