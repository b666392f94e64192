import { OrganisationStatus } from '@knooppunt/domain';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { DEMO_ORGANISATIONS } from './demo-organisations';

export class NonDemoDataError extends Error {
  constructor(count: number) {
    super(
      `The database holds ${count} organisation(s) that are not demo data; the seed leaves it alone. ` +
        'Run it with --force to delete the demo data and seed anew anyway (non-demo rows are kept).',
    );
  }
}

export interface SeedResult {
  organisations: number;
}

/** True when nothing has been written yet: the first start seeds such a database. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(OrganisationEntity).count()) === 0;
}

/**
 * Replaces the demo data of the region, in one transaction. Refuses when the
 * database holds data that the seed did not make, unless forced (then the
 * non-demo rows stay untouched).
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const organisations = manager.getRepository(OrganisationEntity);
    const foreign = await organisations.count({ where: { isDemo: false } });
    if (foreign > 0 && !options.force) throw new NonDemoDataError(foreign);
    await organisations.delete({ isDemo: true });
    await organisations.insert(
      DEMO_ORGANISATIONS.map((demo) => ({
        name: demo.name,
        helix: demo.helix,
        kind: demo.kind,
        status: OrganisationStatus.ACTIVE,
        municipalityCode: demo.municipalityCode,
        ecosystem: demo.ecosystem,
        themes: demo.themes,
        address: demo.address,
        website: demo.website,
        description: demo.description,
        kvkNumber: demo.kvkNumber ?? null,
        brinCode: demo.brinCode ?? null,
        isDemo: true,
      })),
    );
    return { organisations: DEMO_ORGANISATIONS.length };
  });
}
