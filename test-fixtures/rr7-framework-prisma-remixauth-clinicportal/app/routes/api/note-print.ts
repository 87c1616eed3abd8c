import type { Route } from './+types/note-print';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';
import { renderNotePdf } from '~/lib/pdf.server';

// Printable copy of a treatment note for the patient's insurer.
// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  await requireUser(request);
  try {
    // expect: unscoped-tenant-query
    const note = await prisma.treatmentNote.findUnique({
      where: { id: params.noteId },
      include: { patient: true, author: { select: { name: true } } },
    });
    if (!note) return new Response('Not found', { status: 404 });
    const pdf = await renderNotePdf(note);
    return new Response(pdf, {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="note-${note.id}.pdf"` },
    });
  } catch (err) {
    // expect: error-details-leak
    return Response.json({ error: 'PDF rendering failed', stack: (err as Error).stack }, { status: 500 });
  }
}
