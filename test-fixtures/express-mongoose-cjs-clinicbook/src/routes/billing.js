'use strict';

const express = require('express');
const asyncHandler = require('express-async-handler');
const session = require('express-session');

const stripe = require('../lib/stripe');
const config = require('../config');
const logger = require('../lib/logger');
const { Invoice, Patient, Clinic } = require('../models');

// Legacy billing screens still run on a server-side session (the old admin UI).
const router = express.Router();

router.use(
  // expect: insecure-cookie
  session({
    name: 'billing.sid',
    // expect: hardcoded-secret
    secret: process.env.BILLING_SESSION_SECRET || 'billing screens',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
  }),
);

router.get(
  '/invoices',
  asyncHandler(async (req, res) => {
    // expect: unscoped-tenant-query
    const invoices = await Invoice.find({ clinicId: req.query.clinicId || req.user.clinicId, status: { $ne: 'void' } }).limit(100);
    res.json(invoices);
  }),
);

router.get(
  '/patients/:id/balance',
  asyncHandler(async (req, res) => {
    // ok: unscoped-tenant-query
    const patient = await Patient.findById(req.params.id).select('clinicId firstName lastName');
    if (!patient) return res.sendStatus(404);
    if (patient.clinicId.toString() !== req.user.clinicId) return res.sendStatus(403);
    // ok: unscoped-tenant-query
    const open = await Invoice.find({ patientId: patient._id, status: 'open' }).select('totalCents');
    return res.json({ patient: `${patient.firstName} ${patient.lastName}`, openCents: open.reduce((n, i) => n + i.totalCents, 0) });
  }),
);

router.post(
  '/portal-session',
  asyncHandler(async (req, res) => {
    const clinic = await Clinic.findById(req.user.clinicId);
    const portal = await stripe.billingPortal.sessions.create({ customer: clinic.stripeCustomerId, return_url: `${config.appUrl}/settings/billing` });
    // expect: token-logging
    logger.info(`billing portal for clinic ${clinic.id}: ${portal.url} (key ${config.stripeSecretKey})`);
    res.json({ url: portal.url });
  }),
);

module.exports = router;
