import { z } from 'zod';

export const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(8) });
export const ResetSchema = z.object({ token: z.string().min(20), password: z.string().min(10) });
export const PetUpdate = z.object({
  name: z.string().min(1).max(60).optional(),
  breed: z.string().max(60).optional(),
  medicalNotes: z.string().max(2000).optional(),
});
export const BookingCreate = z.object({
  petId: z.string().uuid(),
  startsOn: z.coerce.date(),
  endsOn: z.coerce.date(),
  kennelLabel: z.string().max(20).optional(),
});
export const CustomerCreate = z.object({
  name: z.string().min(1),
  email: z.string().email().optional(),
  phone: z.string().max(30).optional(),
});
export const OtpSchema = z.object({ code: z.string().regex(/^\d{6}$/) });
export const VaccinationCreate = z.object({ vaccine: z.string().min(2).max(60), givenOn: z.coerce.date(), expiresOn: z.coerce.date().optional() });
