import type { FastifyPluginAsync } from 'fastify'
import multipart, { type MultipartFile } from '@fastify/multipart'
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? path.resolve('uploads')
const IMAGE_TYPES: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' }

/** Streams the upload to disk under a random name; returns null if it hit the size limit. */
async function saveUpload(file: MultipartFile, ext: string): Promise<string | null> {
  const filename = `${randomUUID()}${ext}`
  const dest = path.join(UPLOAD_DIR, filename)
  try {
    await pipeline(file.file, createWriteStream(dest))
  } catch (err) {
    await rm(dest, { force: true })
    throw err
  }
  if (file.file.truncated) {
    await rm(dest, { force: true })
    return null
  }
  return `/files/${filename}`
}

const uploadRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate)
  // ok: unrestricted-upload
  await fastify.register(multipart, { limits: { fileSize: 5_000_000, files: 1 } })
  await mkdir(UPLOAD_DIR, { recursive: true })

  // ok: missing-auth
  // ok: missing-rate-limit
  fastify.post<{ Params: { id: string } }>('/members/:id/avatar', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const member = await fastify.prisma.member.findFirst({ where: { id: request.params.id, studioId: request.user.studioId }, select: { id: true } })
    if (!member) {
      return reply.code(404).send({ error: 'Member not found' })
    }

    const file = await request.file()
    if (!file) {
      return reply.code(400).send({ error: 'Expected an image file' })
    }
    const ext = IMAGE_TYPES[file.mimetype]
    if (!ext) {
      file.file.resume()
      return reply.code(415).send({ error: 'Only JPEG, PNG or WebP images are accepted' })
    }

    const url = await saveUpload(file, ext)
    if (!url) {
      return reply.code(413).send({ error: 'File too large' })
    }
    await fastify.prisma.member.update({ where: { id: member.id }, data: { avatarUrl: url } })
    return { avatarUrl: url }
  })

  // expect: missing-rate-limit
  fastify.post<{ Params: { id: string } }>('/members/:id/waiver', async (request, reply) => {
    const member = await fastify.prisma.member.findFirst({ where: { id: request.params.id, studioId: request.user.studioId }, select: { id: true } })
    if (!member) {
      return reply.code(404).send({ error: 'Member not found' })
    }

    const file = await request.file()
    if (!file) {
      return reply.code(400).send({ error: 'Expected a PDF file' })
    }
    if (file.mimetype !== 'application/pdf') {
      file.file.resume()
      return reply.code(415).send({ error: 'Only PDF waivers are accepted' })
    }

    const url = await saveUpload(file, '.pdf')
    if (!url) {
      return reply.code(413).send({ error: 'File too large' })
    }
    await fastify.prisma.member.update({ where: { id: member.id }, data: { waiverUrl: url } })
    return { waiverUrl: url }
  })
}

export default uploadRoutes
