// Shapes a mailer event before it is stored; it checks fields, not who sent them.
export type MailerEvent = { recipient: string; event: string; timestamp: number }

export function validateMailerPayload(e: MailerEvent): MailerEvent {
  if (typeof e.recipient !== 'string' || typeof e.event !== 'string') throw new Error('bad payload')
  return { recipient: e.recipient.toLowerCase(), event: e.event, timestamp: Number(e.timestamp) }
}
