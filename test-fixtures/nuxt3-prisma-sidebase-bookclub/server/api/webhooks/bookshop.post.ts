import { createHmac, timingSafeEqual } from 'node:crypto';

// affiliate sale notifications from the bookshop partner
// ok: unverified-webhook, missing-auth
export default defineEventHandler(async (event) => {
  const raw = (await readRawBody(event)) ?? '';
  const given = Buffer.from(getHeader(event, 'x-bookshop-signature') ?? '', 'hex');
  const expected = createHmac('sha256', useRuntimeConfig().bookshopWebhookSecret).update(raw).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw createError({ statusCode: 401, statusMessage: 'Bad signature' });
  }
  const sale = JSON.parse(raw) as { isbn: string; clubRef: string };
  await prisma.book.updateMany({ where: { isbn: sale.isbn, clubId: sale.clubRef }, data: { status: 'purchased' } });
  return { ok: true };
});
