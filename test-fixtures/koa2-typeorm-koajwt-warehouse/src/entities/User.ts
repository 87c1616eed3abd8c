import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

export type WarehouseRole = 'admin' | 'manager' | 'picker';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  tenantId!: string;

  @Column({ unique: true })
  email!: string;

  @Column()
  passwordHash!: string;

  @Column({ default: 'picker' })
  role!: WarehouseRole;

  @Column({ nullable: true })
  resetTokenHash?: string;
}
