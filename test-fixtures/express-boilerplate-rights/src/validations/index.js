const Joi = require('joi');

const objectId = (value, helpers) => (/^[0-9a-fA-F]{24}$/.test(value) ? value : helpers.message('"{{#label}}" must be a valid mongo id'));
const password = (value, helpers) => (value.length >= 8 ? value : helpers.message('password must be at least 8 characters'));

const authValidation = {
  register: {
    body: Joi.object().keys({ email: Joi.string().required().email(), password: Joi.string().required().custom(password), name: Joi.string().required() }),
  },
  login: { body: Joi.object().keys({ email: Joi.string().required(), password: Joi.string().required() }) },
  forgotPassword: { body: Joi.object().keys({ email: Joi.string().email().required() }) },
  resetPassword: {
    query: Joi.object().keys({ token: Joi.string().required() }),
    body: Joi.object().keys({ password: Joi.string().required().custom(password) }),
  },
};

const userValidation = {
  createUser: {
    body: Joi.object().keys({
      email: Joi.string().required().email(),
      password: Joi.string().required().custom(password),
      name: Joi.string().required(),
      role: Joi.string().required().valid('user', 'admin'),
    }),
  },
  getUsers: { query: Joi.object().keys({ name: Joi.string(), role: Joi.string(), limit: Joi.number().integer() }) },
  getUser: { params: Joi.object().keys({ userId: Joi.string().custom(objectId) }) },
  updateUser: {
    params: Joi.object().keys({ userId: Joi.required().custom(objectId) }),
    body: Joi.object().keys({ email: Joi.string().email(), name: Joi.string() }).min(1),
  },
  deleteUser: { params: Joi.object().keys({ userId: Joi.string().custom(objectId) }) },
  setRole: {
    params: Joi.object().keys({ userId: Joi.string().custom(objectId) }),
    body: Joi.object().keys({ role: Joi.string().valid('user', 'admin').required() }),
  },
};

const projectValidation = {
  createProject: { body: Joi.object().keys({ name: Joi.string().required(), description: Joi.string().allow('') }) },
  getProject: { params: Joi.object().keys({ projectId: Joi.string().custom(objectId) }) },
  updateProject: {
    params: Joi.object().keys({ projectId: Joi.required().custom(objectId) }),
    body: Joi.object().keys({ name: Joi.string(), description: Joi.string().allow('') }).min(1),
  },
};

module.exports = { authValidation, userValidation, projectValidation };
