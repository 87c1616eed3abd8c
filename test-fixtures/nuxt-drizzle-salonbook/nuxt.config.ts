export default defineNuxtConfig({
  modules: ['nuxt-auth-utils'],
  runtimeConfig: {
    stripeSecretKey: '',
    stripeWebhookSecret: '',
    calendarSigningSecret: '',
    public: {
      appName: 'Salonbook',
      stripePublishableKey: '',
    },
  },
})
