import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionClosure, productionPackages, readLock } from './prodDeps';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('production dependencies (what npm audit --omit=dev would examine)', () => {
  const lock = readLock();
  const prod = productionPackages(lock);

  it('are exactly the packages reachable from package.json dependencies', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(prod.map((p) => p.path).sort()).toEqual([...productionClosure(lock)].sort());
    for (const name of Object.keys(pkg.dependencies))
      expect(prod.map((p) => p.path)).toContain(`node_modules/${name}`);
  });

  it('are pinned by an integrity hash, and SheetJS (xlsx) is not among them', () => {
    expect(prod.filter((p) => !p.integrity?.startsWith('sha512-')).map((p) => p.path)).toEqual([]);
    expect(prod.map((p) => p.name)).not.toContain('xlsx');
  });

  it('stay a reviewable list (raise the bound knowingly when adding a dependency)', () => {
    expect(prod.length).toBeGreaterThan(50);
    expect(prod.length).toBeLessThanOrEqual(320);
  });
});
