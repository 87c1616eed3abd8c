import { randomInt } from "node:crypto";

// ok: hardcoded-secret
const INVITE_SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function newInviteCode(length = 12): string {
  let out = "";
  for (let i = 0; i < length; i++) out += INVITE_SECRET_ALPHABET[randomInt(INVITE_SECRET_ALPHABET.length)];
  return out;
}
