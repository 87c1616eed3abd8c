const { Memory } = require("../../models/memory");
const { Note } = require("../../models/note");
const { userFromSession } = require("../http");

/**
 * Loads the memory named by :memoryId. In multi-user mode the lookup is limited to the caller's
 * own memories, so another user's memory answers 404 like a missing one.
 */
async function validateMemoryOwner(request, response, next) {
  try {
    const clause = { id: Number(request.params.memoryId) };
    if (response.locals.multiUserMode) {
      const user = await userFromSession(request, response);
      clause.userId = user?.id ?? null;
    }
    const memory = await Memory.get(clause);
    if (!memory) return response.status(404).json({ error: "Memory not found." });
    next();
  } catch (e) {
    console.error(e);
    return response.sendStatus(500);
  }
}

// Only checks that the note exists: any signed-in user gets past it with another user's note id.
async function validateNoteExists(request, response, next) {
  const clause = { id: Number(request.params.noteId) };
  if (request.query.includeArchived !== "true") clause.archived = false;
  const note = await Note.get(clause);
  if (!note) return response.status(404).json({ error: "Note not found." });
  next();
}

module.exports = { validateMemoryOwner, validateNoteExists };
