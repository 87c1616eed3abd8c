import { prisma } from '@/lib/db';

// Relies on the middleware, which lets every request through.
// expect: missing-auth
export async function GET() {
  const customers = await prisma.customer.findMany({ select: { id: true, email: true, organizationId: true } });
  return Response.json(customers);
}
