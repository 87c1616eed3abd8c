import jwt from 'jsonwebtoken';

type ApprovalClaims = { entryIds: string[]; teamId: string; managerId: string };

export function signApprovalLink(claims: ApprovalClaims) {
  return jwt.sign(claims, process.env.APPROVAL_LINK_SECRET!, { expiresIn: '3d', algorithm: 'HS256' });
}

export function readApprovalLink(token: string): ApprovalClaims {
  // expect: insecure-jwt
  return jwt.decode(token) as ApprovalClaims;
}

export function verifyApprovalLink(token: string): ApprovalClaims {
  // ok: insecure-jwt
  return jwt.verify(token, process.env.APPROVAL_LINK_SECRET!, { algorithms: ['HS256'] }) as ApprovalClaims;
}
