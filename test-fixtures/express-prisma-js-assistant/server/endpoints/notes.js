const { Note } = require("../models/note");
const { reqBody } = require("../utils/http");
const { validatedRequest } = require("../utils/middleware/validatedRequest");
const { flexUserRoleValid, ROLES } = require("../utils/middleware/roles");
const { validateNoteExists } = require("../utils/middleware/owners");

function noteEndpoints(app) {
  if (!app) return;

  app.post(
    "/notes/:noteId/rename",
    [validatedRequest, flexUserRoleValid([ROLES.all]), validateNoteExists],
    async (request, response) => {
      const { title } = reqBody(request);
      if (typeof title !== "string" || title.length > 200) return response.status(400).json({ error: "Invalid title." });
      const note = await Note.update(request.params.noteId, { title });
      response.status(200).json({ note });
    }
  );

  app.delete(
    "/notes/:noteId",
    [validatedRequest, flexUserRoleValid([ROLES.all]), validateNoteExists],
    async (request, response) => {
      await Note.delete(request.params.noteId);
      response.status(200).json({ success: true });
    }
  );
}

module.exports = { noteEndpoints };
