/** What several of the rankings controllers share: the roles that read the area, and HTTP helpers. */
import { Role } from '@storeops/shared/contracts';

const { Admin, Director, OpsManager, Specialist } = Role;

/** Who reads the whole chain's ranking (NAV_ACCESS rankings). */
export const RANKING_READERS = [Director, OpsManager, Specialist, Admin];
