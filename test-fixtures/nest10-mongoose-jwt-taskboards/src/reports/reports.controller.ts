import { Controller, Delete, Get, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { Request } from 'express';
import { Auth } from '../auth/auth.decorator';
import { Role } from '../auth/roles.decorator';
import { Card, CardDocument } from '../schemas/card.schema';
import { Board, BoardDocument } from '../schemas/board.schema';
import { User, UserDocument } from '../schemas/user.schema';
import { AuthUser } from '../auth/current-user.decorator';

type AuthedRequest = Request & { user: AuthUser };

@Controller('reports')
export class ReportsController {
  constructor(
    @InjectModel(Card.name) private readonly cards: Model<CardDocument>,
    @InjectModel(Board.name) private readonly boards: Model<BoardDocument>,
    @InjectModel(User.name) private readonly users: Model<UserDocument>,
  ) {}

  // ok: missing-auth
  @Get('boards/:id')
  async board(@Req() req: AuthedRequest, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const board = await this.boards.findOne({ _id: id }).where('workspaceId').equals(req.user.workspaceId).lean();
    if (!board) throw new NotFoundException();
    return board;
  }

  // ok: missing-auth
  @Get('columns')
  columns(@Req() req: AuthedRequest) {
    // ok: unscoped-tenant-query
    return this.cards.aggregate([
      { $match: { workspaceId: new Types.ObjectId(req.user.workspaceId) } },
      { $group: { _id: '$column', count: { $sum: 1 } } },
    ]);
  }

  @Get('columns/by-workspace')
  columnsFor(@Query('ws') ws: string) {
    // expect: unscoped-tenant-query
    return this.cards.aggregate([
      { $match: { workspaceId: new Types.ObjectId(ws) } },
      { $group: { _id: '$column', count: { $sum: 1 } } },
    ]);
  }

  // ok: missing-role-check
  @Delete('users/:userId')
  @Auth(Role.Owner)
  async removeUser(@Req() req: AuthedRequest, @Param('userId') userId: string) {
    // ok: unscoped-tenant-query
    await this.users.deleteOne({ _id: userId, workspaceId: req.user.workspaceId });
    return { ok: true };
  }

  // expect: missing-role-check
  @Delete('members/:userId')
  @Auth()
  async removeAnyMember(@Req() req: AuthedRequest, @Param('userId') userId: string) {
    // ok: unscoped-tenant-query
    await this.users.deleteOne({ _id: userId, workspaceId: req.user.workspaceId });
    return { ok: true };
  }
}
