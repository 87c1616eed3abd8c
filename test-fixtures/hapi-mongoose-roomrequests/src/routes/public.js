module.exports = [
  // ok: missing-auth
  { method: 'GET', path: '/health', options: { auth: false }, handler: () => ({ ok: true }) },
];
