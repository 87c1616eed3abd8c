module.exports.authController = require('./auth.controller');
module.exports.userController = require('./user.controller');
module.exports.projectController = require('./project.controller');
module.exports.adminController = require('./admin.controller');
