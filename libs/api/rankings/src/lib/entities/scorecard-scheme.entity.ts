import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { MissingRule, SchemeComponentConfig, SchemeStatus } from '@storeops/shared/contracts';

/** 考评方案: a named, versioned set of weighted components. Approved versions are never edited; a new version is. */
@Entity('scorecard_scheme')
@Index('uq_scorecard_scheme_name_version', ['name', 'schemeVersion'], { unique: true })
export class ScorecardSchemeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'integer' })
  schemeVersion!: number;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: SchemeStatus;

  @Column({ type: 'boolean', default: false })
  inForce!: boolean;

  @Column({ type: 'varchar', length: 16 })
  missingRule!: MissingRule;

  /** JSON array of SchemeComponentConfig. */
  @Column({ type: 'text', transformer: { to: (v: SchemeComponentConfig[]) => JSON.stringify(v), from: (v: string) => JSON.parse(v) } })
  components!: SchemeComponentConfig[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  approvedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  approvedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

export const RANKING_ENTITIES = [ScorecardSchemeEntity];
