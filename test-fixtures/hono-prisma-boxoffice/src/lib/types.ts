export type Claims = { sub: string; accountId: string; role: 'owner' | 'manager' | 'staff'; exp: number };

export type AppEnv = { Variables: { jwtPayload: Claims } };
