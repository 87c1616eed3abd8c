module.exports = {
  Clinic: require('./Clinic'),
  User: require('./User'),
  Patient: require('./Patient'),
  Appointment: require('./Appointment'),
  Invoice: require('./Invoice'),
  Room: require('./Room'),
};
