import type { Loaders } from '../core/loaders';
import { Organisation } from '../organisations/models/organisation.models';
import { toOrganisation } from '../organisations/organisation.mappers';
import { Municipality } from '../reference/models/reference.models';
import { toMunicipality } from '../reference/reference.mappers';

// Nested fields every marketplace listing resolves through the request's loaders.

export async function organisationField(loaders: Loaders, id: string): Promise<Organisation> {
  const organisation = await loaders.organisation.load(id);
  if (!organisation) throw new Error(`Organisation ${id} vanished`);
  return toOrganisation(organisation);
}

export async function municipalityField(loaders: Loaders, code: string): Promise<Municipality> {
  const municipality = await loaders.municipality.load(code);
  if (!municipality) throw new Error(`Unknown municipality ${code}`);
  return toMunicipality(municipality);
}

/** A uuid, or NOT_FOUND before the database is asked. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
