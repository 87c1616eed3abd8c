import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('payslips')
export class Payslip {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  employeeId: string;

  @Column()
  period: string;

  @Column('int')
  grossCents: number;

  @Column('int')
  netCents: number;

  @Column()
  companyId: string;
}
