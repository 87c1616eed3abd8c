const { userFromSession } = require("../http");

const ROLES = {
  all: "<all>",
  admin: "admin",
  manager: "manager",
  default: "default",
};

function flexUserRoleValid(allowedRoles = [ROLES.admin]) {
  return async (request, response, next) => {
    if (allowedRoles.includes(ROLES.all)) {
      next();
      return;
    }
    const user = await userFromSession(request, response);
    if (!user || !allowedRoles.includes(user.role)) {
      response.sendStatus(401).end();
      return;
    }
    next();
  };
}

module.exports = { ROLES, flexUserRoleValid };
