'use strict';

const mongoose = require('mongoose');
const Joi = require('joi');
const { parse } = require('csv-parse/sync');
const { validationResult, matchedData } = require('express-validator');
const TimeEntry = require('../models/TimeEntry');
const Project = require('../models/Project');
const { toCsv } = require('../utils/csv');

const MAX_IMPORT_ROWS = 5000;
const MAX_EXPORT_ROWS = 50000;

const updateSchema = Joi.object({
  project: Joi.string().hex().length(24),
  startedAt: Joi.date().iso(),
  minutes: Joi.number().integer().min(1).max(1440),
  description: Joi.string().trim().max(500).allow(''),
  billable: Joi.boolean(),
})
  .min(1)
  .options({ stripUnknown: true });

const importRowSchema = Joi.object({
  date: Joi.date().iso().required(),
  project: Joi.string().trim().max(120).required(),
  minutes: Joi.number().integer().min(1).max(1440).required(),
  description: Joi.string().trim().max(500).allow('').default(''),
  billable: Joi.string().lowercase().valid('yes', 'no', 'true', 'false', '').default('yes'),
}).options({ stripUnknown: true });

function parseDate(value) {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Optional list filters from the query string. Members only ever see their own entries.
function entryFilters(req) {
  const filters = {};
  if (req.user.role !== 'admin') filters.user = req.user._id;

  const from = parseDate(req.query.from);
  const to = parseDate(req.query.to);
  if (from || to) {
    filters.startedAt = {};
    if (from) filters.startedAt.$gte = from;
    if (to) filters.startedAt.$lte = to;
  }
  if (typeof req.query.project === 'string' && mongoose.isValidObjectId(req.query.project)) {
    filters.project = req.query.project;
  }
  return filters;
}

exports.list = async (req, res, next) => {
  try {
    const entries = await TimeEntry.find({ ...entryFilters(req), workspace: req.user.workspace })
      .sort({ startedAt: -1 })
      .limit(500)
      .populate('project', 'name');
    return res.json(entries);
  } catch (err) {
    return next(err);
  }
};

exports.show = async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const entry = await TimeEntry.findById(req.params.id).populate('project', 'name');
    if (!entry) return res.sendStatus(404);
    return res.json(entry);
  } catch (err) {
    return next(err);
  }
};

exports.create = async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const data = matchedData(req);

  try {
    const projectExists = await Project.exists({ _id: data.project, workspace: req.user.workspace, archived: false });
    if (!projectExists) return res.status(422).json({ error: 'Unknown project' });

    const entry = await TimeEntry.create({ ...data, workspace: req.user.workspace, user: req.user._id });
    return res.status(201).json(entry);
  } catch (err) {
    return next(err);
  }
};

exports.update = async (req, res, next) => {
  const { error, value } = updateSchema.validate(req.body);
  if (error) {
    return res.status(400).json({ error: error.details[0].message });
  }

  try {
    if (value.project) {
      const projectExists = await Project.exists({ _id: value.project, workspace: req.user.workspace, archived: false });
      if (!projectExists) return res.status(422).json({ error: 'Unknown project' });
    }

    // Billed entries (invoice set) are read-only.
    // ok: unscoped-tenant-query
    const entry = await TimeEntry.findOneAndUpdate({ _id: req.params.id, workspace: req.user.workspace, user: req.user._id, invoice: null }, { $set: value }, { new: true, runValidators: true });
    if (!entry) return res.sendStatus(404);
    return res.json(entry);
  } catch (err) {
    return next(err);
  }
};

exports.remove = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const result = await TimeEntry.deleteOne({ _id: req.params.id, workspace: req.user.workspace, user: req.user._id, invoice: null });
    if (result.deletedCount === 0) return res.sendStatus(404);
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
};

exports.exportCsv = async (req, res) => {
  try {
    const entries = await TimeEntry.find({ ...entryFilters(req), workspace: req.user.workspace })
      .sort({ startedAt: 1 })
      .limit(MAX_EXPORT_ROWS)
      .populate('project', 'name')
      .populate('user', 'name')
      .lean();

    const rows = entries.map((entry) => [
      entry.startedAt,
      entry.user ? entry.user.name : '',
      entry.project ? entry.project.name : '',
      entry.minutes,
      (entry.minutes / 60).toFixed(2),
      entry.billable ? 'yes' : 'no',
      entry.description || '',
    ]);

    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', 'attachment; filename="time-entries.csv"');
    return res.send(toCsv(['date', 'user', 'project', 'minutes', 'hours', 'billable', 'description'], rows));
  } catch (err) {
    console.error('Time entry export failed', err);
    // ok: error-details-leak
    return res.status(500).json({ error: 'Export failed', ...(process.env.NODE_ENV === 'development' ? { detail: err.message } : {}) });
  }
};

exports.importCsv = async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'Upload a CSV file in the "file" field' });
  }

  try {
    const records = parse(req.file.buffer, {
      bom: true,
      columns: (header) => header.map((column) => column.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    });
    if (records.length > MAX_IMPORT_ROWS) {
      return res.status(413).json({ error: `Imports are limited to ${MAX_IMPORT_ROWS} rows` });
    }

    const projects = await Project.find({ workspace: req.user.workspace, archived: false }).select('name').lean();
    const projectIdsByName = new Map(projects.map((project) => [project.name.toLowerCase(), project._id]));

    const docs = [];
    const rejected = [];
    records.forEach((record, index) => {
      const { error, value } = importRowSchema.validate(record);
      const projectId = error ? null : projectIdsByName.get(value.project.toLowerCase());
      if (error || !projectId) {
        rejected.push({ row: index + 2, reason: error ? error.details[0].message : 'Unknown project' });
        return;
      }
      docs.push({
        workspace: req.user.workspace,
        user: req.user._id,
        project: projectId,
        startedAt: value.date,
        minutes: value.minutes,
        description: value.description,
        billable: value.billable !== 'no' && value.billable !== 'false',
      });
    });

    if (docs.length > 0) {
      await TimeEntry.insertMany(docs);
    }
    // ok: token-logging
    console.log(`Imported ${docs.length} time entries into workspace ${req.user.workspace} (${rejected.length} rejected)`);
    return res.status(201).json({ imported: docs.length, rejected });
  } catch (err) {
    console.error('Time entry import failed', err);
    // expect: error-details-leak
    return res.status(500).json({ error: err.message, stack: err.stack });
  }
};
