import { Role } from '@storeops/shared/contracts';
import { officeTilesFor } from './office-tiles';

describe('officeTilesFor', () => {
  it.each([
    [Role.AdminOffice, ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings', 'supplier-issues']],
    [Role.StoreManager, ['complaints', 'price-checks', 'quality-checks', 'violations', 'meetings']],
    [Role.Specialist, ['price-checks', 'quality-checks']],
    [Role.Buyer, ['supplier-issues']],
  ])('gives %s the pages it works in', (role, ids) => {
    expect(officeTilesFor(role).map((t) => t.id)).toEqual(ids);
  });

  it('links each tile to its page and gives a signed-out visitor nothing', () => {
    expect(officeTilesFor(Role.Admin).find((t) => t.id === 'violations')).toEqual({ id: 'violations', icon: 'gavel', link: '/violations' });
    expect(officeTilesFor(null)).toEqual([]);
  });
});
