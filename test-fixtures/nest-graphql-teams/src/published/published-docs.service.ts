import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class PublishedDocsService {
  constructor(private readonly prisma: PrismaService) {}

  /** The page anyone with the link reads; a doc whose collection was deleted since is removed instead. */
  async getPublicDoc(slug: string) {
    const doc = await this.prisma.publishedDoc.findUnique({ where: { slug } });
    if (!doc) return null;
    const collection = await this.prisma.collection.findUnique({ where: { id: doc.collectionId }, select: { title: true, data: true } });
    if (!collection) {
      await this.prisma.publishedDoc.delete({ where: { id: doc.id } });
      return null;
    }
    return { title: doc.title, collection };
  }

  async unpublish(slug: string) {
    return this.prisma.publishedDoc.delete({ where: { slug } });
  }
}
