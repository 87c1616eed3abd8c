import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

@Entity('companies')
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column({ default: 'starter' })
  plan: string;

  @Column({ nullable: true })
  apiKeyHash: string;

  @OneToMany(() => User, (u) => u.company)
  users: User[];

  @CreateDateColumn()
  createdAt: Date;
}
