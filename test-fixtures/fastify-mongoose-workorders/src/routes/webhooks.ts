import type { FastifyPluginAsync } from 'fastify';
import { WorkOrder } from '../models/WorkOrder.js';
import { Company } from '../models/Company.js';

// Twilio posts inbound SMS here: customers reply "DONE" or "CANCEL" to a work order text.
const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // expect: unverified-webhook
  fastify.post('/twilio/sms', async (request, reply) => {
    const { From, To, Body } = request.body as { From: string; To: string; Body: string };
    const company = await Company.findOne({ twilioNumber: To });
    if (!company) return reply.code(204).send();
    const order = await WorkOrder.findOne({ company: company._id, customerPhone: From, status: { $in: ['open', 'assigned'] } });
    if (order && /^cancel/i.test(Body.trim())) {
      order.status = 'cancelled';
      await order.save();
    }
    reply.type('text/xml').send('<Response></Response>');
  });
};

export default webhookRoutes;
