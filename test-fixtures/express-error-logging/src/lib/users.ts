import bcrypt from 'bcryptjs';

const users = new Map<string, { id: string; hash: string }>();

export async function verifyCredentials(email: string, password: string): Promise<string | null> {
  const u = users.get(email);
  return u && (await bcrypt.compare(password, u.hash)) ? u.id : null;
}
