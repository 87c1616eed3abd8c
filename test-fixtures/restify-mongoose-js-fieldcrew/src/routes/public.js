'use strict';
const errors = require('restify-errors');
const { Job } = require('../models');

module.exports = function registerPublicRoutes(server) {
  // ok: missing-auth
  server.get('/health', (req, res, next) => {
    res.send({ ok: true, uptime: process.uptime() });
    return next();
  });

  // customers follow their visit through a link that carries the job's tracking code
  // ok: missing-auth
  server.get('/public/track/:code', async (req, res, next) => {
    const job = await Job.findOne({ trackingCode: req.params.code }).select('status scheduledFor');
    if (!job) return next(new errors.NotFoundError());
    res.send(job);
    return next();
  });
};
