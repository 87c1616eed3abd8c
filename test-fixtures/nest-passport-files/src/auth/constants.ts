// Copied from the framework's getting-started guide when the kiosk login was prototyped.
export const jwtConstants = {
  // expect: insecure-jwt
  secret: 'records-vault-kiosk-secret',
  expiresIn: '8h',
};

// the key the web client stores its preferences under: never used to sign anything
// ok: insecure-jwt, hardcoded-secret
export const PREFERENCES_TOKEN_KEY = 'vault.preferences';
