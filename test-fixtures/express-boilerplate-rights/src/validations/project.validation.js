const Joi = require('joi');
const { objectId } = require('./custom.validation');

const createProject = {
  body: Joi.object().keys({ name: Joi.string().required(), description: Joi.string().allow('') }),
};

const getProject = { params: Joi.object().keys({ projectId: Joi.string().custom(objectId) }) };

const updateProject = {
  params: Joi.object().keys({ projectId: Joi.required().custom(objectId) }),
  body: Joi.object().keys({ name: Joi.string(), description: Joi.string().allow('') }).min(1),
};

module.exports = { createProject, getProject, updateProject };
