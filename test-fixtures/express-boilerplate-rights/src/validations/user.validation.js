const Joi = require('joi');
const { password, objectId } = require('./custom.validation');

const createUser = {
  body: Joi.object().keys({
    email: Joi.string().required().email(),
    password: Joi.string().required().custom(password),
    name: Joi.string().required(),
    role: Joi.string().required().valid('user', 'admin'),
  }),
};

const getUsers = {
  query: Joi.object().keys({ name: Joi.string(), role: Joi.string(), limit: Joi.number().integer() }),
};

const getUser = { params: Joi.object().keys({ userId: Joi.string().custom(objectId) }) };

const updateUser = {
  params: Joi.object().keys({ userId: Joi.required().custom(objectId) }),
  body: Joi.object().keys({ email: Joi.string().email(), name: Joi.string() }).min(1),
};

const deleteUser = { params: Joi.object().keys({ userId: Joi.string().custom(objectId) }) };

const setRole = {
  params: Joi.object().keys({ userId: Joi.string().custom(objectId) }),
  body: Joi.object().keys({ role: Joi.string().valid('user', 'admin').required() }),
};

module.exports = { createUser, getUsers, getUser, updateUser, deleteUser, setRole };
