import jwt from 'koa-jwt';

// puts the verified claims on ctx.state.user ({ sub, email, su })
export const authenticate = jwt({ secret: process.env.JWT_SECRET as string });

export type Claims = { sub: string; email: string; su?: boolean };
