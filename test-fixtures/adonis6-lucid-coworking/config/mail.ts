import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'

const mailConfig = defineConfig({
  default: 'smtp',
  from: { address: 'hello@deskhop.example', name: 'Deskhop' },
  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', 'smtp.deskhop.example'),
      port: 587,
      auth: {
        type: 'login',
        user: 'notifications@deskhop.example',
        // expect: hardcoded-secret
        pass: 'Dskh0p-Smtp-2025!',
      },
    }),
  },
})

export default mailConfig
