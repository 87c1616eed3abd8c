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

/** The link and when it stops working, for the email that carries it. */
export function issueApprovalLink(claims: ApprovalClaims): { token: string; expiresAt: Date; teamId: string } {
  const token = jwt.sign(claims, process.env.APPROVAL_LINK_SECRET!, { expiresIn: '3d', algorithm: 'HS256' });
  // the token signed just above: its own claims, no caller's
  // ok: insecure-jwt
  const decoded = jwt.decode(token) as { exp: number; teamId: string };
  return { token, expiresAt: new Date(decoded.exp * 1000), teamId: decoded.teamId };
}

/** The claims of a link handed back, with its token refreshed first: what is decoded is still the caller's token. */
export function readRenewedLink(token: string): ApprovalClaims {
  let current = jwt.sign({ renewed: true }, process.env.APPROVAL_LINK_SECRET!, { algorithm: 'HS256' });
  current = token;
  // expect: insecure-jwt
  return jwt.decode(current) as ApprovalClaims;
}
