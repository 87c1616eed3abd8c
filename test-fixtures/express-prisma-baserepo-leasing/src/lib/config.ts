export const config = {
  port: Number(process.env.PORT ?? 4000),
  jwtSecret: process.env.JWT_SECRET as string,
  // ok: hardcoded-secret
  pageSizeToken: 'page-size-25',
  // expect: hardcoded-secret
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? 'sk_live_FAKEFAKEFAKEFAKEFAKEFAKE00',
};
