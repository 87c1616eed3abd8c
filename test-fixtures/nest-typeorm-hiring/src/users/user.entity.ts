import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  email: string;

  @Column({ select: false })
  passwordHash: string;

  @Column({ default: 'recruiter' })
  role: 'recruiter' | 'hiring_manager' | 'admin';

  @Column('uuid')
  companyId: string;

  @CreateDateColumn()
  createdAt: Date;
}
