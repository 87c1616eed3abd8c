import { env } from '../env.js'

export type ChatConfig = {
  signingSecret: string
  botToken: string
  clientId: string
  clientSecret: string
}

export type ChatEnv = {
  Variables: {
    chatConfig: ChatConfig
    chatBody: Record<string, any>
  }
}

export const chatConfigFromEnv = (): ChatConfig => ({
  signingSecret: env().CHAT_SIGNING_SECRET,
  botToken: env().CHAT_BOT_TOKEN,
  clientId: env().CHAT_CLIENT_ID,
  clientSecret: env().CHAT_CLIENT_SECRET,
})
