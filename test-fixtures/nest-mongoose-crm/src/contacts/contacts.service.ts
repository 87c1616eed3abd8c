import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import type { AuthUser } from '../auth/auth.decorators';
import { CreateContactDto, NoteDto, UpdateContactDto } from '../dto';
import { Contact, ContactDocument, Note, NOTE_MODEL } from '../schemas';

@Injectable()
export class ContactsService {
  constructor(
    @InjectModel(Contact.name) private readonly contactModel: Model<ContactDocument>,
    @InjectModel(NOTE_MODEL) private readonly noteModel: Model<Note>,
  ) {}

  findAll(user: AuthUser, page: number, limit: number) {
    return this.contactModel
      .find({ orgId: user.orgId, archived: false })
      .sort({ updatedAt: -1 })
      .skip((page - 1) * limit)
      .limit(limit)
      .lean();
  }

  async findOne(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const contact = await this.contactModel.findOne({ _id: id, orgId: user.orgId }).lean();
    if (!contact) {
      throw new NotFoundException('Contact not found');
    }
    return contact;
  }

  create(user: AuthUser, dto: CreateContactDto) {
    return this.contactModel.create({ ...dto, orgId: user.orgId, ownerId: user.sub });
  }

  async update(user: AuthUser, id: string, dto: UpdateContactDto) {
    // expect: unscoped-tenant-query
    const contact = await this.contactModel
      .findByIdAndUpdate(id, { $set: dto }, { new: true, runValidators: true })
      .lean();
    if (!contact) {
      throw new NotFoundException('Contact not found');
    }
    return contact;
  }

  async remove(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const contact = await this.contactModel.findById(id);
    if (!contact) {
      throw new NotFoundException('Contact not found');
    }
    if (contact.orgId !== user.orgId) {
      throw new ForbiddenException();
    }
    await this.noteModel.deleteMany({ orgId: user.orgId, contactId: contact._id });
    await contact.deleteOne();
  }

  async purgeArchived(user: AuthUser) {
    const { deletedCount } = await this.contactModel.deleteMany({ orgId: user.orgId, archived: true });
    return { deleted: deletedCount };
  }

  exportForOrg(orgId: string) {
    return this.contactModel
      .find({ orgId, archived: false })
      .select('name email phone company stage dealValue')
      .lean();
  }

  listNotes(user: AuthUser, contactId: string) {
    // ok: unscoped-tenant-query
    return this.noteModel.find({ orgId: user.orgId, contactId }).sort({ createdAt: -1 }).lean();
  }

  async addNote(user: AuthUser, contactId: string, dto: NoteDto) {
    // ok: unscoped-tenant-query
    const contact = await this.contactModel.exists({ _id: contactId, orgId: user.orgId });
    if (!contact) {
      throw new NotFoundException('Contact not found');
    }
    return this.noteModel.create({
      orgId: user.orgId,
      contactId: contact._id,
      authorId: user.sub,
      body: dto.body,
    });
  }

  async updateNote(user: AuthUser, contactId: string, noteId: string, dto: NoteDto) {
    // expect: unscoped-tenant-query
    const note = await this.noteModel
      .findOneAndUpdate({ _id: noteId, contactId }, { $set: { body: dto.body } }, { new: true })
      .lean();
    if (!note) {
      throw new NotFoundException('Note not found');
    }
    return note;
  }

  async removeNote(user: AuthUser, noteId: string) {
    // ok: unscoped-tenant-query
    const note = await this.noteModel.findById(noteId);
    if (!note) {
      throw new NotFoundException('Note not found');
    }
    if (note.orgId !== user.orgId) {
      throw new ForbiddenException();
    }
    await note.deleteOne();
  }
}
