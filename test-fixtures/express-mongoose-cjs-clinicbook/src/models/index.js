'use strict';

module.exports = {
  Clinic: require('./Clinic'),
  User: require('./User'),
  Patient: require('./Patient'),
  Appointment: require('./Appointment'),
  Invoice: require('./Invoice'),
  Document: require('./Document'),
  WaitlistEntry: require('./Waitlist'),
  Prescription: require('./Prescription'),
  LabResult: require('./LabResult'),
};
