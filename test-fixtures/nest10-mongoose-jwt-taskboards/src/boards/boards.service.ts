import { Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Activity, ActivityDocument, Board, BoardDocument } from '../schemas/board.schema';
import { CreateBoardDto, UpdateBoardDto } from './dto';

@Injectable()
export class BoardsService {
  private readonly logger = new Logger(BoardsService.name);

  constructor(
    @InjectModel(Board.name) private readonly boards: Model<BoardDocument>,
    @InjectModel(Activity.name) private readonly activity: Model<ActivityDocument>,
  ) {}

  list(workspaceId: string) {
    // ok: unscoped-tenant-query
    return this.boards.find({ workspaceId, archived: false }).sort({ updatedAt: -1 }).lean();
  }

  async findOne(id: string, workspaceId: string) {
    // ok: unscoped-tenant-query
    const board = await this.boards.findOne({ _id: id, workspaceId }).lean();
    if (!board) throw new NotFoundException('Board not found');
    return board;
  }

  async create(workspaceId: string, dto: CreateBoardDto) {
    try {
      return await this.boards.create({ ...dto, workspaceId });
    } catch (err) {
      this.logger.error(err);
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }

  update(id: string, dto: UpdateBoardDto) {
    // expect: unscoped-tenant-query
    return this.boards.findByIdAndUpdate(id, { $set: dto }, { new: true }).lean();
  }

  async remove(id: string, workspaceId: string) {
    // ok: unscoped-tenant-query
    const res = await this.boards.deleteOne({ _id: id, workspaceId });
    if (res.deletedCount === 0) throw new NotFoundException('Board not found');
  }

  activityFor(boardId: string) {
    // expect: unscoped-tenant-query
    return this.activity.find({ boardId }).sort({ createdAt: -1 }).limit(50).lean();
  }
}
