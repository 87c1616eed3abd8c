import type { AuthUser } from '../middleware/auth.js';
import { NotFoundError } from '../lib/errors.js';
import { sampleRepository } from '../repositories/sample.repository.js';
import { prisma } from '../lib/prisma.js';

export const sampleService = {
  list(user: AuthUser, cursor?: string) {
    return sampleRepository.listForOrg(user.organizationId, 50, cursor);
  },

  async get(user: AuthUser, id: string) {
    const sample = await sampleRepository.findInOrg(user.organizationId, id);
    if (!sample) throw new NotFoundError('Sample');
    return sample;
  },

  create(user: AuthUser, input: { barcode: string; label: string; matrix: string; collectedAt: Date }) {
    return sampleRepository.create({ ...input, organizationId: user.organizationId });
  },

  update(id: string, input: { label?: string; storageLocation?: string }) {
    return sampleRepository.update(id, input);
  },

  async remove(user: AuthUser, id: string) {
    const { count } = await sampleRepository.deleteInOrg(user.organizationId, id);
    if (count === 0) throw new NotFoundError('Sample');
  },

  async addAttachment(user: AuthUser, sampleId: string, file: Express.Multer.File) {
    await this.get(user, sampleId);
    return prisma.attachment.create({
      data: {
        sampleId,
        organizationId: user.organizationId,
        fileName: file.originalname,
        mimeType: file.mimetype,
        path: file.path,
      },
    });
  },

  async importManifest(user: AuthUser, csv: string) {
    const rows = csv
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => {
        const [barcode, label, matrix, collectedAt] = line.split(',');
        return { barcode, label, matrix, collectedAt: new Date(collectedAt), organizationId: user.organizationId };
      });
    return sampleRepository.createMany(rows);
  },
};
