const Router = require('@koa/router');
const Joi = require('joi');
const { Project, Deployment } = require('../models');
const { validateBody } = require('../middleware/validate');
const { requireRole } = require('../middleware/auth');

const router = new Router({ prefix: '/projects' });

const projectSchema = Joi.object({
  name: Joi.string().max(120).required(),
  repoFullName: Joi.string().pattern(/^[\w.-]+\/[\w.-]+$/).required(),
  defaultBranch: Joi.string().max(200),
});

// loads the project inside the caller's team for every /:projectId route
router.param('projectId', async (projectId, ctx, next) => {
  // ok: unscoped-tenant-query
  ctx.state.project = await Project.findOne({ _id: projectId, team: ctx.state.user.team });
  if (!ctx.state.project) ctx.throw(404, 'Project not found');
  return next();
});

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await Project.find({ team: ctx.state.user.team }).sort({ name: 1 });
});

// ok: missing-auth, missing-input-validation
router.post('/', validateBody(projectSchema), async (ctx) => {
  const project = await Project.create({ ...ctx.request.body, team: ctx.state.user.team });
  ctx.status = 201;
  ctx.body = project;
});

// ok: missing-auth
router.get('/:projectId', async (ctx) => {
  ctx.body = ctx.state.project;
});

// ok: missing-auth
router.get('/:projectId/deployments', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await Deployment.find({ project: ctx.state.project._id }).sort({ createdAt: -1 }).limit(50);
});

// expect: missing-input-validation
router.put('/:projectId/environments', requireRole('maintainer', 'admin'), async (ctx) => {
  const project = ctx.state.project;
  project.environments = ctx.request.body.environments;
  await project.save();
  ctx.body = project;
});

// ok: missing-auth, missing-role-check
router.delete('/:projectId', requireRole('admin'), async (ctx) => {
  await ctx.state.project.deleteOne();
  ctx.status = 204;
});

// settings page still uses the old /settings/:id URL
// ok: missing-auth
router.get('/settings/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const project = await Project.findById(ctx.params.id);
  if (!project) ctx.throw(404);
  ctx.body = project;
});

module.exports = router;
