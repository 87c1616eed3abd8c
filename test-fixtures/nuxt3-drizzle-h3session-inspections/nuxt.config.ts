export default defineNuxtConfig({
  compatibilityDate: '2024-11-01',
  devtools: { enabled: true },
  runtimeConfig: {
    sessionPassword: process.env.NUXT_SESSION_PASSWORD,
    // expect: insecure-jwt
    mobileJwtSecret: process.env.NUXT_MOBILE_JWT_SECRET || 'inspections-mobile-dev',
    calendarWebhookSecret: '',
    public: {
      mapsKey: process.env.NUXT_PUBLIC_MAPS_KEY,
      // expect: public-env-secret
      storageSecretKey: process.env.STORAGE_SECRET_KEY,
    },
  },
});
