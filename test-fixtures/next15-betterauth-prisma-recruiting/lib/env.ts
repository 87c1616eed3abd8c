export const isProduction = process.env.NODE_ENV === 'production';
export const appUrl = process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000';
