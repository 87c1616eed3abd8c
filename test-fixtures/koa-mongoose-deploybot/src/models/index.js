module.exports = {
  Team: require('./Team'),
  User: require('./User'),
  Project: require('./Project'),
  Deployment: require('./Deployment'),
  Incident: require('./Incident'),
};
