'use strict';

const mongoose = require('mongoose');
const { validationResult, matchedData } = require('express-validator');
const User = require('../models/User');
const Workspace = require('../models/Workspace');

exports.listUsers = async (req, res, next) => {
  try {
    const users = await User.find({ workspace: req.user.workspace }).sort({ name: 1 });
    return res.json(users);
  } catch (err) {
    return next(err);
  }
};

exports.updateRole = async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const { id, role } = matchedData(req);
  if (id === req.user.id) {
    return res.status(400).json({ error: 'You cannot change your own role' });
  }

  try {
    // expect: unscoped-tenant-query
    const user = await User.findByIdAndUpdate(id, { role }, { new: true, runValidators: true });
    if (!user) return res.sendStatus(404);
    return res.json(user);
  } catch (err) {
    return next(err);
  }
};

exports.removeUser = async (req, res, next) => {
  if (!mongoose.isValidObjectId(req.params.id)) return res.sendStatus(404);
  if (req.params.id === req.user.id) {
    return res.status(400).json({ error: 'You cannot remove yourself' });
  }

  try {
    // ok: unscoped-tenant-query
    const result = await User.deleteOne({ _id: req.params.id, workspace: req.user.workspace });
    if (result.deletedCount === 0) return res.sendStatus(404);
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
};

exports.getWorkspace = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const workspace = await Workspace.findById(req.user.workspace);
    if (!workspace) return res.sendStatus(404);
    return res.json(workspace);
  } catch (err) {
    return next(err);
  }
};

exports.updateWorkspace = async (req, res, next) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }

  try {
    // ok: unscoped-tenant-query
    const workspace = await Workspace.findOneAndUpdate({ _id: req.user.workspace }, { $set: matchedData(req) }, { new: true, runValidators: true });
    if (!workspace) return res.sendStatus(404);
    return res.json(workspace);
  } catch (err) {
    return next(err);
  }
};
