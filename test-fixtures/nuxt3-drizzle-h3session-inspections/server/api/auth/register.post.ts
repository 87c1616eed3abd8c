import bcrypt from 'bcryptjs';
import { z } from 'zod';

const Register = z.object({
  company: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(128),
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const input = await readValidatedBody(event, Register.parse);
  const companyId = crypto.randomUUID();
  await db.insert(tables.companies).values({ id: companyId, name: input.company });
  await db.insert(tables.users).values({
    id: crypto.randomUUID(),
    companyId,
    email: input.email.toLowerCase(),
    name: input.name,
    role: 'admin',
    passwordHash: await bcrypt.hash(input.password, 12),
  });
  return { ok: true };
});
