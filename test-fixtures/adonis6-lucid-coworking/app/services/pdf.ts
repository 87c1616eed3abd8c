import type Invoice from '#models/invoice'

export async function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  const res = await fetch(`${process.env.PDF_SERVICE_URL}/render`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'invoice', data: invoice.serialize() }),
  })
  if (!res.ok) throw new Error(`pdf service answered ${res.status}`)
  return Buffer.from(await res.arrayBuffer())
}
