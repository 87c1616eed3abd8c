import { prisma } from "~/db.server";

// The preview card chat apps and mail clients fetch for a shared note: served to anyone, no cookie.
// ok: missing-auth, unscoped-tenant-query
export async function loader({ params }: { params: { token?: string } }) {
  const link = await prisma.shareLink.findFirst({ where: { token: params.token } });
  const note = link ? await prisma.note.findUnique({ where: { id: link.noteId }, select: { title: true } }) : null;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><text x="60" y="320" font-size="64">${escapeXml(note?.title ?? "Shared note")}</text></svg>`;
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=600" } });
}

function escapeXml(s: string) {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
