function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

export const env = {
  // ok: insecure-jwt, hardcoded-secret
  JWT_SECRET: required('JWT_SECRET'),
  LAB_WEBHOOK_SECRET: required('LAB_WEBHOOK_SECRET'),
  MAIL_API_KEY: process.env.MAIL_API_KEY ?? '',
  APP_ORIGINS: (process.env.APP_ORIGINS ?? 'http://localhost:5173').split(','),
};

// ok: hardcoded-secret
export const LAB_SIGNATURE_HEADER = 'x-labsync-signature-sha256';
