const Router = require('@koa/router');
const Joi = require('joi');
const { Incident } = require('../models');
const { validateBody } = require('../middleware/validate');

const router = new Router({ prefix: '/incidents' });

const noteSchema = Joi.object({ body: Joi.string().max(5000).required() });

function teamScope(ctx, filter = {}) {
  return { ...filter, team: ctx.state.user.team };
}

// ok: missing-auth
router.get('/', async (ctx) => {
  const filter = ctx.query.status ? { status: String(ctx.query.status) } : {};
  // ok: unscoped-tenant-query
  ctx.body = await Incident.find(teamScope(ctx, filter)).sort({ createdAt: -1 });
});

// ok: missing-auth
router.get('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const incident = await Incident.findOne(teamScope(ctx, { _id: ctx.params.id }));
  if (!incident) ctx.throw(404);
  ctx.body = incident;
});

// expect: missing-input-validation
router.patch('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const incident = await Incident.findOne({ _id: ctx.params.id, team: ctx.state.user.team });
  if (!incident) ctx.throw(404);
  Object.assign(incident, ctx.request.body);
  await incident.save();
  ctx.body = incident;
});

// ok: missing-auth, missing-input-validation
router.post('/:id/notes', validateBody(noteSchema), async (ctx) => {
  // ok: unscoped-tenant-query
  const incident = await Incident.findById(ctx.params.id);
  if (!incident || !incident.team.equals(ctx.state.user.team)) ctx.throw(404);
  incident.notes.push({ author: ctx.state.user.sub, body: ctx.request.body.body, at: new Date() });
  await incident.save();
  ctx.status = 201;
  ctx.body = incident.notes[incident.notes.length - 1];
});

// ok: missing-auth
router.delete('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  await Incident.deleteOne({ _id: ctx.params.id });
  ctx.status = 204;
});

module.exports = router;
