import { JsonController, Get, Put, Param, BodyParam, CurrentUser, Authorized } from 'routing-controllers';
import { AppDataSource } from '../data-source';
import { User } from '../entities/User';

@JsonController('/admin')
@Authorized()
export class AdminController {
  private users = AppDataSource.getRepository(User);

  // expect: missing-role-check
  @Get('/users')
  listUsers(@CurrentUser() me: User) {
    return this.users.find({ where: { orgId: me.orgId }, select: ['id', 'email', 'role'] });
  }

  // the role is any string the client sends: nothing checks it against the three roles
  // ok: missing-role-check
  // expect: missing-input-validation
  @Put('/users/:id/role')
  @Authorized('admin')
  async setRole(@CurrentUser() me: User, @Param('id') id: string, @BodyParam('role') role: 'member' | 'approver' | 'admin') {
    await this.users.update({ id, orgId: me.orgId }, { role });
    return { ok: true };
  }
}
