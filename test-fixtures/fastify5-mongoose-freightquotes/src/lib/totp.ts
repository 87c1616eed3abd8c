import { createHmac } from 'node:crypto';

export function verifyTotp(secretHex: string, code: string, window = 1): boolean {
  const step = Math.floor(Date.now() / 30_000);
  for (let i = -window; i <= window; i++) {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(step + i));
    const h = createHmac('sha1', Buffer.from(secretHex, 'hex')).update(counter).digest();
    const o = h[h.length - 1] & 0xf;
    const n = ((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).toString().padStart(6, '0');
    if (n === code) return true;
  }
  return false;
}
