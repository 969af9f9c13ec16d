import { Role } from '@storeops/shared/contracts';
import { targetsTabLinks } from './targets-tabs';

const ids = (role: Role) => targetsTabLinks(role).map((t) => t.id);

describe('targetsTabLinks (经营指标 sub-navigation)', () => {
  it('gives a store manager only 我的指标, at /targets itself', () => {
    expect(targetsTabLinks(Role.StoreManager)).toEqual([{ id: 'mine', labelKey: 'nav.myTargets', link: '/targets', exact: true }]);
  });

  it('gives a specialist only 门店进度', () => {
    expect(ids(Role.Specialist)).toEqual(['progress']);
  });

  it('gives ops managers and admins progress, decompositions and imports', () => {
    expect(ids(Role.OpsManager)).toEqual(['progress', 'decompositions', 'imports']);
    expect(ids(Role.Admin)).toEqual(['progress', 'decompositions', 'imports']);
  });

  it('gives a director the import history next to progress and decompositions', () => {
    expect(ids(Role.Director)).toEqual(['progress', 'decompositions', 'imports']);
  });

  it('gives roles outside the area nothing', () => {
    expect(ids(Role.Buyer)).toEqual([]);
  });
});
