const Router = require('@koa/router');
const Joi = require('joi');
const { Deployment, Project } = require('../models');
const { validateBody } = require('../middleware/validate');
const logger = require('../logger');

const router = new Router({ prefix: '/deployments' });

const triggerSchema = Joi.object({
  projectId: Joi.string().hex().length(24).required(),
  environment: Joi.string().max(60).required(),
  ref: Joi.string().max(200).required(),
});

// ok: missing-auth, missing-input-validation
router.post('/', validateBody(triggerSchema), async (ctx) => {
  const { projectId, environment, ref } = ctx.request.body;
  // ok: unscoped-tenant-query
  const project = await Project.findOne({ _id: projectId, team: ctx.state.user.team });
  if (!project) ctx.throw(404, 'Project not found');
  const deployment = await Deployment.create({
    team: project.team,
    project: project._id,
    environment,
    ref,
    triggeredBy: ctx.state.user.sub,
  });
  ctx.status = 201;
  ctx.body = deployment;
});

// expect: missing-rate-limit
router.get('/export', async (ctx) => {
  // ok: unscoped-tenant-query
  const rows = await Deployment.find({ team: ctx.state.user.team }).lean();
  ctx.type = 'application/json';
  ctx.body = rows;
});

// ok: missing-auth
router.get('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const deployment = await Deployment.findById(ctx.params.id);
  if (!deployment || String(deployment.team) !== ctx.state.user.team) ctx.throw(404);
  ctx.body = deployment;
});

// ok: missing-auth
router.post('/:id/rollback', async (ctx) => {
  try {
    // expect: unscoped-tenant-query
    const deployment = await Deployment.findByIdAndUpdate(ctx.params.id, { status: 'rolled_back' }, { new: true });
    ctx.body = deployment;
  } catch (err) {
    logger.error('rollback failed', { err: err.message });
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: 'Rollback failed', reason: err.message };
  }
});

module.exports = router;
