import type { FastifyError, FastifyInstance, FastifyPluginAsync } from 'fastify'
import Stripe from 'stripe'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' })

async function applySubscriptionEvent(fastify: FastifyInstance, event: Stripe.Event): Promise<void> {
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const subscription = event.data.object as Stripe.Subscription
      const customerId = typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id
      await fastify.prisma.studio.updateMany({
        where: { stripeCustomerId: customerId },
        data: { subscriptionStatus: subscription.status },
      })
      break
    }
    default:
      fastify.log.debug({ type: event.type }, 'ignored stripe event')
  }
}

async function applyMemberPaymentEvent(fastify: FastifyInstance, event: Stripe.Event): Promise<void> {
  if (event.type !== 'checkout.session.completed') return
  const session = event.data.object as Stripe.Checkout.Session
  const memberId = session.metadata?.memberId
  const studioId = session.metadata?.studioId
  if (!memberId || !studioId || session.payment_status !== 'paid') return
  await fastify.prisma.member.updateMany({
    where: { id: memberId, studioId },
    data: { membershipActive: true },
  })
}

interface ClassPassBooking {
  studioSlug: string
  classSessionId: string
  firstName: string
  lastName: string
  email: string
}

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // Keep the raw payload for signature verification (scoped to this plugin only).
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    request.rawBody = body as Buffer
    try {
      done(null, JSON.parse((body as Buffer).toString('utf8')))
    } catch (err) {
      ;(err as FastifyError).statusCode = 400
      done(err as Error, undefined)
    }
  })

  // ok: missing-auth
  // ok: unverified-webhook
  fastify.post('/stripe', async (request, reply) => {
    const sig = request.headers['stripe-signature']
    if (typeof sig !== 'string' || !request.rawBody) {
      return reply.code(400).send({ error: 'Missing signature' })
    }
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(request.rawBody, sig, process.env.STRIPE_WEBHOOK_SECRET!)
    } catch {
      return reply.code(400).send({ error: 'Invalid signature' })
    }
    await applySubscriptionEvent(fastify, event)
    return { received: true }
  })

  // ok: unverified-webhook
  fastify.post('/stripe/member-payments', async (request, reply) => {
    const sig = request.headers['stripe-signature']
    if (typeof sig !== 'string' || !request.rawBody) {
      return reply.code(400).send({ error: 'Missing signature' })
    }
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(request.rawBody, sig, process.env.STRIPE_CONNECT_WEBHOOK_SECRET!)
    } catch {
      return reply.code(400).send({ error: 'Invalid signature' })
    }
    await applyMemberPaymentEvent(fastify, event)
    return { received: true }
  })

  // Old endpoint still configured on a few accounts created before the 2023 migration.
  // expect: unverified-webhook
  fastify.post<{ Body: Stripe.Event }>('/stripe-legacy', {
    schema: {
      body: {
        type: 'object',
        required: ['id', 'type', 'data'],
        properties: {
          id: { type: 'string' },
          type: { type: 'string' },
          data: { type: 'object', required: ['object'], properties: { object: { type: 'object' } } },
        },
      },
    },
  }, async (request) => {
    await applySubscriptionEvent(fastify, request.body)
    return { received: true }
  })

  // expect: unverified-webhook
  // ok: missing-input-validation
  fastify.post<{ Body: ClassPassBooking }>('/classpass', {
    schema: {
      body: {
        type: 'object',
        required: ['studioSlug', 'classSessionId', 'firstName', 'lastName', 'email'],
        additionalProperties: false,
        properties: {
          studioSlug: { type: 'string', maxLength: 60 },
          classSessionId: { type: 'string', maxLength: 40 },
          firstName: { type: 'string', minLength: 1, maxLength: 80 },
          lastName: { type: 'string', minLength: 1, maxLength: 80 },
          email: { type: 'string', format: 'email', maxLength: 254 },
        },
      },
    },
  }, async (request, reply) => {
    const { studioSlug, classSessionId, firstName, lastName } = request.body
    const email = request.body.email.toLowerCase()

    const studio = await fastify.prisma.studio.findUnique({ where: { slug: studioSlug } })
    const session = studio
      ? await fastify.prisma.classSession.findFirst({ where: { id: classSessionId, studioId: studio.id } })
      : null
    if (!studio || !session) {
      return reply.code(404).send({ error: 'Unknown studio or class' })
    }

    const member = await fastify.prisma.member.upsert({
      where: { studioId_email: { studioId: studio.id, email } },
      create: { studioId: studio.id, firstName, lastName, email, source: 'classpass' },
      update: {},
    })
    await fastify.prisma.booking.upsert({
      where: { memberId_classSessionId: { memberId: member.id, classSessionId: session.id } },
      create: { studioId: studio.id, memberId: member.id, classSessionId: session.id },
      update: { status: 'CONFIRMED' },
    })
    return { received: true }
  })
}

export default webhookRoutes
