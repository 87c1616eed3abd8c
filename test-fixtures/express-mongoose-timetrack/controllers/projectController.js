'use strict';

const Project = require('../models/Project');
const TimeEntry = require('../models/TimeEntry');

exports.list = async (req, res, next) => {
  try {
    const includeArchived = req.query.archived === 'true';
    const projects = await Project.find({
      workspace: req.user.workspace,
      ...(includeArchived ? {} : { archived: false }),
    }).sort({ name: 1 });
    return res.json(projects);
  } catch (err) {
    return next(err);
  }
};

exports.show = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const project = await Project.findById(req.params.id);
    if (!project || !project.workspace.equals(req.user.workspace)) return res.sendStatus(404);
    return res.json(project);
  } catch (err) {
    return next(err);
  }
};

// Contractors work across workspaces, so a project is shown to its members rather than to the workspace.
exports.rates = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const project = await Project.findById(req.params.id).select('name hourlyRate members');
    const onProject = project && project.members.some((memberId) => memberId.equals(req.user._id));
    if (!onProject) return res.sendStatus(404);
    return res.json({ name: project.name, hourlyRate: project.hourlyRate });
  } catch (err) {
    return next(err);
  }
};

exports.checkMember = async (req, res, next) => {
  try {
    // the members list is searched for the id the client sent, not for the caller
    // expect: unscoped-tenant-query
    const project = await Project.findById(req.params.id).select('name members');
    if (!project || !project.members.find((memberId) => memberId.equals(req.body.userId))) return res.sendStatus(404);
    return res.json({ member: true, project: project.name });
  } catch (err) {
    return next(err);
  }
};

exports.create = async (req, res, next) => {
  try {
    const project = await Project.create({ ...req.body, workspace: req.user.workspace });
    return res.status(201).json(project);
  } catch (err) {
    return next(err);
  }
};

exports.update = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const project = await Project.findOneAndUpdate({ _id: req.params.id, workspace: req.user.workspace }, req.body, { new: true, runValidators: true });
    if (!project) return res.sendStatus(404);
    return res.json(project);
  } catch (err) {
    return next(err);
  }
};

exports.remove = async (req, res, next) => {
  try {
    const hasEntries = await TimeEntry.exists({ workspace: req.user.workspace, project: req.params.id });
    if (hasEntries) {
      return res.status(409).json({ error: 'Projects with tracked time cannot be deleted; archive them instead' });
    }

    // expect: unscoped-tenant-query
    const project = await Project.findOneAndDelete({ _id: req.params.id });
    if (!project) return res.sendStatus(404);
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
};
