export type Claims = { sub: string; practiceId: string; role: 'owner' | 'dentist' | 'hygienist' | 'reception'; exp: number };

export type AppEnv = { Variables: { jwtPayload: Claims } };
