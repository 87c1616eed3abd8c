import { randomBytes } from 'node:crypto'
import nodemailer from 'nodemailer'
import { Account } from '../../models'

const mailer = nodemailer.createTransport(process.env.SMTP_URL)

// ok: missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  const { email } = await readBody<{ email: string }>(event)
  const resetToken = randomBytes(32).toString('hex')
  const account = await Account.findOneAndUpdate({ email }, { resetToken })
  if (account) {
    const link = `https://shop.example.com/reset?token=${resetToken}`
    // expect: token-logging
    console.log('password reset link', link)
    await mailer.sendMail({ to: email, subject: 'Reset your password', text: link })
  }
  return { ok: true }
})
