import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('payouts')
export class Payout {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  claimId: string;

  @Column({ type: 'int' })
  amountCents: number;

  @Column({ default: 'pending' })
  status: string;

  @Column({ nullable: true })
  providerRef: string | null;
}
