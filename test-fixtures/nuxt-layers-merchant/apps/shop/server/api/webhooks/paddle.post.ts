import { Order } from '../../models'

// ok: missing-auth, unverified-webhook
export default defineEventHandler(async (event) => {
  const raw = (await readRawBody(event, 'utf8')) ?? ''
  if (!verifyPaddleSignature(raw, getHeader(event, 'paddle-signature'), useRuntimeConfig(event).paddleWebhookSecret)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid signature' })
  }
  const notification = JSON.parse(raw)
  if (notification.event_type === 'transaction.completed') {
    await Order.updateOne({ paddleTransactionId: notification.data.id }, { status: 'paid' })
  }
  return { ok: true }
})
