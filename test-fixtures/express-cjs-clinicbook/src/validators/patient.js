const { Joi, Segments } = require('celebrate');

const patientBody = Joi.object({
  firstName: Joi.string().max(100).required(),
  lastName: Joi.string().max(100).required(),
  dateOfBirth: Joi.date().iso(),
  phone: Joi.string().max(30),
  email: Joi.string().email(),
  insuranceNumber: Joi.string().max(40),
});

module.exports = {
  createPatient: { [Segments.BODY]: patientBody },
  updatePatient: { [Segments.BODY]: patientBody.fork(['firstName', 'lastName'], (s) => s.optional()) },
};
