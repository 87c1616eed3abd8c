import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateTaskDto {
  @IsString() @MaxLength(200) title: string;
  @IsOptional() @IsUUID() assigneeId?: string;
}

export class MoveTaskDto {
  @IsIn(['todo', 'doing', 'done']) status: 'todo' | 'doing' | 'done';
}
