type PrintableNote = {
  id: string;
  body: string;
  painScore: number | null;
  createdAt: Date;
  patient: { firstName: string; lastName: string };
  author: { name: string };
};

// Minimal text-only PDF; the insurer only needs the wording and the date.
export async function renderNotePdf(note: PrintableNote): Promise<Uint8Array> {
  const lines = [
    `Patient: ${note.patient.firstName} ${note.patient.lastName}`,
    `Date: ${note.createdAt.toISOString().slice(0, 10)}`,
    `Therapist: ${note.author.name}`,
    note.painScore == null ? '' : `Pain score: ${note.painScore}/10`,
    '',
    note.body,
  ];
  const text = lines.join('\n').replace(/[()\\]/g, (c) => `\\${c}`);
  const stream = `BT /F1 11 Tf 50 780 Td 14 TL (${text.split('\n').join(') Tj T* (')}) Tj ET`;
  const doc = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length ${stream.length}>>stream\n${stream}\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF`;
  return new TextEncoder().encode(doc);
}
