const { SystemSettings } = require("../../models/systemSettings");

// Refuses while the instance runs in single-user mode; it says nothing about who is calling.
async function isMultiUserSetup(_request, response, next) {
  const multiUserMode = await SystemSettings.isMultiUserMode();
  if (!multiUserMode) {
    response.status(403).json({ error: "Invalid request" });
    return;
  }
  next();
}

module.exports = { isMultiUserSetup };
