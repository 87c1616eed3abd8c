import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class CreateWorkOrderDto {
  @IsUUID()
  propertyId!: string;

  @IsString()
  @Length(3, 140)
  title!: string;

  @IsString()
  @Length(1, 5000)
  description!: string;

  @IsIn(['low', 'normal', 'urgent'])
  priority!: string;
}

export class UpdateWorkOrderDto {
  @IsOptional()
  @IsString()
  @Length(3, 140)
  title?: string;

  @IsOptional()
  @IsString()
  description?: string;

  @IsOptional()
  @IsIn(['low', 'normal', 'urgent'])
  priority?: string;
}

export class AssignWorkOrderDto {
  @IsUUID()
  assigneeId!: string;
}
