// https://nitro.unjs.io/config
export default defineNitroConfig({
  srcDir: 'server',
  compatibilityDate: '2024-11-01',
  runtimeConfig: {
    jwtSecret: '',
    githubWebhookSecret: '',
  },
})
