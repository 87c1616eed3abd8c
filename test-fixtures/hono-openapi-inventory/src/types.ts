export type JwtClaims = { sub: string; orgId: string; role: 'clerk' | 'manager' | 'admin' }

export type AppEnv = { Variables: { jwtPayload: JwtClaims } }
