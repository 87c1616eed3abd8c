export default defineNuxtConfig({
  compatibilityDate: '2024-12-01',
  runtimeConfig: {
    jwtSecret: '',
    mailgunSigningKey: '',
    postmarkInboundToken: '',
    public: {
      helpdeskName: 'Supportly',
      // ok: public-env-secret
      sentryDsn: process.env.NUXT_PUBLIC_SENTRY_DSN,
      // the reply composer calls the mail API straight from the browser
      // expect: public-env-secret
      postmarkServerToken: process.env.POSTMARK_SERVER_TOKEN,
    },
  },
});
