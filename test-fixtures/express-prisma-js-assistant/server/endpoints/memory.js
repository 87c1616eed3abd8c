const { Memory } = require("../models/memory");
const { userFromSession, reqBody } = require("../utils/http");
const { validatedRequest } = require("../utils/middleware/validatedRequest");
const { flexUserRoleValid, ROLES } = require("../utils/middleware/roles");
const { validateMemoryOwner } = require("../utils/middleware/owners");

function memoryEndpoints(app) {
  if (!app) return;

  app.get("/memories", [validatedRequest, flexUserRoleValid([ROLES.all])], async (request, response) => {
    try {
      const user = await userFromSession(request, response);
      const memories = await Memory.forUser(user.id);
      response.status(200).json({ memories });
    } catch (e) {
      console.error(e);
      response.sendStatus(500);
    }
  });

  app.put(
    "/memories/:memoryId",
    [validatedRequest, flexUserRoleValid([ROLES.all]), validateMemoryOwner],
    async (request, response) => {
      try {
        const memoryId = Number(request.params.memoryId);
        const { content } = reqBody(request);
        if (typeof content !== "string" || !content.trim()) return response.status(400).json({ error: "Content is required." });
        const { memory, message } = await Memory.update(memoryId, { content: content.trim() });
        if (!memory) return response.status(400).json({ error: message });
        response.status(200).json({ memory });
      } catch (e) {
        console.error(e);
        return response.sendStatus(500);
      }
    }
  );

  app.delete(
    "/memories/:memoryId",
    [validatedRequest, flexUserRoleValid([ROLES.all]), validateMemoryOwner],
    async (request, response) => {
      try {
        await Memory.delete(Number(request.params.memoryId));
        response.status(200).json({ success: true });
      } catch (e) {
        console.error(e);
        return response.sendStatus(500);
      }
    }
  );
}

module.exports = { memoryEndpoints };
