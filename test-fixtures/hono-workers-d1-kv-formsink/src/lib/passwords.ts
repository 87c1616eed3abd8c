const ITERATIONS = 100_000;

async function derive(password: string, salt: Uint8Array) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, key, 256);
  return btoa(String.fromCharCode(...new Uint8Array(bits)));
}

export async function hashPassword(password: string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `${btoa(String.fromCharCode(...salt))}:${await derive(password, salt)}`;
}

export async function verifyPassword(password: string, stored: string) {
  const [saltB64, hash] = stored.split(':');
  const salt = Uint8Array.from(atob(saltB64), (ch) => ch.charCodeAt(0));
  return (await derive(password, salt)) === hash;
}
