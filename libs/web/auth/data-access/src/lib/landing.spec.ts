import { NavArea, Role, navAreasFor } from '@storeops/shared/contracts';
import { landingPathFor } from './landing';

describe('landingPathFor', () => {
  it.each([
    [Role.Director, '/dashboard'],
    [Role.OpsManager, '/dashboard'],
    [Role.Admin, '/dashboard'],
    [Role.StoreManager, '/targets'],
    [Role.Specialist, '/inspections'],
    [Role.AdminOffice, '/suppliers'],
    [Role.Buyer, '/suppliers'],
  ])('%s starts at %s', (role, path) => {
    expect(landingPathFor(role)).toBe(path);
  });

  it('never lands a role on an area it may not open (which would show 403 right after login)', () => {
    for (const role of Object.values(Role)) {
      const area = landingPathFor(role).slice(1) as NavArea;
      expect(navAreasFor(role)).toContain(area);
    }
  });
});
