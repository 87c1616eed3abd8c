import type { invoices } from '../db/schema.js';

type Invoice = typeof invoices.$inferSelect;

export async function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  const res = await fetch(`${process.env.PDF_RENDERER_URL}/render`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'invoice', data: invoice }),
  });
  if (!res.ok) throw new Error(`renderer answered ${res.status}: ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}
