import { HTTPException } from 'hono/http-exception';
import { prisma } from '../lib/db';

export type CandidateInput = { fullName: string; email: string; phone?: string; source?: string };

export const candidateService = {
  list(companyId: string, search?: string) {
    // ok: unscoped-tenant-query
    return prisma.candidate.findMany({
      where: { companyId, ...(search ? { fullName: { contains: search, mode: 'insensitive' as const } } : {}) },
      orderBy: { fullName: 'asc' },
      take: 100,
    });
  },

  byId(id: string) {
    // expect: unscoped-tenant-query
    return prisma.candidate.findUnique({ where: { id }, include: { applications: { include: { job: true } } } });
  },

  async requireInCompany(id: string, companyId: string) {
    // ok: unscoped-tenant-query
    const candidate = await prisma.candidate.findUnique({ where: { id } });
    if (!candidate || candidate.companyId !== companyId) {
      throw new HTTPException(404, { message: 'Candidate not found' });
    }
    return candidate;
  },

  create(companyId: string, input: CandidateInput) {
    return prisma.candidate.create({ data: { ...input, companyId } });
  },
};
