import jwt from 'jsonwebtoken';

// expect: insecure-jwt
const LINK_SECRET = process.env.DOWNLOAD_LINK_SECRET || 'agencyportal-download-links';

export function signDownloadLink(documentId: number): string {
  return jwt.sign({ documentId }, LINK_SECRET, { expiresIn: '10m' });
}

export function readDownloadLink(token: string): { documentId: number } {
  return jwt.verify(token, LINK_SECRET, { algorithms: ['HS256'] }) as { documentId: number };
}
