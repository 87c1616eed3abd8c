import { z } from 'zod';

export const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

export const SignupSchema = z.object({
  orgName: z.string().min(2).max(120),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(10),
});

export const ForgotSchema = z.object({ email: z.string().email() });
export const ResetSchema = z.object({ token: z.string().min(32), password: z.string().min(10) });

export const InvoiceCreateSchema = z.object({
  customerId: z.string(),
  number: z.string().max(40),
  amountCents: z.number().int().positive(),
  dueDate: z.coerce.date(),
});

export const InvoiceUpdateSchema = InvoiceCreateSchema.partial().omit({ customerId: true });

export const RoleChangeSchema = z.object({ role: z.enum(['admin', 'member']) });

export const CustomerCreateSchema = z.object({
  name: z.string().min(1).max(200),
  email: z.string().email(),
  taxId: z.string().max(40).optional(),
});
