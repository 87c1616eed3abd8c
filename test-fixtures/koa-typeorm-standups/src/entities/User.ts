import { Entity, PrimaryGeneratedColumn, Column, ManyToOne, JoinColumn } from 'typeorm';
import { Team } from './Team';

export enum Role {
  Member = 'member',
  Lead = 'lead',
  Admin = 'admin',
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ unique: true })
  email!: string;

  @Column()
  passwordHash!: string;

  @Column({ nullable: true })
  displayName?: string;

  @Column({ type: 'enum', enum: Role, default: Role.Member })
  role!: Role;

  @Column({ nullable: true })
  slackUserId?: string;

  @Column()
  teamId!: string;

  @ManyToOne(() => Team, (t) => t.members)
  @JoinColumn({ name: 'teamId' })
  team!: Team;
}
