import { Type, type Static } from '@sinclair/typebox';

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type IdParamsT = Static<typeof IdParams>;

export const LoginBody = Type.Object({ email: Type.String({ format: 'email' }), password: Type.String({ minLength: 8 }) });
export const RegisterBody = Type.Object({
  email: Type.String({ format: 'email' }),
  password: Type.String({ minLength: 12 }),
  gymName: Type.String({ minLength: 2, maxLength: 80 }),
  slug: Type.String({ pattern: '^[a-z0-9-]{3,40}$' }),
});
export const MemberBody = Type.Object({
  fullName: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ format: 'email' }),
  phone: Type.Optional(Type.String({ maxLength: 30 })),
});
export const ClassBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 120 }),
  startsAt: Type.String({ format: 'date-time' }),
  capacity: Type.Integer({ minimum: 1, maximum: 200 }),
  coachId: Type.Optional(Type.String({ format: 'uuid' })),
});
export const BookingBody = Type.Object({ memberId: Type.String({ format: 'uuid' }) });
