const httpStatus = require('http-status');
const ApiError = require('../utils/ApiError');
const catchAsync = require('../utils/catchAsync');
const logger = require('../config/logger');
const projectService = require('../services/project.service');

const createProject = catchAsync(async (req, res) => {
  const project = await projectService.createProject(req.user.organization, req.user.id, req.body);
  res.status(httpStatus.CREATED).send(project);
});

const getProjects = catchAsync(async (req, res) => {
  const filter = req.query.name ? { name: req.query.name } : {};
  const projects = await projectService.queryProjects(req.user.organization, filter);
  res.send(projects);
});

const getProject = catchAsync(async (req, res) => {
  const project = await projectService.getProjectById(req.params.projectId);
  if (!project) {
    throw new ApiError(httpStatus.NOT_FOUND, 'Project not found');
  }
  res.send(project);
});

const updateProject = catchAsync(async (req, res) => {
  const project = await projectService.updateProjectForOrganization(req.params.projectId, req.user.organization, req.body);
  res.send(project);
});

const archiveProject = catchAsync(async (req, res) => {
  await projectService.archiveProject(req.params.projectId, req.user);
  res.status(httpStatus.NO_CONTENT).send();
});

const exportProjects = async (req, res) => {
  try {
    const projects = await projectService.queryProjects(req.user.organization, {});
    res.attachment('projects.csv').send(projects.map((p) => `${p.id},${p.name}`).join('\n'));
  } catch (err) {
    logger.error(err);
    // expect: error-details-leak
    res.status(500).json({ error: 'Export failed', reason: err.message });
  }
};

module.exports = { createProject, getProjects, getProject, updateProject, archiveProject, exportProjects };
