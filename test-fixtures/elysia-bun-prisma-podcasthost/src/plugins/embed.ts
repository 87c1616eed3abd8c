import { Elysia } from 'elysia'
import { jwt } from '@elysiajs/jwt'

// short-lived tokens for the embeddable web player
export const embedTokens = new Elysia({ name: 'plugin.embed' }).use(
  // expect: insecure-jwt
  jwt({
    name: 'embedJwt',
    // expect: hardcoded-secret
    secret: 'pl4yer-Emb3d-9fK2xQ7vLm4RtZ8w',
    exp: '30d',
  }),
)
