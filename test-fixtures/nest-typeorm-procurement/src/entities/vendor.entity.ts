import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('vendors')
export class Vendor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  companyId: string;

  @Column()
  name: string;

  @Column({ nullable: true })
  taxNumber: string;

  @Column({ nullable: true })
  iban: string;

  @Column({ default: true })
  active: boolean;
}
