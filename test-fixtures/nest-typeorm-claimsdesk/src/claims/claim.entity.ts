import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('claims')
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  policyNumber: string;

  @Column()
  claimantName: string;

  @Column({ default: 'open' })
  status: string;

  @Column({ nullable: true })
  adjusterId: string | null;

  @Column({ type: 'int', default: 0 })
  reserveCents: number;

  @CreateDateColumn()
  createdAt: Date;
}
