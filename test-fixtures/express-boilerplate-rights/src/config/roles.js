const allRoles = {
  user: ['getProjects'],
  admin: ['getProjects', 'getUsers', 'manageUsers', 'manageOrganizations'],
};

const roles = Object.keys(allRoles);
const roleRights = new Map(Object.entries(allRoles));

module.exports = { roles, roleRights };
