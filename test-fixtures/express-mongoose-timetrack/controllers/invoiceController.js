'use strict';

const mongoose = require('mongoose');
const { validationResult, matchedData } = require('express-validator');
const Invoice = require('../models/Invoice');
const Project = require('../models/Project');
const TimeEntry = require('../models/TimeEntry');
const Workspace = require('../models/Workspace');
const { toCsv } = require('../utils/csv');

function roundMoney(value) {
  return Math.round(value * 100) / 100;
}

exports.list = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const invoices = await Invoice.find({ workspace: req.user.workspace }).select('-lineItems').sort({ createdAt: -1 });
    return res.json(invoices);
  } catch (err) {
    return next(err);
  }
};

exports.show = async (req, res, next) => {
  try {
    const invoice = await Invoice.findById(req.params.id).populate('project', 'name client');
    if (!invoice) return res.sendStatus(404);
    return res.json(invoice);
  } catch (err) {
    return next(err);
  }
};

exports.markPaid = async (req, res, next) => {
  try {
    const invoice = await Invoice.findByIdAndUpdate(req.params.id, { status: 'paid', paidAt: new Date() }, { new: true });
    if (!invoice) return res.sendStatus(404);
    return res.json({ id: invoice.id, status: invoice.status });
  } catch (err) {
    return next(err);
  }
};

exports.exportCsv = async (req, res, next) => {
  const workspaceId = typeof req.query.workspace === 'string' ? req.query.workspace : '';
  if (!mongoose.isValidObjectId(workspaceId)) {
    return res.status(400).json({ error: 'workspace query parameter is required' });
  }

  try {
    const invoices = await Invoice.find({ workspace: workspaceId }).sort({ createdAt: 1 }).lean();
    const rows = invoices.map((invoice) => [
      invoice.number,
      invoice.client || '',
      invoice.periodStart,
      invoice.periodEnd,
      invoice.total.toFixed(2),
      invoice.currency,
      invoice.status,
      invoice.paidAt || '',
    ]);

    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', 'attachment; filename="invoices.csv"');
    return res.send(toCsv(['number', 'client', 'period_start', 'period_end', 'total', 'currency', 'status', 'paid_at'], rows));
  } catch (err) {
    return next(err);
  }
};

// Bills all unbilled, billable time on a project within the period.
exports.create = async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const { project: projectId, periodStart, periodEnd } = matchedData(req);

  try {
    const project = await Project.findOne({ _id: projectId, workspace: req.user.workspace });
    if (!project) return res.status(404).json({ error: 'Project not found' });

    const entries = await TimeEntry.find({
      workspace: req.user.workspace,
      project: project._id,
      billable: true,
      invoice: null,
      startedAt: { $gte: periodStart, $lte: periodEnd },
    }).sort({ startedAt: 1 });
    if (entries.length === 0) {
      return res.status(422).json({ error: 'No unbilled time in this period' });
    }

    // ok: unscoped-tenant-query
    const workspace = await Workspace.findByIdAndUpdate(req.user.workspace, { $inc: { invoiceSeq: 1 } }, { new: true });
    const hourlyRate = project.hourlyRate ?? workspace.defaultHourlyRate;

    const lineItems = entries.map((entry) => ({
      timeEntry: entry._id,
      description: entry.description || project.name,
      minutes: entry.minutes,
      amount: roundMoney((entry.minutes / 60) * hourlyRate),
    }));
    const total = roundMoney(lineItems.reduce((sum, item) => sum + item.amount, 0));

    const invoice = await Invoice.create({
      workspace: req.user.workspace,
      number: `INV-${String(workspace.invoiceSeq).padStart(5, '0')}`,
      project: project._id,
      client: project.client,
      periodStart,
      periodEnd,
      hourlyRate,
      currency: workspace.currency,
      lineItems,
      total,
    });

    await TimeEntry.updateMany(
      { _id: { $in: entries.map((entry) => entry._id) }, workspace: req.user.workspace },
      { $set: { invoice: invoice._id } }
    );

    return res.status(201).json(invoice);
  } catch (err) {
    console.error('Invoice creation failed', err);
    // expect: error-details-leak
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
};

exports.remove = async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const result = await Invoice.deleteOne({ _id: req.params.id });
    if (result.deletedCount === 0) return res.sendStatus(404);

    // Release the billed entries so they can be invoiced again.
    await TimeEntry.updateMany({ workspace: req.user.workspace, invoice: req.params.id }, { $set: { invoice: null } });
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
};
