const { loadRepo } = require("../utils/connectors/repoLoader");
const { reqBody } = require("../utils/http");
const { validatedRequest } = require("../utils/middleware/validatedRequest");
const { flexUserRoleValid, ROLES } = require("../utils/middleware/roles");

function connectorEndpoints(app) {
  if (!app) return;

  app.post("/connectors/github", [validatedRequest, flexUserRoleValid([ROLES.admin, ROLES.manager])], async (request, response) => {
    const { repoUrl, branch = "main", accessToken = null } = reqBody(request);
    if (typeof repoUrl !== "string" || !repoUrl.startsWith("https://github.com/")) {
      return response.status(400).json({ success: false, reason: "Only GitHub URLs are supported." });
    }
    const result = await loadRepo({ repoUrl, branch, accessToken });
    response.status(200).json({ success: result.success, reason: result.reason ?? null });
  });
}

module.exports = { connectorEndpoints };
