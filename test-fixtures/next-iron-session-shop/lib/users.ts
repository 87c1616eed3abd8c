import bcrypt from 'bcryptjs';

const customers = new Map<string, { id: string; hash: string }>();

export async function checkCustomer(email: string, password: string): Promise<string | null> {
  const c = customers.get(email);
  return c && (await bcrypt.compare(password, c.hash)) ? c.id : null;
}
