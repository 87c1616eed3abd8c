import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';

// partner adjusters may work for several organizations: the path names the one they act in
@Injectable()
export class OrgMemberGuard implements CanActivate {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const orgId: string = req.params.orgId;
    const member = await this.users.findOneBy({ id: req.user.id, organizationId: orgId });
    if (!member) throw new ForbiddenException();
    return true;
  }
}
