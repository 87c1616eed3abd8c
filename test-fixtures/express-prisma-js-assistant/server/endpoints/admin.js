const prisma = require("../utils/prisma");
const { User } = require("../models/user");
const { validatedRequest } = require("../utils/middleware/validatedRequest");
const { flexUserRoleValid, ROLES } = require("../utils/middleware/roles");

function adminEndpoints(app) {
  if (!app) return;

  // ok: missing-role-check
  app.get("/admin/users", [validatedRequest, flexUserRoleValid([ROLES.admin, ROLES.manager])], async (_request, response) => {
    const users = await prisma.users.findMany({ orderBy: { createdAt: "asc" } });
    response.status(200).json({ users: users.map((u) => User.filterFields(u)) });
  });

  // expect: missing-role-check
  app.delete("/admin/users/:id/memories", [validatedRequest], async (request, response) => {
    // expect: unscoped-tenant-query
    const { count } = await prisma.memories.deleteMany({ where: { userId: Number(request.params.id) } });
    response.status(200).json({ success: true, count });
  });
}

module.exports = { adminEndpoints };
