/** Typed environment, read once at start-up. */
export const env = {
  CHAT_VERIFICATION_TOKEN: process.env.CHAT_VERIFICATION_TOKEN ?? '',
  MAIL_EVENTS_TOKEN: process.env.MAIL_EVENTS_TOKEN ?? '',
};
