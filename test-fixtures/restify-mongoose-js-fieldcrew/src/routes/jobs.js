'use strict';
const Joi = require('joi');
const errors = require('restify-errors');
const { Job, Crew } = require('../models');
const { requireRole } = require('../middleware/auth');
const { validateBody } = require('../middleware/validate');

const jobSchema = Joi.object({
  title: Joi.string().max(200).required(),
  address: Joi.string().max(300).required(),
  customerId: Joi.string().hex().length(24),
  scheduledFor: Joi.date(),
  notes: Joi.string().allow('').max(2000),
});

module.exports = function registerJobRoutes(server) {
  // ok: missing-auth, unscoped-tenant-query
  server.get('/jobs', async (req, res, next) => {
    const filter = { companyId: req.user.companyId };
    if (req.query.status) filter.status = String(req.query.status);
    const jobs = await Job.find(filter).sort({ scheduledFor: 1 }).limit(200);
    res.send(jobs);
    return next();
  });

  server.get('/jobs/:id', async (req, res, next) => {
    // ok: unscoped-tenant-query
    const job = await Job.findOne({ _id: req.params.id, companyId: req.user.companyId });
    if (!job) return next(new errors.NotFoundError('Job not found'));
    res.send(job);
    return next();
  });

  // ok: missing-input-validation
  server.post('/jobs', requireRole('owner', 'dispatcher'), validateBody(jobSchema), async (req, res, next) => {
    const job = await Job.create({ ...req.body, companyId: req.user.companyId });
    res.send(201, job);
    return next();
  });

  // expect: missing-input-validation
  server.patch('/jobs/:id', requireRole('owner', 'dispatcher'), async (req, res, next) => {
    // expect: unscoped-tenant-query
    const job = await Job.findByIdAndUpdate(req.params.id, req.body, { new: true });
    res.send(job);
    return next();
  });

  // restify's versioned route object: { path, version }
  server.put({ path: '/jobs/:id/crew', version: '2.0.0' }, requireRole('owner', 'dispatcher'), async (req, res, next) => {
    // ok: unscoped-tenant-query
    const crew = await Crew.findOne({ _id: req.body.crewId, companyId: req.user.companyId });
    if (!crew) return next(new errors.NotFoundError('Crew not found'));
    // ok: unscoped-tenant-query
    const job = await Job.findOneAndUpdate({ _id: req.params.id, companyId: req.user.companyId }, { crewId: crew._id, status: 'scheduled' }, { new: true });
    res.send(job);
    return next();
  });

  server.del('/jobs/:id', requireRole('owner'), async (req, res, next) => {
    // expect: unscoped-tenant-query
    await Job.deleteOne({ _id: req.params.id });
    res.send(204);
    return next();
  });

  // a technician sees the jobs of the crews they belong to
  server.get('/my/jobs', async (req, res, next) => {
    const crews = await Crew.find({ companyId: req.user.companyId, memberIds: req.user.sub }).select('_id');
    // ok: unscoped-tenant-query
    const jobs = await Job.find({ crewId: { $in: crews.map((c) => c._id) } });
    res.send(jobs);
    return next();
  });
};
