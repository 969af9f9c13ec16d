import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { StoreFormat, StoreStatus } from '@storeops/shared/contracts';
import { RegionEntity } from './region.entity';

@Entity('store')
@Index('idx_store_region', ['regionId'])
export class StoreEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'integer' })
  regionId!: number;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 16 })
  format!: StoreFormat;

  @Column({ type: 'varchar', length: 16, default: StoreStatus.Open })
  status!: StoreStatus;

  @Column({ type: 'date', nullable: true })
  openDate!: string | null;

  @Column({ type: 'integer' })
  salesAreaSqm!: number;

  @VersionColumn({ default: 1 })
  version!: number;
}
