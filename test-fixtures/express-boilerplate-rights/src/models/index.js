module.exports.User = require('./user.model');
module.exports.Organization = require('./organization.model');
module.exports.Project = require('./project.model');
module.exports.Token = require('./token.model');
