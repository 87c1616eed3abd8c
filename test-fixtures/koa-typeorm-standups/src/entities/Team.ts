import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn, OneToMany } from 'typeorm';
import { User } from './User';

@Entity('teams')
export class Team {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  name!: string;

  @Column({ nullable: true })
  slackTeamId?: string;

  @Column({ nullable: true })
  githubOrg?: string;

  @OneToMany(() => User, (u) => u.team)
  members!: User[];

  @CreateDateColumn()
  createdAt!: Date;
}
