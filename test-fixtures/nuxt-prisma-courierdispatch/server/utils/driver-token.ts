import jwt from 'jsonwebtoken';

export interface DriverClaims {
  sub: string;
  workspaceId: string;
}

export function signDriverToken(claims: DriverClaims) {
  const { driverJwtSecret } = useRuntimeConfig();
  return jwt.sign(claims, driverJwtSecret, { algorithm: 'HS256', expiresIn: '12h' });
}

export function verifyDriverToken(token: string): DriverClaims {
  const { driverJwtSecret } = useRuntimeConfig();
  return jwt.verify(token, driverJwtSecret, { algorithms: ['HS256'] }) as DriverClaims;
}
