const prisma = require("../utils/prisma");

// Notes their owners chose to publish: anyone with the link reads them, and each visit is counted.
function shareEndpoints(app) {
  if (!app) return;

  // ok: missing-auth
  app.get("/share/:shareSlug", async (request, response) => {
    const note = await prisma.notes.findFirst({
      where: { shareSlug: String(request.params.shareSlug), visibility: "public" },
      select: { id: true, title: true, body: true, createdAt: true },
    });
    if (!note) return response.status(404).json({ error: "Not found." });
    const noteId = note.id;
    await prisma.note_stats.upsert({
      where: { noteId },
      create: { views: 1, noteId },
      update: { views: { increment: 1 } },
    });
    response.status(200).json({ note });
  });

  // Anyone can zero a note's counter: the reset belongs behind the owner's sign-in.
  // expect: missing-auth
  app.post("/share/:shareSlug/reset-views", async (request, response) => {
    const note = await prisma.notes.findFirst({ where: { shareSlug: String(request.params.shareSlug), visibility: "public" }, select: { id: true } });
    if (!note) return response.status(404).json({ error: "Not found." });
    await prisma.note_stats.update({ where: { noteId: note.id }, data: { views: 0 } });
    response.status(200).json({ success: true });
  });
}

module.exports = { shareEndpoints };
