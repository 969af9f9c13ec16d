import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { SupplierContact, SupplierStatus } from '@storeops/shared/contracts';

/** 供应商: code and 统一社会信用代码 are unique; status 引进中 → 合作中 → 淘汰 with who decided and why. */
@Entity('supplier')
@Index('uq_supplier_code', ['code'], { unique: true })
@Index('uq_supplier_credit_code', ['creditCode'], { unique: true })
export class SupplierEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Column({ type: 'simple-json' })
  categoryIds!: number[];

  @Column({ type: 'simple-json' })
  contacts!: SupplierContact[];

  @Column({ type: 'varchar', length: 16, default: 'onboarding' })
  status!: SupplierStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  statusChangedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  statusChangedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
