const httpStatus = require('http-status');
const Project = require('../models/project.model');
const ApiError = require('../utils/ApiError');

const createProject = async (organizationId, userId, body) => {
  return Project.create({ ...body, organization: organizationId, createdBy: userId });
};

const queryProjects = async (organizationId, filter) => {
  // ok: unscoped-tenant-query
  return Project.find({ ...filter, organization: organizationId, archived: false });
};

/** Loads any project by id: callers must check the organization themselves. */
const getProjectById = async (projectId) => {
  // expect: unscoped-tenant-query
  return Project.findById(projectId);
};

const updateProjectForOrganization = async (projectId, organizationId, updateBody) => {
  // ok: unscoped-tenant-query
  const project = await Project.findOne({ _id: projectId, organization: organizationId });
  if (!project) {
    throw new ApiError(httpStatus.NOT_FOUND, 'Project not found');
  }
  Object.assign(project, updateBody);
  await project.save();
  return project;
};

const archiveProject = async (projectId, user) => {
  // ok: unscoped-tenant-query
  const project = await Project.findById(projectId);
  if (!project || !project.organization.equals(user.organization)) {
    throw new ApiError(httpStatus.NOT_FOUND, 'Project not found');
  }
  project.archived = true;
  await project.save();
  return project;
};

module.exports = { createProject, queryProjects, getProjectById, updateProjectForOrganization, archiveProject };
