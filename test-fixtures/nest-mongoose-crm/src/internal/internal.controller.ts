import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { Connection, Model } from 'mongoose';
import { ImportContactsDto, OrgQueryDto } from '../dto';
import { Contact, ContactDocument, Note, NOTE_MODEL } from '../schemas';

// Endpoints used by the ops dashboard and the nightly import worker.
@Controller('internal')
export class InternalController {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @InjectModel(Contact.name) private readonly contactModel: Model<ContactDocument>,
    @InjectModel(NOTE_MODEL) private readonly noteModel: Model<Note>,
  ) {}

  // ok: missing-auth
  @Get('health')
  health() {
    const mongoUp = this.connection.readyState === 1;
    return { status: mongoUp ? 'ok' : 'degraded', mongo: mongoUp ? 'up' : 'down' };
  }

  // expect: missing-auth
  @Get('reports/pipeline')
  pipeline(@Query() query: OrgQueryDto) {
    return this.contactModel.aggregate([
      { $match: { orgId: query.orgId, archived: false } },
      { $group: { _id: '$stage', count: { $sum: 1 }, value: { $sum: '$dealValue' } } },
      { $sort: { value: -1 } },
    ]);
  }

  // expect: missing-auth
  @Get('reports/recent-notes')
  recentNotes(@Query() query: OrgQueryDto) {
    return this.noteModel.find({ orgId: query.orgId }).sort({ createdAt: -1 }).limit(50).lean();
  }

  // expect: missing-auth
  @Post('contacts/import')
  async importContacts(@Body() dto: ImportContactsDto) {
    const docs = dto.contacts.map((contact) => ({ ...contact, orgId: dto.orgId }));
    const inserted = await this.contactModel.insertMany(docs, { ordered: false });
    return { imported: inserted.length };
  }
}
