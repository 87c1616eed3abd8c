import mongoose from 'mongoose'

let connecting: Promise<typeof mongoose> | null = null

export default defineEventHandler(async (event) => {
  if (mongoose.connection.readyState === 1) return
  connecting ??= mongoose.connect(useRuntimeConfig(event).mongoUri)
  await connecting
})
