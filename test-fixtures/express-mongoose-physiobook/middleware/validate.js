// validate(schema) checks req.body against a joi schema and replaces it with the cleaned value
module.exports = function validate(schema) {
  return (req, res, next) => {
    const { error, value } = schema.validate(req.body, { abortEarly: false, stripUnknown: true });
    if (error) return res.status(400).json({ error: error.details.map((d) => d.message) });
    req.body = value;
    next();
  };
};
