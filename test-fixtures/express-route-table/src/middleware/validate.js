const Joi = require('joi');

const pick = (object, keys) => keys.reduce((acc, key) => (object[key] !== undefined ? { ...acc, [key]: object[key] } : acc), {});

// validate(schema) checks params/query/body against a Joi schema before the controller runs
const validate = (schema) => (req, res, next) => {
  const validSchema = pick(schema, ['params', 'query', 'body']);
  const object = pick(req, Object.keys(validSchema));
  const { value, error } = Joi.compile(validSchema).prefs({ abortEarly: false }).validate(object);
  if (error) return res.status(400).json({ message: error.details.map((d) => d.message).join(', ') });
  Object.assign(req, value);
  return next();
};

module.exports = validate;
