import argon2 from 'argon2';

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return argon2.verify(stored, password);
}
