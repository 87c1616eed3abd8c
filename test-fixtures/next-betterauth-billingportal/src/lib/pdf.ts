export async function renderInvoicePdf(invoice: { number: string; amountCents: number; currency: string }) {
  const text = `Invoice ${invoice.number}\nTotal: ${(invoice.amountCents / 100).toFixed(2)} ${invoice.currency.toUpperCase()}`;
  return new TextEncoder().encode(text);
}
