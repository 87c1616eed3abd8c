const { ApiKey } = require("../models/apiKey");
const { userFromSession, reqBody } = require("../utils/http");
const { validatedRequest } = require("../utils/middleware/validatedRequest");
const { flexUserRoleValid, ROLES } = require("../utils/middleware/roles");

function apiKeyEndpoints(app) {
  if (!app) return;

  app.get("/api-keys", [validatedRequest, flexUserRoleValid([ROLES.all])], async (request, response) => {
    const user = await userFromSession(request, response);
    response.status(200).json({ apiKeys: await ApiKey.whereUser(user.id) });
  });

  app.post("/api-keys/new", [validatedRequest, flexUserRoleValid([ROLES.all])], async (request, response) => {
    const user = await userFromSession(request, response);
    const { label = "Untitled key" } = reqBody(request);
    if (typeof label !== "string" || label.length > 80) return response.status(400).json({ error: "Invalid label." });
    const { key, secret } = await ApiKey.create(user.id, label);
    response.status(200).json({ id: key.id, secret });
  });

  // Admins revoke any key; everyone else only their own.
  app.delete("/api-keys/:id", [validatedRequest, flexUserRoleValid([ROLES.all])], async (request, response) => {
    try {
      const { id } = request.params;
      const user = await userFromSession(request, response);
      if (user.role !== ROLES.admin) {
        const apiKey = await ApiKey.get({ id: parseInt(id), user_id: user?.id });
        if (!apiKey) return response.status(403).json({ error: "Unauthorized" });
      }
      const { success, error } = await ApiKey.delete(id);
      if (!success) throw new Error(error);
      response.status(200).json({ success: true });
    } catch (error) {
      console.error(error);
      response.status(500).json({ error: "Failed to revoke API key" });
    }
  });

  // Renames without checking whose key it is.
  app.post("/api-keys/:id/rename", [validatedRequest, flexUserRoleValid([ROLES.all])], async (request, response) => {
    const { label } = reqBody(request);
    if (typeof label !== "string" || !label.trim()) return response.status(400).json({ error: "Invalid label." });
    const apiKey = await ApiKey.rename(request.params.id, label.trim());
    response.status(200).json({ id: apiKey.id, label: apiKey.label });
  });
}

module.exports = { apiKeyEndpoints };
