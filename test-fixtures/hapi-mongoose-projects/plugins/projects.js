'use strict';

const Boom = require('@hapi/boom');
const Joi = require('joi');
const Project = require('../models/project');
const Task = require('../models/task');
const User = require('../models/user');

const objectId = Joi.string().hex().length(24);

// route prerequisite: the project, if it belongs to the caller's workspace
const loadProject = {
  method: async (request) => {
    const project = await Project.findOne({
      _id: request.params.projectId,
      workspace: request.auth.credentials.workspaceId,
    });
    if (!project) {
      throw Boom.notFound('No such project');
    }
    return project;
  },
  assign: 'project',
};

function requireMember(request, h) {
  if (request.auth.credentials.role === 'guest') {
    throw Boom.forbidden('Guests have read-only access');
  }
  return h.continue;
}

exports.plugin = {
  name: 'projects',
  version: '2.0.0',
  register: async (server) => {
    server.route([
      {
        method: 'GET',
        path: '/projects',
        handler: async (request) => {
          // ok: unscoped-tenant-query
          return Project.find({ workspace: request.auth.credentials.workspaceId, archived: false }).sort({ updatedAt: -1 });
        },
      },
      {
        method: 'POST',
        path: '/projects',
        options: {
          pre: [requireMember],
          validate: {
            payload: Joi.object({
              name: Joi.string().max(120).required(),
              client: Joi.string().max(120),
              budgetHours: Joi.number().min(0),
            }),
          },
        },
        handler: async (request, h) => {
          const project = await Project.create({ ...request.payload, workspace: request.auth.credentials.workspaceId });
          return h.response(project).code(201);
        },
      },
      {
        method: 'GET',
        path: '/projects/{projectId}/tasks',
        options: {
          pre: [loadProject],
          validate: { params: Joi.object({ projectId: objectId.required() }) },
        },
        handler: async (request) => {
          // ok: unscoped-tenant-query
          return Task.find({ project: request.pre.project._id, workspace: request.auth.credentials.workspaceId });
        },
      },
      {
        method: 'PATCH',
        path: '/tasks/{taskId}',
        options: {
          pre: [requireMember],
          validate: {
            params: Joi.object({ taskId: objectId.required() }),
            payload: Joi.object({ title: Joi.string().max(200), done: Joi.boolean() }),
          },
        },
        handler: async (request) => {
          // expect: unscoped-tenant-query
          const task = await Task.findByIdAndUpdate(request.params.taskId, request.payload, { new: true });
          if (!task) {
            throw Boom.notFound();
          }
          return task;
        },
      },
      // expect: missing-input-validation
      {
        method: 'PUT',
        path: '/projects/{projectId}',
        options: { pre: [loadProject, requireMember] },
        handler: async (request) => {
          const { name, client, budgetHours } = request.payload;
          // ok: unscoped-tenant-query
          return Project.findOneAndUpdate(
            { _id: request.pre.project._id, workspace: request.auth.credentials.workspaceId },
            { name, client, budgetHours },
            { new: true },
          );
        },
      },
      {
        method: 'DELETE',
        path: '/projects/{projectId}',
        options: { pre: [[loadProject], requireMember] },
        handler: async (request, h) => {
          try {
            await Task.deleteMany({ project: request.pre.project._id, workspace: request.auth.credentials.workspaceId });
            await Project.deleteOne({ _id: request.pre.project._id, workspace: request.auth.credentials.workspaceId });
          } catch (err) {
            // hapi answers a 500 with a generic message; the detail only reaches the server log
            // ok: error-details-leak
            throw Boom.badImplementation(err.message);
          }
          return h.response().code(204);
        },
      },
      {
        method: 'GET',
        path: '/projects/{projectId}/summary',
        handler: async (request, h) => {
          try {
            // ok: unscoped-tenant-query
            const project = await Project.findOne({ _id: request.params.projectId, workspace: request.auth.credentials.workspaceId }).lean();
            if (!project) {
              throw Boom.notFound();
            }
            const open = await Task.countDocuments({ project: project._id, workspace: project.workspace, done: false });
            return { name: project.name, open };
          } catch (err) {
            if (Boom.isBoom(err)) {
              throw err;
            }
            // expect: error-details-leak
            return h.response({ error: err.message, stack: err.stack }).code(500);
          }
        },
      },
      // expect: missing-role-check
      {
        method: 'PATCH',
        path: '/members/{userId}/role',
        options: {
          validate: { payload: Joi.object({ role: Joi.string().valid('owner', 'member', 'guest').required() }) },
        },
        handler: async (request) => {
          // ok: unscoped-tenant-query
          const user = await User.findOneAndUpdate(
            { _id: request.params.userId, workspace: request.auth.credentials.workspaceId },
            { role: request.payload.role },
            { new: true },
          );
          if (!user) {
            throw Boom.notFound();
          }
          return { id: user._id, role: user.role };
        },
      },
    ]);
  },
};
