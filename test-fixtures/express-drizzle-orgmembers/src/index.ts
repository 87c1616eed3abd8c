import express from 'express'
import session from 'express-session'
import { vaultsRouter } from './routes/vaults.js'

const app = express()
app.use(express.json())
app.use(
  session({
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }),
)
app.use('/api', vaultsRouter)

app.listen(Number(process.env.PORT ?? 3000))
