import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum Role {
  Member = 'member',
  Organizer = 'organizer',
  Admin = 'admin',
}
registerEnumType(Role, { name: 'Role' });

@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ unique: true })
  email: string;

  @Column()
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'varchar', default: Role.Member })
  role: Role;

  @Field()
  @Column('uuid')
  organizationId: string;
}
