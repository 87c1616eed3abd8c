const Joi = require('joi');
exports.createBoard = Joi.object({ title: Joi.string().min(1).max(120).required() });
exports.createTask = Joi.object({ title: Joi.string().required(), done: Joi.boolean() });
