import { IsString, Length } from 'class-validator';

export class AcceptInviteDto {
  @IsString()
  @Length(32, 64)
  code!: string;
}

export class JoinWorkspaceDto {
  @IsString()
  organizationId!: string;
}

export class InviteLinkDto {
  @IsString()
  token!: string;
}
