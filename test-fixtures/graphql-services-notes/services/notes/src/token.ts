import jwt from 'jsonwebtoken';

export interface Member {
  id: string;
  teamId: string;
}

export function memberFromHeader(header: string | undefined): Member | null {
  if (!header?.startsWith('Bearer ')) return null;
  try {
    return jwt.verify(header.slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as Member;
  } catch {
    return null;
  }
}
