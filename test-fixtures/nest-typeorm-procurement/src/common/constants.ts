export const JWT_ISSUER = 'https://auth.procure.example.io';
export const REFRESH_COOKIE = 'refresh_token';
export const API_KEY_HEADER = 'x-api-key';
export const API_KEY_PREFIX = 'pk_proc_';
export const PASSWORD_POLICY = 'min12-upper-lower-digit';
export const WEBHOOK_PATH = '/api/webhooks/stripe';
