import { Controller, Delete, Get, NotFoundException, Param } from '@nestjs/common';
import { PublishedDocsService } from './published-docs.service';

@Controller('published-docs')
export class PublishedDocsController {
  constructor(private readonly docs: PublishedDocsService) {}

  // ok: missing-auth
  @Get(':slug')
  async read(@Param('slug') slug: string) {
    const doc = await this.docs.getPublicDoc(slug);
    if (!doc) throw new NotFoundException();
    return doc;
  }

  // Unpublishing belongs to the team's members; this one lets anyone who knows the slug take the page down.
  // expect: missing-auth
  @Delete(':slug')
  unpublish(@Param('slug') slug: string) {
    return this.docs.unpublish(slug);
  }
}
