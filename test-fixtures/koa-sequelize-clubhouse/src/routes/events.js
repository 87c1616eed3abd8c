const Router = require('@koa/router');
const { Event } = require('../models');
const { requireMember } = require('../auth');

const router = new Router();

const CALENDAR_VIEWS = ['week', 'month', 'season'];
for (const view of CALENDAR_VIEWS) {
  router.get(`/calendar/${view}`, async (ctx) => {
    ctx.body = await Event.findAll({ order: [['startsAt', 'ASC']] });
  });
}

const mutations = {
  reschedule: async (ctx) => {
    const event = await Event.findByPk(ctx.params.id);
    event.startsAt = ctx.request.body.startsAt;
    await event.save();
    ctx.body = event;
  },
  relocate: async (ctx) => {
    const event = await Event.findByPk(ctx.params.id);
    event.venue = ctx.request.body.venue;
    await event.save();
    ctx.body = event;
  },
};
Object.entries(mutations).forEach(([action, handler]) => {
  // expect: missing-input-validation
  router.post(`/events/:id/${action}`, requireMember, handler);
});

module.exports = router;
