import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  HttpStatus,
  Logger,
  NotFoundException,
  Param,
  Patch,
  Post,
  UseGuards,
} from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'crypto';
import { Model } from 'mongoose';
import { AuthUser, CurrentUser, Roles } from '../auth/auth.decorators';
import { JwtAuthGuard, RolesGuard } from '../auth/auth.guards';
import { ReassignContactsDto, UpdateRoleDto } from '../dto';
import { Contact, ContactDocument, User, UserDocument } from '../schemas';

@Controller('admin')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AdminController {
  private readonly logger = new Logger(AdminController.name);

  constructor(
    @InjectModel(User.name) private readonly userModel: Model<UserDocument>,
    @InjectModel(Contact.name) private readonly contactModel: Model<ContactDocument>,
  ) {}

  // ok: missing-role-check
  @Get('users')
  @Roles('admin')
  listUsers(@CurrentUser() admin: AuthUser) {
    return this.userModel
      .find({ orgId: admin.orgId })
      .select('email role mustChangePassword createdAt')
      .lean();
  }

  // expect: missing-role-check
  // ok: missing-input-validation
  @Patch('users/:id/role')
  async updateRole(
    @CurrentUser() admin: AuthUser,
    @Param('id') id: string,
    @Body() dto: UpdateRoleDto,
  ) {
    // ok: unscoped-tenant-query
    const user = await this.userModel
      .findOneAndUpdate({ _id: id, orgId: admin.orgId }, { $set: { role: dto.role } }, { new: true })
      .select('email role')
      .lean();
    if (!user) {
      throw new NotFoundException('User not found');
    }
    return user;
  }

  // ok: missing-role-check
  @Post('users/:id/reset-password')
  @Roles('admin')
  async resetPassword(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    // expect: unscoped-tenant-query
    const target = await this.userModel.findById(id);
    if (!target) {
      throw new NotFoundException('User not found');
    }

    const tempPassword = randomBytes(12).toString('base64url');
    target.passwordHash = await bcrypt.hash(tempPassword, 12);
    target.mustChangePassword = true;
    await target.save();

    // expect: token-logging
    this.logger.log(`Temporary password for ${target.email}: ${tempPassword}`);
    // ok: token-logging
    this.logger.log(`Admin ${admin.sub} reset the password of user ${target.id}`);

    return { temporaryPassword: tempPassword };
  }

  // ok: missing-role-check
  @Delete('users/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  async removeUser(@CurrentUser() admin: AuthUser, @Param('id') id: string) {
    if (admin.role !== 'admin') {
      throw new ForbiddenException();
    }
    if (id === admin.sub) {
      throw new BadRequestException('You cannot delete your own account');
    }
    // ok: unscoped-tenant-query
    const result = await this.userModel.deleteOne({ _id: id, orgId: admin.orgId });
    if (result.deletedCount === 0) {
      throw new NotFoundException('User not found');
    }
  }

  // expect: missing-role-check
  @Get('stats')
  async stats(@CurrentUser() user: AuthUser) {
    const [users, contacts, pipeline] = await Promise.all([
      this.userModel.countDocuments({ orgId: user.orgId }),
      this.contactModel.countDocuments({ orgId: user.orgId, archived: false }),
      this.contactModel.aggregate([
        { $match: { orgId: user.orgId, archived: false } },
        { $group: { _id: '$stage', total: { $sum: '$dealValue' } } },
      ]),
    ]);
    return { users, contacts, pipeline };
  }
}

@Controller('admin/contacts')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AdminContactsController {
  constructor(
    @InjectModel(User.name) private readonly userModel: Model<UserDocument>,
    @InjectModel(Contact.name) private readonly contactModel: Model<ContactDocument>,
  ) {}

  // ok: missing-role-check
  // ok: missing-input-validation
  @Post('reassign')
  @Roles('manager', 'admin')
  async reassign(@CurrentUser() admin: AuthUser, @Body() dto: ReassignContactsDto) {
    // ok: unscoped-tenant-query
    const target = await this.userModel.exists({ _id: dto.toUserId, orgId: admin.orgId });
    if (!target) {
      throw new NotFoundException('Target user not found');
    }
    // expect: unscoped-tenant-query
    const result = await this.contactModel.updateMany(
      { ownerId: dto.fromUserId },
      { $set: { ownerId: dto.toUserId } },
    );
    return { reassigned: result.modifiedCount };
  }

  // expect: missing-role-check
  @Get('duplicates')
  findDuplicates(@CurrentUser() user: AuthUser) {
    return this.contactModel.aggregate([
      { $match: { orgId: user.orgId, email: { $exists: true, $ne: null } } },
      { $group: { _id: '$email', ids: { $push: '$_id' }, count: { $sum: 1 } } },
      { $match: { count: { $gt: 1 } } },
    ]);
  }
}
